#!/usr/bin/env bash
# Cold start of the library and the command line, each beside a bare JVM that runs an empty main,
# interleaved in one run so that all see the same machine load:
#
#   mesos-upgrade-benchmarks/cold-start.sh [--loop] [--no-scaling] [runs]
#
# Build the jar first: ./mvnw -B -ntp -q package -DskipTests (COLD_START_JAR=path times another
# build of it, e.g. an older one, with the same scripts).
# Needs hyperfine: it is installed with apt-get (apt-get install -y hyperfine) when missing and
# running as root; otherwise, or with --loop, a plain loop with date +%s%N alternates the commands.
# JAVA25_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64, skipped when absent) adds the same
# commands on that JDK, whose launcher uses an ahead-of-time cache.
#
# Commands, each a fresh process:
#   bare JVM              java -jar empty-main.jar
#   first plan, library   java -cp mesos-upgrade.jar PlanOnce: UpgradePlanner.plan("0.11.0", "0.15.0")
#   java -jar             java -jar mesos-upgrade.jar plan 0.11.0 0.15.0
#   java -jar, tuned      the same with the launcher's JVM options, no cache
#   launcher              bin/mesos-upgrade plan 0.11.0 0.15.0, its cache made before timing
#
# Before the timings it counts the classes each start loads (-Xlog:class+load); after them, unless
# --no-scaling, it runs ScalingReport (validating per hop at 10 to 10 000 release lines, JMH
# -f 1 -wi 3 -i 5 -w 1s -r 1s) from mesos-upgrade-benchmarks/target/benchmarks.jar when that jar
# is there, and ValidationProfile under JFR at 10 and 10 000 lines (25 s each), so that one
# command gives every figure of BENCHMARKS.md's cold-start section.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=hyperfine
scaling=yes
while [ "${1:-}" = "--loop" ] || [ "${1:-}" = "--no-scaling" ]; do
  if [ "$1" = "--loop" ]; then
    mode=loop
  else
    scaling=no
  fi
  shift
done
runs="${1:-30}"
cli="${COLD_START_JAR:-}"
for candidate in mesos-upgrade-cli/target/mesos-upgrade.jar \
    mesos-upgrade-examples/target/mesos-upgrade.jar; do # the second: builds before the cli module
  if [ -z "$cli" ] && [ -f "$candidate" ]; then
    cli=$candidate
    break
  fi
done
if [ -z "$cli" ]; then
  echo "cold-start.sh: mesos-upgrade.jar is missing; build it with ./mvnw -B -ntp -q package -DskipTests" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class EmptyMain {\n  public static void main(String[] args) {}\n}\n' > "$work/EmptyMain.java"
cat > "$work/PlanOnce.java" << 'JAVA'
public class PlanOnce {
  public static void main(String[] args) {
    if (io.github.mesosupgrade.UpgradePlanner.plan("0.11.0", "0.15.0").steps().isEmpty()) {
      throw new AssertionError("empty plan");
    }
  }
}
JAVA
javac --release 17 -cp "$cli" -d "$work/classes" "$work/EmptyMain.java" "$work/PlanOnce.java"
jar --create --file "$work/empty-main.jar" --main-class EmptyMain -C "$work/classes" EmptyMain.class

tuned="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
export XDG_CACHE_HOME="$work/cache"
unset MESOS_UPGRADE_NO_CACHE
export MESOS_UPGRADE_JAR="$cli"

names=()
commands=()
add() {
  names+=("$1")
  commands+=("$2")
}
jdk_commands() { # $1: label, $2: java, $3: JAVA_HOME for the launcher
  add "$1 bare JVM, empty main" "$2 -jar $work/empty-main.jar"
  add "$1 first plan, library" "$2 -cp $cli:$work/classes PlanOnce"
  add "$1 java -jar plan" "$2 -jar $cli plan 0.11.0 0.15.0"
  add "$1 java -jar plan, tuned" "$2 $tuned -jar $cli plan 0.11.0 0.15.0"
  add "$1 bin/mesos-upgrade plan" "env JAVA_HOME=$3 sh bin/mesos-upgrade plan 0.11.0 0.15.0"
  # the launcher's first run makes its cache (and fails early if the jar does not work)
  env JAVA_HOME="$3" sh bin/mesos-upgrade plan 0.11.0 0.15.0 > /dev/null
}
java17_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
jdk_commands "jdk$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p;q')" java "$java17_home"
java25_home="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -x "$java25_home/bin/java" ]; then
  jdk_commands jdk25 "$java25_home/bin/java" "$java25_home"
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "commit: $(git rev-parse --short HEAD 2> /dev/null || echo unknown)"
echo "java: $(java -version 2>&1 | head -1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# What each start loads (JDK 17, one run each): classes in all, from the JDK's CDS archive, and by
# origin; "hidden" counts the classes the JVM spins for lambdas and method handles.
classes() { # $1: label, then the java arguments
  label="$1"
  shift
  java -Xlog:class+load:file="$work/classes.txt" "$@" > /dev/null
  printf '%-28s %6d %6d %6d %6d %6d %6d\n' "$label" \
    "$(grep -c . "$work/classes.txt")" \
    "$(grep -c 'shared objects file' "$work/classes.txt")" \
    "$(grep -c 'io\.github\.mesosupgrade\.[A-Z]' "$work/classes.txt")" \
    "$(grep -c ' com\.google\.' "$work/classes.txt")" \
    "$(grep -c ' picocli\.' "$work/classes.txt")" \
    "$(grep -c 'Lambda\|LambdaForm' "$work/classes.txt")"
}
printf '%-28s %6s %6s %6s %6s %6s %6s\n' "classes loaded (JDK 17)" total "JDK CDS" core Guava picocli hidden
classes "bare JVM" -jar "$work/empty-main.jar"
classes "first plan, library" -cp "$cli:$work/classes" PlanOnce
classes "java -jar plan" -jar "$cli" plan 0.11.0 0.15.0

scaling_report() {
  benchmarks=mesos-upgrade-benchmarks/target/benchmarks.jar
  if [ "$scaling" = yes ] && [ -f "$benchmarks" ]; then
    echo "validating and planning per hop, 10 to 10 000 lines (ScalingReport); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    java -cp "$benchmarks" io.github.mesosupgrade.benchmarks.ScalingReport -f 1 -wi 3 -i 5 -w 1s -r 1s \
      | sed -n '/^benchmark  *lines/,$p'
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    # The same validation in a loop under JFR, at 10 and 10 000 lines: time per hop, GC, and the
    # methods the samples were in (top frame, most frequent first).
    jfr="$(dirname "$(readlink -f "$(command -v java)")")/jfr"
    for lines in 10 10000; do
      java -Xmx2g -Xlog:jfr+startup=off \
        -XX:StartFlightRecording=filename="$work/val-$lines.jfr",settings=profile \
        -cp "$benchmarks" io.github.mesosupgrade.benchmarks.ValidationProfile "$lines" 25 2> /dev/null
      if [ -x "$jfr" ]; then
        "$jfr" print --events jdk.ExecutionSample "$work/val-$lines.jfr" \
          | grep -A1 'stackTrace = \[' | grep -v 'stackTrace = \[\|^--' \
          | sed 's/^ *//; s/ line:.*//' | sort | uniq -c | sort -rn | head -8
      fi
    done
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  fi
}

if [ "$mode" = hyperfine ] && ! command -v hyperfine > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "installing hyperfine with apt-get install -y hyperfine"
    apt-get install -y -qq hyperfine > /dev/null 2>&1 \
      || { apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq hyperfine > /dev/null 2>&1; } \
      || true
  fi
  command -v hyperfine > /dev/null \
    || { echo "no hyperfine (apt-get install -y hyperfine): timing a plain loop"; mode=loop; }
fi

if [ "$mode" = hyperfine ]; then
  args=()
  for i in "${!names[@]}"; do
    args+=(--command-name "${names[$i]}" "${commands[$i]}")
  done
  hyperfine --shell=none --warmup 3 --runs "$runs" --style basic \
    --export-json "$work/result.json" "${args[@]}" > /dev/null
  python3 - "$work/result.json" << 'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
bare = None
print("%-40s %9s %9s %8s %9s" % ("command", "median ms", "mean ms", "user ms", "x bare"))
for r in results:
    name = r["command"]
    if "bare JVM" in name:
        bare = r["median"]
    print("%-40s %9.1f %9.1f %8.1f %9.2f" % (
        name, r["median"] * 1000, r["mean"] * 1000, r["user"] * 1000, r["median"] / bare))
PY
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  scaling_report
  exit 0
fi

# Plain loop: every round runs each command once, in order, so that all see the same load.
for i in "${!names[@]}"; do
  : > "$work/$i.ms"
done
for round in $(seq $((runs + 3))); do
  for i in "${!names[@]}"; do
    start=$(date +%s%N)
    ${commands[$i]} > /dev/null
    end=$(date +%s%N)
    if [ "$round" -gt 3 ]; then
      echo $(((end - start) / 1000)) >> "$work/$i.ms"
    fi
  done
done
for i in "${!names[@]}"; do
  echo "${names[$i]}"
done > "$work/names"
python3 - "$work" "${#names[@]}" << 'PY'
import statistics, sys
work, count = sys.argv[1], int(sys.argv[2])
names = open(work + "/names").read().splitlines()
bare = None
print("%-40s %9s %9s %9s" % ("command", "median ms", "mean ms", "x bare"))
for i in range(count):
    times = [int(line) / 1000 for line in open("%s/%d.ms" % (work, i))]
    if "bare JVM" in names[i]:
        bare = statistics.median(times)
    print("%-40s %9.1f %9.1f %9.2f" % (
        names[i], statistics.median(times), statistics.mean(times),
        statistics.median(times) / bare))
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
scaling_report

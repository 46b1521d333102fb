#!/usr/bin/env bash
# Cold start of the command line, side by side with a bare JVM that runs an empty main, in one run:
#
#   mesos-upgrade-benchmarks/cold-start.sh [--loop] [runs]
#
# Build the jar first: ./mvnw -B -ntp -q package -DskipTests
# Uses hyperfine (installed with apt-get when missing and running as root); --loop, or no
# hyperfine, times a plain loop with date +%s%N that alternates the two commands.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=hyperfine
if [ "${1:-}" = "--loop" ]; then
  mode=loop
  shift
fi
runs="${1:-30}"
cli=mesos-upgrade-cli/target/mesos-upgrade.jar
if [ ! -f "$cli" ]; then
  echo "cold-start.sh: $cli is missing; build it with ./mvnw -B -ntp -q package -DskipTests" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class EmptyMain {\n  public static void main(String[] args) {}\n}\n' > "$work/EmptyMain.java"
javac -d "$work/classes" "$work/EmptyMain.java"
jar --create --file "$work/empty-main.jar" --main-class EmptyMain -C "$work/classes" .

bare="java -jar $work/empty-main.jar"
plan="java -jar $cli plan 0.11.0 0.15.0"
$plan > /dev/null # fails early if the jar does not work; also warms the file cache

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "java: $(java -version 2>&1 | head -1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$mode" = hyperfine ] && ! command -v hyperfine > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "installing hyperfine with apt-get"
    apt-get install -y -qq hyperfine > /dev/null 2>&1 \
      || { apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq hyperfine > /dev/null 2>&1; } \
      || true
  fi
  command -v hyperfine > /dev/null || { echo "no hyperfine: timing a plain loop"; mode=loop; }
fi

if [ "$mode" = hyperfine ]; then
  hyperfine --shell=none --warmup 3 --runs "$runs" --export-json "$work/result.json" \
    --command-name "bare JVM, empty main" "$bare" \
    --command-name "mesos-upgrade plan 0.11.0 0.15.0" "$plan"
  python3 - "$work/result.json" << 'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
bare, plan = results[0], results[1]
print("ratio of means   (plan / bare): %.2f" % (plan["mean"] / bare["mean"]))
print("ratio of medians (plan / bare): %.2f" % (plan["median"] / bare["median"]))
PY
  exit 0
fi

# Plain loop: alternate the two commands so that both see the same machine load.
for i in 1 2 3; do
  $bare > /dev/null
  $plan > /dev/null
done
: > "$work/bare.ms"
: > "$work/plan.ms"
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  $bare > /dev/null
  middle=$(date +%s%N)
  $plan > /dev/null
  end=$(date +%s%N)
  echo $(((middle - start) / 1000)) >> "$work/bare.ms"
  echo $(((end - middle) / 1000)) >> "$work/plan.ms"
done
python3 - "$work/bare.ms" "$work/plan.ms" "$runs" << 'PY'
import statistics, sys
bare = [int(line) / 1000 for line in open(sys.argv[1])]
plan = [int(line) / 1000 for line in open(sys.argv[2])]
for name, times in (("bare JVM, empty main", bare), ("mesos-upgrade plan 0.11.0 0.15.0", plan)):
    print("%-34s mean %6.1f ms  sd %5.1f  median %6.1f  min %6.1f  (%s runs)" % (
        name, statistics.mean(times), statistics.stdev(times), statistics.median(times),
        min(times), sys.argv[3]))
print("ratio of means   (plan / bare): %.2f" % (statistics.mean(plan) / statistics.mean(bare)))
print("ratio of medians (plan / bare): %.2f" % (statistics.median(plan) / statistics.median(bare)))
PY

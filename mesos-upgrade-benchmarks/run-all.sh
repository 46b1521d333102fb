#!/usr/bin/env bash
# Builds the jars and runs every benchmark of BENCHMARKS.md once, in one go, with short JMH
# settings that suit a shared two-core machine:
#
#   mesos-upgrade-benchmarks/run-all.sh [jmh options]     (default: -f 1 -wi 3 -i 5 -w 1s -r 1s)
set -euo pipefail
cd "$(dirname "$0")/.."

jmh_options=("$@")
if [ ${#jmh_options[@]} -eq 0 ]; then
  jmh_options=(-f 1 -wi 3 -i 5 -w 1s -r 1s)
fi

./mvnw -B -ntp -q package -DskipTests
benchmarks=mesos-upgrade-benchmarks/target/benchmarks.jar

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo
java -version 2>&1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== core jar"
ls -l mesos-upgrade-core/target/mesos-upgrade-core-*-SNAPSHOT.jar | grep -v -- '-javadoc'

echo "== plan, validate, parse, render (built-in catalog)"
java -jar "$benchmarks" PlanBenchmark "${jmh_options[@]}" -prof gc

echo "== building catalogs of N release lines, and the first plan from a fresh one"
java -jar "$benchmarks" CatalogBuildBenchmark "${jmh_options[@]}" -prof gc

echo "== catalogs of N 1.x release lines, where plans jump across lines"
java -jar "$benchmarks" JumpCatalogBenchmark "${jmh_options[@]}"

echo "== planning from a cluster state of N master and slave groups"
java -jar "$benchmarks" StateBenchmark "${jmh_options[@]}" -prof gc

echo "== planning and validating end to end, per hop"
java -cp "$benchmarks" io.github.mesosupgrade.benchmarks.ScalingReport "${jmh_options[@]}"

echo "== command-line cold start"
mesos-upgrade-benchmarks/cold-start.sh --no-scaling 30

#!/usr/bin/env bash
# HallQ benchmark, one command:  bench/run.sh
# Builds the queue server jar (fresh, it changes often) and the bench, then runs hallq.bench.BenchMain, which
# starts the server as a child JVM (-Xmx128m) and prints one report ending in issue 21's goals; then
# bench/terminals.sh measures the three terminals at rest, on all cores and on a Pi-sized core (goals 6 and 7).
# Takes about 30 minutes on 2 cores (section 2b runs twice: on all cores and under bench/pi-core.sh).
#   bench/run.sh --build-only   builds both jars and stops (a check that the bench builds)
#   bench/run.sh --server-only  BenchMain only, without the terminals (they need Xvfb, xdotool, ImageMagick)
# Settings: pass -Dbench.<name>=<value> through BENCH_OPTS, e.g.
#   BENCH_OPTS="-Dbench.displays=200 -Dbench.serverJvmArgs=-XX:+UseSerialGC" bench/run.sh
# MVN_FLAGS adds Maven flags (e.g. -o for offline).
set -euo pipefail
cd "$(dirname "$0")/.."
build_only=false
server_only=false
case "${1:-}" in
  "") ;;
  --build-only) build_only=true ;;
  --server-only) server_only=true ;;
  -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "bench/run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
esac
echo "[bench] building queue-server and bench ..." >&2
# One reactor build of both jars and every module they are built from (protocol, testkit), so a clean clone builds
# with nothing of this project in the local Maven repository; package, never install: that repository may be
# shared. Of the tests only the bench's own unit tests run (-Dtest), not those of the modules it is built from.
mvn -B -q -ntp ${MVN_FLAGS:-} -pl queue-server,bench -am package -Dtest='hallq.bench.*Test' \
  -Dsurefire.failIfNoSpecifiedTests=false
if $build_only; then
  echo "[bench] built queue-server/target/queue-server.jar and bench/target/bench.jar" >&2
  exit 0
fi
# section 2b on all cores and under pi-core.sh (goal 7) unless BENCH_OPTS says otherwise; the watchdog allows for both
java -Xmx768m -Dbench.serverCpu=both -Dbench.timeoutSec=1800 ${BENCH_OPTS:-} -jar bench/target/bench.jar \
  --server-jar queue-server/target/queue-server.jar
$server_only && exit 0
echo "[bench] the terminals at rest (goal 6), then on a Pi-sized core (goal 7) ..." >&2
echo
echo "GOAL 6: the terminals at rest, all cores"
bench/terminals.sh
echo
echo "GOAL 7: the terminals at rest, each on one CPU at a third of it (bench/pi-core.sh)"
bench/terminals.sh --pi

#!/usr/bin/env bash
# HallQ benchmark, one command:  bench/run.sh
# Builds the queue server jar (fresh, it changes often) and the bench, then runs hallq.bench.BenchMain, which
# starts the server as a child JVM (-Xmx128m) and prints one table. Takes about 8 minutes on 2 cores.
#   bench/run.sh --build-only   builds both jars and stops (a check that the bench builds)
# Settings: pass -Dbench.<name>=<value> through BENCH_OPTS, e.g.
#   BENCH_OPTS="-Dbench.displays=200 -Dbench.serverJvmArgs=-XX:+UseSerialGC" bench/run.sh
# MVN_FLAGS adds Maven flags (e.g. -o for offline).
set -euo pipefail
cd "$(dirname "$0")/.."
build_only=false
case "${1:-}" in
  "") ;;
  --build-only) build_only=true ;;
  -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
exec java -Xmx768m ${BENCH_OPTS:-} -jar bench/target/bench.jar --server-jar queue-server/target/queue-server.jar

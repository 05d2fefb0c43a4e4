#!/usr/bin/env bash
# HallQ benchmark, one command:  bench/run.sh
# Builds the queue server jar (fresh, it changes often) and the bench, then runs hallq.bench.BenchMain, which
# starts the server as a child JVM (-Xmx128m) and prints one table. Takes about 2-3 minutes on 2 cores.
# Settings: pass -Dbench.<name>=<value> through BENCH_OPTS, e.g.
#   BENCH_OPTS="-Dbench.displays=200 -Dbench.serverJvmArgs=-XX:+UseSerialGC" bench/run.sh
# MVN_FLAGS defaults to -o (offline); set MVN_FLAGS= to let Maven download.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN_FLAGS=${MVN_FLAGS--o}
echo "[bench] building queue-server and bench ..." >&2
mvn -q $MVN_FLAGS -pl queue-server -am install -DskipTests
mvn -q $MVN_FLAGS -pl bench package
exec java -Xmx768m ${BENCH_OPTS:-} -jar bench/target/bench.jar --server-jar queue-server/target/queue-server.jar

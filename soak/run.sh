#!/usr/bin/env bash
# The full hall-day soak (issue 8): 2,000 tickets over the demo hall's five zones, 12 windows, 3 displays and
# 2 kiosks, time compressed, the server killed with kill -9 twice and restarted, terminals dropped and reconnecting;
# prints the checks and one closing line, exits 0 when all hold. Options: soak/run.sh --help.
# MVN_FLAGS adds Maven flags (e.g. -o). Builds with package, never install.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp ${MVN_FLAGS:-} -pl soak -am package -DskipTests
exec java -Xmx512m -jar soak/target/soak.jar "$@"

#!/usr/bin/env bash
# Starts the queue server with the bundled demo hall on port 7700, building it first when needed.
# Extra arguments go to the server: --config FILE --data DIR --port N --bind ADDR
set -euo pipefail
cd "$(dirname "$0")"
jar=queue-server/target/queue-server.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml protocol queue-server/pom.xml queue-server/src -newer "$jar" -type f -print -quit)" ]; then
  mvn -B -q -ntp -pl queue-server -am install -DskipTests
fi
exec java -jar "$jar" "$@"

#!/usr/bin/env bash
# The demo hall in a box, on one desktop: the queue server (demo hall, port 7700, this machine only), one kiosk,
# one caller display and one counter pad (window 3), each in its own window side by side, with simulated hardware
# (the kiosk "prints" PNGs, the pad's keys are keyboard keys). Builds the jars first when needed.
#
#   ./hall.sh                       the hall in a box; Ctrl-C stops all four
#   ./hall.sh --server-only [ARGS]  only the queue server, in the foreground; ARGS go to it
#                                   (--config FILE --data DIR --port N --bind ADDR --announce on|off)
#
# Box options: --data DIR (default ./data), --port N (default 7700). MVN_FLAGS adds Maven flags (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")"

server_jar=queue-server/target/queue-server.jar
terminals=(kiosk caller-display counter-pad)

# A jar is stale when any source of its module or of the modules it is built from is newer.
stale() {
  local jar=$1
  shift
  [ ! -f "$jar" ] || [ -n "$(find pom.xml "$@" -newer "$jar" -type f -not -path '*/target/*' -print -quit)" ]
}

build() {
  echo "hall.sh: building $* (a minute or two the first time)" >&2
  # package, never install: the local Maven repository may be shared
  mvn -B -q -ntp ${MVN_FLAGS:-} -pl "$(IFS=,; echo "$*")" -am package -DskipTests
}

if [ "${1:-}" = "--server-only" ]; then
  shift
  if stale "$server_jar" protocol queue-server/pom.xml queue-server/src; then
    build queue-server
  fi
  exec java -XX:+ExitOnOutOfMemoryError -jar "$server_jar" "$@"
fi

data=data
port=7700
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=${2:?--data needs a directory}; shift 2 ;;
    --port) port=${2:?--port needs a number}; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "hall.sh: unknown option $1 (the box takes --data DIR and --port N; see --help)" >&2; exit 2 ;;
  esac
done

need=()
stale "$server_jar" protocol queue-server/pom.xml queue-server/src && need+=(queue-server)
for t in "${terminals[@]}"; do
  stale "$t/target/$t.jar" protocol hardware "$t/pom.xml" "$t/src" && need+=("$t")
done
if [ ${#need[@]} -gt 0 ]; then
  build "${need[@]}"
fi

logs=${TMPDIR:-/tmp}/hallq-box
mkdir -p "$logs"
pids=()
stop_all() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap stop_all EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
# the box is one machine: bind to loopback and stay off mDNS; the terminals get the address
java -XX:+ExitOnOutOfMemoryError -jar "$server_jar" --data "$data" --port "$port" --bind 127.0.0.1 --announce off >"$logs/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do
  grep -q "HallQ listening" "$logs/server.log" && break
  kill -0 "${pids[0]}" 2>/dev/null || { cat "$logs/server.log" >&2; echo "hall.sh: the server did not start" >&2; exit 1; }
  sleep 0.1
done
grep -q "HallQ listening" "$logs/server.log" || { echo "hall.sh: the server did not start in 30 s" >&2; exit 1; }

server=127.0.0.1:$port
# side by side on a 1920x1080 desktop: kiosk and pad on top, the hall screen below the kiosk
java -jar kiosk/target/kiosk.jar --server "$server" --device kiosk-1 --token demo-kiosk-1 \
  --card-reader simulated --scanner simulated \
  --window 800x480+0+0 >"$logs/kiosk.log" 2>&1 &
pids+=($!)
java -jar counter-pad/target/counter-pad.jar --server "$server" --device pad-3 --token demo-pad-3 \
  --devices hardware/src/main/resources/hallq/hardware/examples/counter-pad.yaml \
  --window 1024x600+848+0 >"$logs/counter-pad.log" 2>&1 &
pids+=($!)
java -jar caller-display/target/caller-display.jar --server "$server" --device board-1 --token demo-board-1 \
  --window 800x450+0+500 >"$logs/caller-display.log" 2>&1 &
pids+=($!)

cat <<EOF

HallQ demo hall in a box is up ($(($(date +%s) - started)) s):
  manager page   http://127.0.0.1:$port/      manager token: demo-manager
  browser screen http://127.0.0.1:$port/display#token=demo-board-2
  kiosk          tap a zone: the ticket shows (and "prints" to ${TMPDIR:-/tmp}/hallq-printer)
                 F2 lays a card on the simulated reader (a 72-year-old: green channel) or lifts it,
                 F3 scans a booking code, F4 a case slip's QR
  counter pad    window 3: log in as clerk 1001, PIN 4821; 呼叫下一位 calls, the hall screen shows and says it;
                 开始办理, 办结, then the citizen rates on the pad (keys F1 call, F2 recall, F3 no-show, 1-5 rate)
                 办结 → 承诺件受理: find the matter (e.g. qybg), confirm; the receipt "prints" to /tmp/hallq-receipts
  back office    http://127.0.0.1:$port/backoffice#token=demo-backoffice (办结待取), then scan the receipt at the kiosk
  logs           $logs/{server,kiosk,counter-pad,caller-display}.log
Ctrl-C stops the hall.
EOF

# the hall is one thing: when any part ends, stop the rest
wait -n "${pids[@]}" || true
echo "hall.sh: a part of the hall stopped (see $logs); stopping the rest" >&2

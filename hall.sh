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
mkdir -p "$data"
# bookings in the box (issue 17): the demo hall, but 自然人服务区 books every hour of the day, so that a booking made
# now checks in now (the demo hall's own slots are 09:00-17:00)
box_hall="$data/box-hall.yaml"
slots=$(for h in $(seq 0 22); do printf '"%02d:00-%02d:00", ' "$h" $((h + 1)); done)'"23:00-23:59"'
awk -v slots="$slots" '
  /id: natural,/ { grab = 1 }
  grab { buf = buf $0 "\n"
         if ($0 ~ /daysAhead/) { gsub(/slots: \[[^]]*\]/, "slots: [" slots "]", buf)
                                 gsub(/extraSessions: \[[^]]*\], /, "", buf); printf "%s", buf; grab = 0; buf = "" }
         next }
  # the box has one pad, window 3: it also serves 综合出件, so a case accepted there is collected there too
  /id: "3", name: 3号窗口/ { sub(/alsoZones: \[estate\]/, "alsoZones: [estate, pickup]") }
  { print }' queue-server/src/main/resources/hallq/server/hall/demo-hall.yaml >"$box_hall"
grep -q '"23:00-23:59"' "$box_hall" && grep -q 'alsoZones: \[estate, pickup\]' "$box_hall" || { echo "hall.sh: could not make the box's hall file from the demo hall" >&2; exit 1; }

# the box is one machine: bind to loopback and stay off mDNS; the terminals get the address
java -XX:+ExitOnOutOfMemoryError -jar "$server_jar" --config "$box_hall" --data "$data" --port "$port" --bind 127.0.0.1 --announce off >"$logs/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do
  grep -q "HallQ listening" "$logs/server.log" && break
  kill -0 "${pids[0]}" 2>/dev/null || { cat "$logs/server.log" >&2; echo "hall.sh: the server did not start" >&2; exit 1; }
  sleep 0.1
done
grep -q "HallQ listening" "$logs/server.log" || { echo "hall.sh: the server did not start in 30 s" >&2; exit 1; }

server=127.0.0.1:$port

# a booking in the current hour for a made-up citizen (a new ID number each start: one booking a person a day),
# made through the booking API as the /book page makes it; the kiosk's F3 scans its code
id_number() {
  local body=$1 weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) checks=10X98765432 sum=0 i
  for i in $(seq 0 16); do sum=$((sum + ${body:$i:1} * weights[i])); done
  echo "$body${checks:$((sum % 11)):1}"
}
today=$(TZ=Asia/Shanghai date +%F)
hour=$((10#$(TZ=Asia/Shanghai date +%H)))
slot=$(printf '%02d:00-%02d:00' "$hour" $((hour + 1)))
[ "$hour" = 23 ] && slot="23:00-23:59"
citizen=$(id_number "110105198805$(printf '%02d' $((RANDOM % 28 + 1)))$(printf '%03d' $((RANDOM % 1000)))")
booking=$(curl -s -XPOST "http://$server/api/bookings" \
  -d "{\"zone\":\"natural\",\"day\":\"$today\",\"slot\":\"$slot\",\"idCard\":\"$citizen\"}" || true)
booking_code=$(printf '%s' "$booking" | sed -n 's/.*"code":"\([0-9]\{8\}\)".*/\1/p')
if [ -n "$booking_code" ]; then
  booking_note="booking $booking_code made for $today $slot (自然人服务区): F3 scans it, or type it after 预约取号"
else
  booking_note="no booking could be made for $slot ($booking): book one at http://$server/book"
fi
# each terminal's JVM options as its node's unit has them (deploy/etc/NAME.env), so the box runs what a hall runs
terminal_jvm() { sed -n 's/^HALLQ_JAVA_OPTS=//p' "deploy/etc/$1.env"; }
export MALLOC_ARENA_MAX=2 GDK_GL=disable
# side by side on a 1920x1080 desktop: kiosk and pad on top, the hall screen below the kiosk
# shellcheck disable=SC2046
HALLQ_BOX_BOOKING=$booking_code HALLQ_BOX_RECEIPTS=/tmp/hallq-receipts java $(terminal_jvm kiosk) -jar kiosk/target/kiosk.jar --server "$server" --device kiosk-1 --token demo-kiosk-1 \
  --card-reader simulated --scanner simulated \
  --window 800x480+0+0 >"$logs/kiosk.log" 2>&1 &
pids+=($!)
# shellcheck disable=SC2046
java $(terminal_jvm pad) -jar counter-pad/target/counter-pad.jar --server "$server" --device pad-3 --token demo-pad-3 \
  --devices hardware/src/main/resources/hallq/hardware/examples/counter-pad.yaml \
  --window 1024x600+848+0 >"$logs/counter-pad.log" 2>&1 &
pids+=($!)
# shellcheck disable=SC2046
java $(terminal_jvm display) -jar caller-display/target/caller-display.jar --server "$server" --device board-1 --token demo-board-1 \
  --window 800x450+0+500 >"$logs/caller-display.log" 2>&1 &
pids+=($!)

cat <<EOF

HallQ demo hall in a box is up ($(($(date +%s) - started)) s):
  manager page   http://127.0.0.1:$port/      manager token: demo-manager
  browser screen http://127.0.0.1:$port/display#token=demo-board-2
  kiosk          tap a zone: the ticket shows (and "prints" to ${TMPDIR:-/tmp}/hallq-printer)
                 F2 lays a card on the simulated reader (a 72-year-old: green channel) or lifts it,
                 F3 scans a booking code, F4 the newest receipt the pad printed (its QR)
  booking        $booking_note
                 book from a phone or browser: http://$server/book (the ticket's page then: scan its QR)
  counter pad    window 3: log in as clerk 1001, PIN 4821; 呼叫下一位 calls, the hall screen shows and says it;
                 开始办理, 办结, then the citizen rates on the pad (keys F1 call, F2 recall, F3 no-show, 1-5 rate)
                 办结 → 承诺件受理: find the matter (e.g. qybg), confirm; the receipt "prints" to /tmp/hallq-receipts
  back office    http://127.0.0.1:$port/backoffice#token=demo-backoffice (办结待取), then scan the receipt at the kiosk
                 (F4): a 综合出件 ticket, which window 3 also serves here; 办结 collects it
  logs           $logs/{server,kiosk,counter-pad,caller-display}.log
Ctrl-C stops the hall.
EOF

# the hall is one thing: when any part ends, stop the rest
wait -n "${pids[@]}" || true
echo "hall.sh: a part of the hall stopped (see $logs); stopping the rest" >&2

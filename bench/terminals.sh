#!/usr/bin/env bash
# Terminals at rest (issue 21, goal 6): each terminal as deployed (its JVM options from deploy/etc/*.env, software
# rendering) under its own Xvfb against a demo-hall server on loopback, driven to each screen it can rest on; for
# every screen the resident set (VmRSS) at the end and the CPU it took over a quiet window (utime+stime from
# /proc/PID/stat), against the goal: RSS <= 200 MB, CPU <= 1 % of a core, -Xmx128m.
#   bench/terminals.sh [--settle S] [--window S] [--pi] [--build-only] [--shots DIR]
#     --settle S   seconds between reaching a screen and measuring (default 12: JIT and first frames done)
#     --window S   seconds measured on each screen (default 20)
#     --pi         each terminal under bench/pi-core.sh (one CPU, a third of it: roughly a Pi 4 core; goal 7)
#     --shots DIR  a screenshot of every screen into DIR (default: a temp dir, named in the report)
# Needs Xvfb, xdotool and ImageMagick's import (Debian xvfb, xdotool, imagemagick) and curl. MVN_FLAGS adds Maven
# flags (e.g. -o). Prints one table on stdout; progress on stderr. Takes about 4 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
settle=12
window=20
pi=false
build_only=false
shots=
while [ $# -gt 0 ]; do
  case "$1" in
    --settle) settle=$2; shift 2 ;;
    --window) window=$2; shift 2 ;;
    --pi) pi=true; shift ;;
    --build-only) build_only=true; shift ;;
    --shots) shots=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "terminals.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for tool in Xvfb xdotool import curl; do
  command -v "$tool" >/dev/null || { echo "terminals.sh: $tool not found (apt-get install xvfb xdotool imagemagick curl)" >&2; exit 2; }
done
log() { echo "[terminals $(date +%T)] $*" >&2; }

log "building the server and the three terminals"
mvn -B -q -ntp ${MVN_FLAGS:-} -pl queue-server,kiosk,counter-pad,caller-display -am package -DskipTests
$build_only && exit 0

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hallq-terminals-XXXXXX")
shots=${shots:-$tmp/shots}
mkdir -p "$shots"
pids=()
finish() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp/data"
}
trap finish EXIT
trap 'exit 130' INT TERM

free_port() { python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])
PY
}
port=$(free_port)
java -Xmx256m -jar queue-server/target/queue-server.jar --data "$tmp/data" --port "$port" --bind 127.0.0.1 \
  --announce off >"$tmp/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do grep -q "HallQ listening" "$tmp/server.log" && break; sleep 0.1; done
grep -q "HallQ listening" "$tmp/server.log" || { cat "$tmp/server.log" >&2; echo "terminals.sh: server did not start" >&2; exit 1; }
server=127.0.0.1:$port
log "server on $server"

# The JVM options a node runs its terminal with (deploy/etc/NAME.env's HALLQ_JAVA_OPTS), so this measures the units.
# TERMINAL_JAVA_OPTS replaces them all, to try other options.
java_opts() { if [ -n "${TERMINAL_JAVA_OPTS:-}" ]; then echo "$TERMINAL_JAVA_OPTS"; else sed -n 's/^HALLQ_JAVA_OPTS=//p' "deploy/etc/$1.env"; fi; }

ticks_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
hz=$(getconf CLK_TCK)
rows=()
# measure TERMINAL SCREEN PID DISPLAY: wait, count CPU over the window, read RSS, take a screenshot
measure() {
  local name=$1 screen=$2 pid=$3 dpy=$4
  sleep "$settle"
  kill -0 "$pid" 2>/dev/null || { echo "terminals.sh: $name exited (see $tmp/$name.log)" >&2; exit 1; }
  local t0 t1 s0 s1
  t0=$(ticks_of "$pid"); s0=$(date +%s.%N)
  sleep "$window"
  t1=$(ticks_of "$pid"); s1=$(date +%s.%N)
  local rss cpu verdict
  rss=$(rss_mb "$pid")
  [ -n "${TERMINALS_DEBUG:-}" ] && { tr "\0" " " < "/proc/$pid/cmdline"; echo; grep -E "RssAnon|RssFile" "/proc/$pid/status"; awk '/^[0-9a-f]+-/ {f=$6} /^Rss:/ {r[f]+=$2} END {for (k in r) if (r[k] > 2000) print r[k], k}' "/proc/$pid/smaps" | sort -rn | head -8; tr "\0" "\n" < "/proc/$pid/environ" | grep -E "MALLOC|DISPLAY"; } >&2
  cpu=$(awk -v a="$t0" -v b="$t1" -v s="$s0" -v e="$s1" -v hz="$hz" 'BEGIN { printf "%.2f", (b - a) / hz / (e - s) * 100 }')
  verdict=$(awk -v r="$rss" -v c="$cpu" 'BEGIN { print (r <= 200 && c <= 1.0) ? "MET" : "NOT MET" }')
  DISPLAY=$dpy import -window root "$shots/$name-$screen.png" 2>/dev/null || true
  rows+=("| $name | $screen | $rss MB | $cpu % | $verdict |")
  log "$name $screen: RSS $rss MB, CPU $cpu % of a core"
}

dpy_n=$((200 + RANDOM % 300))
# start_terminal NAME JAR ARGS...: its own Xvfb screen, the deployed JVM options, software rendering
start_terminal() {
  local name=$1 jar=$2
  shift 2
  dpy_n=$((dpy_n + 1))
  dpy=:$dpy_n
  Xvfb "$dpy" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 1 50); do [ -S "/tmp/.X11-unix/X$dpy_n" ] && break; sleep 0.1; done
  local wrap=()
  $pi && wrap=(bench/pi-core.sh --)
  # shellcheck disable=SC2046
  # the rest of the environment a unit has (deploy/etc/NAME.env), as hall.sh sets it
  DISPLAY=$dpy MALLOC_ARENA_MAX=2 GDK_GL=disable "${wrap[@]}" java $(java_opts "$name") -Dprism.order=sw -jar "$jar" --server "$server" "$@" \
    >"$tmp/$name.log" 2>&1 &
  tpid=$!
  pids+=($tpid)
  # the JVM itself, not the wrapper: pi-core.sh runs it as a child
  if $pi; then
    for _ in $(seq 1 50); do jpid=$(pgrep -P "$(pgrep -P "$tpid" || echo 0)" java || pgrep -P "$tpid" java || true); [ -n "$jpid" ] && break; sleep 0.1; done
  else
    jpid=$tpid
  fi
}
# focus_and_key DISPLAY PID KEYS...: the terminal's window takes the keyboard, then the keys
keys() {
  local dpy=$1
  shift
  local w
  w=$(DISPLAY=$dpy xdotool search --sync --onlyvisible --name '.' | head -1)
  DISPLAY=$dpy xdotool windowfocus --sync "$w" 2>/dev/null || true
  DISPLAY=$dpy xdotool key --delay 120 "$@"
}
type_text() {
  local dpy=$1 text=$2
  DISPLAY=$dpy xdotool type --delay 120 "$text"
}
issue_ticket() {
  curl -fsS -X POST "http://$server/api/tickets" -H 'Authorization: Bearer demo-kiosk-1' \
    -H 'Content-Type: application/json' -d "{\"zone\":\"$1\"}" >/dev/null
}

log "kiosk"
start_terminal kiosk kiosk/target/kiosk.jar --device kiosk-1 --token demo-kiosk-1 --card-reader simulated --scanner simulated
measure kiosk home "$jpid" "$dpy"
keys "$dpy" F2   # a 72-year-old's card laid on the simulated reader: the green channel's confirmation
measure kiosk card-green-confirm "$jpid" "$dpy"
kill "$tpid"; wait "$tpid" 2>/dev/null || true

log "caller display"
start_terminal display caller-display/target/caller-display.jar --device board-1 --token demo-board-1
measure display idle "$jpid" "$dpy"
display_pid=$jpid display_dpy=$dpy display_tpid=$tpid

log "counter pad"
start_terminal pad counter-pad/target/counter-pad.jar --device pad-3 --token demo-pad-3 \
  --devices hardware/src/main/resources/hallq/hardware/examples/counter-pad.yaml
measure pad login "$jpid" "$dpy"
type_text "$dpy" 1001   # the clerk field has the focus at start
keys "$dpy" Tab
type_text "$dpy" 4821
keys "$dpy" Return
measure pad window-open "$jpid" "$dpy"
issue_ticket natural
keys "$dpy" F1
measure pad called "$jpid" "$dpy"
measure display call-shown "$display_pid" "$display_dpy"

echo
echo "Terminals at rest ($(date -u '+%Y-%m-%d %H:%M') UTC; settle ${settle} s, window ${window} s, software rendering$($pi && echo ', each on one CPU at a third of it (pi-core.sh)'); screenshots in $shots)"
echo
echo "| terminal | screen | RSS | CPU (of a core) | goal: RSS <= 200 MB, CPU <= 1 % |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
for n in kiosk pad display; do echo "$n: HALLQ_JAVA_OPTS=$(java_opts "$n")"; done

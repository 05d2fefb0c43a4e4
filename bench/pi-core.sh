#!/usr/bin/env bash
# Runs a command on roughly one Raspberry Pi 4 core (issue 21, goal 7): pinned to one CPU with taskset and held to
# a CFS quota of a third of it in a cgroup of its own (cgroup v2 cpu.max, or v1 cpu.cfs_quota_us), then execs it.
#   bench/pi-core.sh [--cpu N] [--percent P] -- COMMAND [ARGS...]
# Needs root (to make the cgroup) and taskset (util-linux). The cgroup is removed when the command ends.
set -euo pipefail
cpu=0
percent=33
while [ $# -gt 0 ]; do
  case "$1" in
    --cpu) cpu="$2"; shift 2 ;;
    --percent) percent="$2"; shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "pi-core.sh: no command (see --help)" >&2; exit 2; }
command -v taskset >/dev/null || { echo "pi-core.sh: taskset not found (apt-get install util-linux)" >&2; exit 2; }
period=100000
quota=$((period * percent / 100))
name="hallq-pi-core-$$"
if [ -f /sys/fs/cgroup/cgroup.controllers ]; then
  group="/sys/fs/cgroup/$name"
  grep -qw cpu /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null || echo "+cpu" > /sys/fs/cgroup/cgroup.subtree_control
  mkdir "$group"
  echo "$quota $period" > "$group/cpu.max"
elif [ -d /sys/fs/cgroup/cpu ]; then
  group="/sys/fs/cgroup/cpu/$name"
  mkdir "$group"
  echo "$period" > "$group/cpu.cfs_period_us"
  echo "$quota" > "$group/cpu.cfs_quota_us"
else
  echo "pi-core.sh: no cgroup cpu controller under /sys/fs/cgroup" >&2; exit 2
fi
# The command runs as a child so the group can be removed after it; signals reach it through the trap.
echo $$ > "$group/cgroup.procs"
cleanup() { echo $$ > "$(dirname "$group")/cgroup.procs" 2>/dev/null || true; rmdir "$group" 2>/dev/null || true; }
trap 'kill -TERM "$child" 2>/dev/null; wait "$child"; cleanup' TERM INT
taskset -c "$cpu" "$@" &
child=$!
set +e
wait "$child"
status=$?
cleanup
exit $status

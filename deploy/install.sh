#!/usr/bin/env bash
# Installs HallQ on a Raspberry Pi node (Raspberry Pi OS / Debian, 64-bit), as root:
#
#   sudo deploy/install.sh [--jars DIR] [--no-packages] ROLE...     ROLE: server kiosk display pad
#
# e.g. "server display" for the node behind the hall screen that also runs the server. It installs Java 17 and,
# for a terminal, a bare X server and the CJK fonts (apt-get); the jars into /opt/hallq; the systemd units; a
# user "hallq" in the groups for GPIO, SPI, serial, printer, screen, touch and sound; the configuration
# templates into /etc/hallq (an existing file is never overwritten); then enables and starts the units.
# The jars come from DIR, or from this checkout's target folders: build them first with
#   mvn -B -Ppi -pl queue-server,kiosk,counter-pad,caller-display -am package -DskipTests
# (on the Pi itself a plain "package" builds the same; either way it is named below).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
jars=
packages=1
roles=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jars) jars=${2:?--jars needs a directory}; shift 2 ;;
    --no-packages) packages=0; shift ;;
    server|kiosk|display|pad) roles+=("$1"); shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown role or option '$1' (roles: server kiosk display pad; see --help)" >&2; exit 2 ;;
  esac
done
[ ${#roles[@]} -gt 0 ] || { echo "install.sh: name at least one role: server kiosk display pad" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "install.sh: run as root (sudo)" >&2; exit 2; }

# role -> jar, unit
jar_of() { case $1 in server) echo queue-server ;; kiosk) echo kiosk ;; display) echo caller-display ;; pad) echo counter-pad ;; esac; }

# the jar for a module: from --jars, else the Pi build (-linux-aarch64) or a build made on the Pi itself
find_jar() {
  local m=$1
  for f in ${jars:+"$jars/$m-linux-aarch64.jar" "$jars/$m.jar"} \
           "$repo/$m/target/$m-linux-aarch64.jar" "$repo/$m/target/$m.jar"; do
    [ -f "$f" ] && { echo "$f"; return; }
  done
  echo "install.sh: no jar for $m (build it first, see --help)" >&2
  exit 1
}

terminal=0
for r in "${roles[@]}"; do [ "$r" != server ] && terminal=1; done

if [ "$packages" = 1 ]; then
  apt-get update -qq
  pkgs=(openjdk-17-jre-headless)
  [ "$terminal" = 1 ] && pkgs+=(xserver-xorg-core xserver-xorg-input-libinput xinit libgtk-3-0 fonts-noto-cjk alsa-utils)
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
fi

id hallq >/dev/null 2>&1 || useradd --system --home-dir /var/lib/hallq --shell /usr/sbin/nologin hallq
for g in gpio spi dialout lp video input audio; do
  getent group "$g" >/dev/null && usermod -aG "$g" hallq
done

install -d -m 0755 /opt/hallq /etc/hallq
install -d -m 0750 -o hallq -g hallq /var/lib/hallq
install -m 0644 "$repo/README.md" /opt/hallq/README.md

units=()
for r in "${roles[@]}"; do
  m=$(jar_of "$r")
  install -m 0644 "$(find_jar "$m")" "/opt/hallq/$m.jar"
  install -m 0644 "$here/systemd/hallq-$r.service" /etc/systemd/system/
  if [ ! -f "/etc/hallq/$r.env" ]; then
    install -m 0600 "$here/etc/$r.env" "/etc/hallq/$r.env"
    echo "install.sh: edit /etc/hallq/$r.env (device id, token, hall id)"
  fi
  units+=("hallq-$r.service")
done

if printf '%s\n' "${roles[@]}" | grep -qx server && [ ! -f /etc/hallq/hall.yaml ]; then
  unzip -p /opt/hallq/queue-server.jar hallq/server/hall/demo-hall.yaml > /etc/hallq/hall.yaml 2>/dev/null \
    || cp "$repo/queue-server/src/main/resources/hallq/server/hall/demo-hall.yaml" /etc/hallq/hall.yaml
  chmod 0640 /etc/hallq/hall.yaml
  chgrp hallq /etc/hallq/hall.yaml
  echo "install.sh: /etc/hallq/hall.yaml is the DEMO hall with public tokens: write your hall's own before opening"
fi

if printf '%s\n' "${roles[@]}" | grep -qx server; then
  # the class-data archive for this JVM and this jar: one training start (on a scratch data directory, stopped
  # with SIGTERM after 30 s) writes the classes a start loads; every later start maps them in
  train=$(mktemp -d)
  chown hallq:hallq "$train"
  rm -f /var/lib/hallq/queue-server.jsa
  timeout -s TERM 30 runuser -u hallq -- /usr/bin/java -XX:ArchiveClassesAtExit=/var/lib/hallq/queue-server.jsa \
    -jar /opt/hallq/queue-server.jar --data "$train/data" --port 0 --bind 127.0.0.1 --announce off >/dev/null 2>&1 || true
  rm -rf "$train"
  [ -f /var/lib/hallq/queue-server.jsa ] || echo "install.sh: no class-data archive was made; the server starts without one"
fi

if [ "$terminal" = 1 ]; then
  install -m 0644 "$here/systemd/hallq-x.service" /etc/systemd/system/
  if [ ! -f /etc/hallq/devices.yaml ]; then
    echo "install.sh: put this node's device file at /etc/hallq/devices.yaml (examples: hardware/src/main/resources/hallq/hardware/examples/)"
  fi
  # a terminal is the only thing on its screen: no desktop session competing for it
  systemctl disable --now display-manager.service 2>/dev/null || true
  units+=(hallq-x.service)
fi

systemctl daemon-reload
systemctl enable "${units[@]}"
systemctl restart "${units[@]}"
echo "install.sh: enabled and started ${units[*]}; logs: journalctl -u 'hallq-*' -f"

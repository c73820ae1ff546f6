#!/usr/bin/env bash
# run-e2e.sh BOARDPACK OUTDIR: boardpack-e2e.py in a session of its own (design.md):
# a private home, a session bus, toolkit-accessibility on, the accessibility bus
# running. Needs a display (build-aux/test runs it under Xvfb). Exits 77 (skipped) when
# dogtail or the accessibility bus is not installed.
set -euo pipefail

boardpack=$(realpath "$1")
outdir=$(realpath -m "$2")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [[ ! -x /usr/bin/python3 ]] || ! /usr/bin/python3 -c 'import dogtail' 2>/dev/null ||
   [[ ! -x /usr/libexec/at-spi-bus-launcher ]] || ! command -v dbus-run-session >/dev/null ||
   ! command -v import >/dev/null; then
  echo "1..0 # SKIP needs python3-dogtail, at-spi2-core, dbus and imagemagick"
  exit 77
fi
if [[ -z ${DISPLAY:-} ]]; then
  echo "1..0 # SKIP needs a display (run it under xvfb-run)"
  exit 77
fi

# A private session: the bus daemon (and dconf, which it starts) see this home.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_DATA_HOME=$scratch/.local/share XDG_CONFIG_HOME=$scratch/.config
export XDG_CACHE_HOME=$scratch/.cache XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"
export GSK_RENDERER=cairo GDK_BACKEND=x11 LC_ALL=C.UTF-8
unset NO_AT_BRIDGE GTK_A11Y GSETTINGS_BACKEND WAYLAND_DISPLAY

# Standard output is the test's TAP, so only the script writes there (through fd 3): the
# bus and the services it starts write to standard error.
exec 3>&1
exec dbus-run-session -- bash -c '
  gsettings set org.gnome.desktop.interface toolkit-accessibility true
  /usr/libexec/at-spi-bus-launcher --launch-immediately &
  launcher=$!
  sleep 1
  status=0
  /usr/bin/python3 "$0" "$1" "$2" >&3 || status=$?
  kill $launcher 2>/dev/null || true
  exit $status
' "$here/boardpack-e2e.py" "$boardpack" "$outdir" >&2

#!/usr/bin/env bash
# Reads every screen of Stepwise the way a screen reader does: the release binary in a real
# window under Xvfb, inside its own D-Bus session with the AT-SPI bus (at-spi2-core) and
# accessibility turned on (org.a11y.Status IsEnabled), its tree read by scripts/atspi_tree.py
# with python3-pyatspi. Fails when the window is not named "Stepwise", a control or a plot has
# no name, or a step row is not read in its visual order.
# Usage: scripts/atspi_check.sh   (needs: xvfb xdotool dbus at-spi2-core python3-pyatspi
#                                  gir1.2-atspi-2.0 python3-gi)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${STEPWISE_IN_DBUS:-}" ]; then
  exec env STEPWISE_IN_DBUS=1 dbus-run-session -- "$0" "$@"
fi

cargo build --release --quiet
cargo build --release --quiet --example gen_library
work=$(mktemp -d)
. scripts/xvfb.sh
trap 'cleanup_xvfb; [ -n "${bus:-}" ] && kill "$bus" 2>/dev/null; rm -rf "$work"' EXIT
target/release/examples/gen_library --journey --plan --out "$work/journey.ron" >/dev/null

/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
sleep 1
gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
  --method org.freedesktop.DBus.Properties.Set org.a11y.Status IsEnabled '<true>' >/dev/null

start_xvfb
open_window target/release/stepwise "$work/journey.ron"
sleep 3
focus_window

status=0
for pair in "1:Ladders:--rows" "2:Practice:" "3:Breathe:" "4:Progress:" "5:Journal:" "6:Settings:" "7:Safety:"; do
  IFS=: read -r key screen flags <<<"$pair"
  xdotool key --window "$wid" "ctrl+$key"
  sleep 1.5
  # shellcheck disable=SC2086 # flags is one word or none
  /usr/bin/python3 scripts/atspi_tree.py "$app" "$screen" $flags >"$work/$screen.txt" || status=1
  grep -E "^$screen: " "$work/$screen.txt"
  mkdir -p target/atspi && cp "$work/$screen.txt" "target/atspi/$screen.txt"
done
echo "the trees are in target/atspi/"
exit $status

#!/usr/bin/env bash
# Reads every screen of Stepwise the way a screen reader does: the release binary in a real
# window under Xvfb, inside its own D-Bus session with the AT-SPI bus (at-spi2-core) and
# accessibility turned on (org.a11y.Status IsEnabled), its tree read by scripts/atspi_tree.py
# with python3-pyatspi. Fails when the window is not named "Stepwise", a control or a plot has
# no name, or a step row is not read in its visual order.
# It reads every screen twice, in English and in Italian (the system's language: LANG/LC_ALL),
# with the names of the step rows and the screens' tabs taken from assets/i18n/<lang>/*.ftl.
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
status=0
mkdir -p target/atspi
for lang in en it; do
  case $lang in
    en) locale=en_US.UTF-8 ;;
    it) locale=it_IT.UTF-8 ;;
  esac
  # A home of its own: no window preferences (a chosen language) from an earlier run.
  mkdir -p "$work/home-$lang"
  HOME="$work/home-$lang" XDG_DATA_HOME="$work/home-$lang/data" XDG_CONFIG_HOME="$work/home-$lang/config" \
    LANG=$locale LC_ALL=$locale LANGUAGE='' open_window target/release/stepwise "$work/journey.ron"
  sleep 3
  focus_window
  for pair in "1:Ladders:ladders:--rows" "2:Practice:practice:" "3:Breathe:breathe:" "4:Progress:progress:" \
    "5:Journal:journal:" "6:Settings:settings:" "7:Safety:safety:"; do
    IFS=: read -r key screen id flags <<<"$pair"
    xdotool key --window "$wid" "ctrl+$key"
    sleep 1.5
    out="$work/$screen-$lang.txt"
    # shellcheck disable=SC2086 # flags is one word or none
    /usr/bin/python3 scripts/atspi_tree.py "$app" "$screen" --lang "$lang" --tab "shell-screen-$id" $flags >"$out" || status=1
    grep -E "^$screen: " "$out" | sed "s/^/[$lang] /"
    cp "$out" "target/atspi/"
  done
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
done
echo "the trees are in target/atspi/"
exit $status

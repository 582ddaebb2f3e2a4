#!/usr/bin/env bash
# Real-window smoke test: builds the release binary, opens it under Xvfb on a fresh temporary
# data file, waits for the window, takes a screenshot, checks the screenshot is not blank and
# that the data file was created and loads, then quits with Ctrl+Q and checks a clean exit.
#
# Needs: xvfb xdotool imagemagick libegl1 libgl1-mesa-dri libxcursor1 libxi6 libxkbcommon-x11-0
# Usage: scripts/smoke.sh [screenshot.png]
set -euo pipefail
cd "$(dirname "$0")/.."

shot=${1:-target/smoke/smoke.png}
mkdir -p "$(dirname "$shot")"
cargo build --release --quiet
bin=target/release/stepwise

work=$(mktemp -d)
data="$work/my library.ron" # a space in the name, as people's folders have
display=:$((90 + RANDOM % 9))
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
unset WAYLAND_DISPLAY
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

start=$(date +%s.%N)
"$bin" "$data" &
app_pid=$!
wid=$(timeout 30 xdotool search --sync --onlyvisible --pid "$app_pid" | head -n 1)
mapped=$(date +%s.%N)
echo "window $wid mapped after $(echo "$mapped - $start" | bc) s"

# Wait for the file to be created by the background worker (and the first frames to draw).
for _ in $(seq 100); do [ -f "$data" ] && break; sleep 0.1; done
sleep 1.5
import -window root "$shot"

colours=$(identify -format '%k' "$shot")
echo "screenshot $shot has $colours colours"
if [ "$colours" -lt 16 ]; then
  echo "FAIL: the screenshot looks blank" >&2
  exit 1
fi
[ -f "$data" ] || { echo "FAIL: the data file was not created" >&2; exit 1; }
"$bin" --check "$data"

# Without a window manager nothing focuses the window; focus it so the key reaches it.
xdotool windowfocus "$wid"
sleep 0.3
xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then
  echo "FAIL: Stepwise did not quit on Ctrl+Q" >&2
  exit 1
fi
wait "$app_pid"
app_pid=
"$bin" --check "$data"
echo "smoke test passed"

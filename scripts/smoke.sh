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
. scripts/xvfb.sh
trap 'cleanup_xvfb; rm -rf "$work"' EXIT
start_xvfb

start=$(date +%s.%N)
open_window "$bin" "$data"
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

focus_window
xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app" 2>/dev/null; then
  echo "FAIL: Stepwise did not quit on Ctrl+Q" >&2
  exit 1
fi
wait "$app"
app=
"$bin" --check "$data"
echo "smoke test passed"

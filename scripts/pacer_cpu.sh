#!/usr/bin/env bash
# Measures Stepwise's CPU use in a real window under Xvfb: idle on the Breathe screen with the
# pacer stopped, then with the pacer running, each over SECS seconds (default 10).
# Reports CPU % of one core and CPU milliseconds per frame at the pacer's ~30 frames a second.
# Needs: xvfb xdotool (see scripts/smoke.sh). Usage: scripts/pacer_cpu.sh [SECS]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
work=$(mktemp -d)
. scripts/xvfb.sh
trap 'cleanup_xvfb; rm -rf "$work"' EXIT
open_breathe_on_starter "$work"
# Move the pointer away so hover effects do not cause frames.
xdotool mousemove 1270 790; sleep 1

ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$app/stat"; }
measure() {
  local before after
  before=$(cpu); sleep "$secs"; after=$(cpu)
  echo "$(( after - before ))"
}
idle=$(measure)
xdotool key space; sleep 1
running=$(measure)
xdotool key space
awk -v i="$idle" -v r="$running" -v t="$ticks" -v s="$secs" 'BEGIN {
  printf "pacer stopped: %.2f %% of one core over %d s\n", 100 * i / t / s, s
  printf "pacer running: %.2f %% of one core over %d s, about %.2f ms of CPU per frame at 30 frames/s\n", 100 * r / t / s, s, 1000 * r / t / (s * 30)
}'

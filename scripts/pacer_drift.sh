#!/usr/bin/env bash
# Runs the box-breathing pacer in a real window under Xvfb for SECS seconds (default 600),
# then takes a screenshot and prints the phase the screen should show at that moment,
# computed from the wall time since Space was pressed. Compare the two by eye (the phase word
# and the seconds left); the difference should be no more than the key/screenshot latency.
# The session is 10 minutes, so SECS is capped at 592.
# Usage: scripts/pacer_drift.sh [SECS] [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
out=${2:-target/pacer_drift.png}
work=$(mktemp -d)
. scripts/xvfb.sh
trap 'cleanup_xvfb; rm -rf "$work"' EXIT
open_breathe_on_starter "$work"
# Choose the "10 min" session length (its place in the default 1180x760 window).
xdotool mousemove 562 405 click 1; sleep 0.5
xdotool mousemove 1270 790
xdotool key space
start=$(date +%s.%N)
# Pick the moment to shoot: about SECS from now but before the 10-minute session ends, in the
# middle of a 4-second phase.
target=$(awk -v s="$start" -v d="$secs" 'BEGIN { if (d > 590) d = 590; t = d - (d % 4) + 2; printf "%.3f", s + t }')
while awk -v t="$target" -v n="$(date +%s.%N)" 'BEGIN { exit !(n < t) }'; do sleep 0.2; done
import -window root "$out"
shot=$(date +%s.%N)
awk -v a="$start" -v b="$shot" 'BEGIN {
  e = b - a; c = e % 16; split("Breathe in,Hold,Breathe out,Hold", names, ",")
  i = int(c / 4) + 1; left = 4 - (c - 4 * (i - 1))
  printf "after %.1f s the screen should show \"%s\" with about %.1f s left (breath %d); see %s\n", e, names[i], left, int(e / 16) + 1, ENVIRON["OUT"]
}' OUT="$out"
echo "screenshot: $out"

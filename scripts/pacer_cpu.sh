#!/usr/bin/env bash
# Measures Stepwise's CPU use in a real window under Xvfb: idle on the Breathe screen with the
# pacer stopped, then with the pacer running, each over SECS seconds (default 10). PATTERN is one
# of the starter patterns: box (Box 4-4-4-4, the default: a point round a square), long
# (Long exhale 4-4-6) or relaxing (Relaxing 4-7-8), both circles that hold still while holding.
# Reports CPU % of one core (Stepwise's process, all threads; Xvfb's apart), the frames drawn
# (counted from STEPWISE_FRAME_LOG), the CPU per frame, and frames a second in each phase.
# Needs: xvfb xdotool (see scripts/smoke.sh). Usage: scripts/pacer_cpu.sh [SECS] [PATTERN]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
pattern=${2:-box}
case $pattern in
  # name, phase seconds (in, hold, out, hold), where its button is in the 1180x760 window
  box) name="Box 4-4-4-4"; phases="4 4 4 4"; at="478 224" ;;
  long) name="Long exhale 4-4-6"; phases="4 4 6 0"; at="470 260" ;;
  relaxing) name="Relaxing 4-7-8"; phases="4 7 8 0"; at="460 296" ;;
  *) echo "PATTERN is box, long or relaxing" >&2; exit 2 ;;
esac
work=$(mktemp -d)
. scripts/xvfb.sh
trap 'cleanup_xvfb; rm -rf "$work"' EXIT
export STEPWISE_FRAME_LOG=1
open_breathe_on_starter "$work"
log="$work/stderr.log"
# shellcheck disable=SC2086
xdotool mousemove $at click 1; sleep 0.5
# Move the pointer away so hover effects do not cause frames.
xdotool mousemove 1270 790; sleep 1

ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
idle_before=$(cpu "$app"); sleep "$secs"; idle_after=$(cpu "$app")
xdotool key space; sleep 1
lines_before=$(wc -l <"$log")
app_before=$(cpu "$app"); x_before=$(cpu "$xvfb_pid")
sleep "$secs"
app_after=$(cpu "$app"); x_after=$(cpu "$xvfb_pid")
lines_after=$(wc -l <"$log")
xdotool key space
sed -n "$((lines_before + 1)),${lines_after}p" "$log" | grep '^frame [0-9.]* [0-9]' >"$work/frames" || true
awk -v i=$((idle_after - idle_before)) -v r=$((app_after - app_before)) -v x=$((x_after - x_before)) \
    -v t="$ticks" -v s="$secs" -v name="$name" -v phases="$phases" '
  { e[NR] = $3 }
  END {
    n = NR
    printf "pacer stopped: %.2f %% of one core over %d s\n", 100 * i / t / s, s
    printf "pacer running (%s): %.2f %% of one core over %d s (Xvfb %.2f %% more); %d frames, %.1f a second, %.2f ms of CPU each\n", \
      name, 100 * r / t / s, s, 100 * x / t / s, n, n / s, n ? 1000 * r / t / n : 0
    if (n < 2) exit
    split(phases, len, " "); split("Breathe in,Hold,Breathe out,Hold", label, ",")
    cycle = 0; for (p = 1; p <= 4; p++) cycle += len[p]
    # Frames in each phase, and the time the window spent in it (from the pacer elapsed times
    # of its first and last frames).
    for (k = 1; k <= n; k++) {
      c = e[k] - cycle * int(e[k] / cycle); start = 0
      for (p = 1; p <= 4; p++) { if (len[p] > 0 && c < start + len[p]) { frames[p]++; break } start += len[p] }
    }
    e0 = e[1]; e1 = e[n]
    for (base = cycle * int(e0 / cycle); base < e1; base += cycle) {
      start = base
      for (p = 1; p <= 4; p++) {
        a = start > e0 ? start : e0; b = start + len[p] < e1 ? start + len[p] : e1
        if (b > a) spent[p] += b - a
        start += len[p]
      }
    }
    printf "  frames a second by phase:"
    for (p = 1; p <= 4; p++) if (len[p] > 0) printf "  %s %.1f", label[p], (spent[p] > 0 ? frames[p] / spent[p] : 0)
    printf "\n"
  }' "$work/frames"

#!/usr/bin/env bash
# The cost of watching the progress file while the window is idle (issue 12): Stepwise in a
# real window under Xvfb on the heavy library (11,000 exposures), left alone for SECS seconds
# (default 60) on the Ladders screen. The store thread looks at the file once a second (a stat of
# the file and of its folder). Reports the CPU used over that time (% of one core: the whole
# process, and the store thread alone), the frames drawn (counted from STEPWISE_FRAME_LOG; an idle
# window must draw none) and how often the store thread woke. Then it checks that the watching
# works: a copy of the file with one more exposure is renamed over it, as a sync tool does, and
# the frames drawn for it are counted.
# The figures are for a release build; PROFILE=debug checks the script itself quickly.
# Needs: xvfb xdotool (see scripts/smoke.sh). Usage: [PROFILE=debug] scripts/watch_idle.sh [SECS]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
profile=${PROFILE:-release}
flag=$([ "$profile" = release ] && echo --release || true)
cargo build $flag --quiet --example gen_library
cargo build $flag --quiet
bin=${CARGO_TARGET_DIR:-target}/$profile
work=$(mktemp -d)
. scripts/xvfb.sh
trap 'cleanup_xvfb; rm -rf "$work"' EXIT
"$bin"/examples/gen_library --exposures 11000 --ladders 20 --out "$work/library.ron" >/dev/null
start_xvfb
export STEPWISE_FRAME_LOG=1
log="$work/stderr.log"
open_window "$bin"/stepwise "$work/library.ron" 2>"$log"
# Let it open the file, take its daily backup and settle; the pointer away from the window.
xdotool mousemove 1270 790
sleep 5

ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "$1"; }
store_stat() { # the store thread's /proc stat file
  for task in /proc/"$app"/task/*; do
    if [ "$(cat "$task/comm")" = stepwise-store ]; then echo "$task/stat"; return; fi
  done
}
store=$(store_stat)
[ -n "$store" ] || { echo "no stepwise-store thread found" >&2; exit 1; }
# Voluntary context switches of the store thread: one per wake-up from its one-second wait.
switches() { awk '/^voluntary_ctxt_switches/ {print $2}' "${store%/stat}/status"; }
frames_before=$(grep -c '^frame ' "$log" || true)
app_before=$(cpu "/proc/$app/stat"); store_before=$(cpu "$store"); wakes_before=$(switches)
sleep "$secs"
app_after=$(cpu "/proc/$app/stat"); store_after=$(cpu "$store"); wakes_after=$(switches)
frames_after=$(grep -c '^frame ' "$log" || true)
awk -v a=$((app_after - app_before)) -v s=$((store_after - store_before)) -v t="$ticks" -v n="$secs" \
    -v f=$((frames_after - frames_before)) -v w=$((wakes_after - wakes_before)) 'BEGIN {
  printf "idle %d s on the heavy library: %.2f %% of one core (store thread %.2f %%); %d frames drawn; the store thread woke %d times\n", \
    n, 100 * a / t / n, 100 * s / t / n, f, w
}'

# The watching at work: the other computer's version, one exposure more, renamed over the file.
"$bin"/examples/gen_library --plus-one "$work/library.ron" --out "$work/.outside.tmp" >/dev/null
frames_before=$(grep -c '^frame ' "$log" || true)
mv "$work/.outside.tmp" "$work/library.ron"
sleep 4
frames_after=$(grep -c '^frame ' "$log" || true)
echo "an outside change: $((frames_after - frames_before)) frames drawn within 4 s (the merge shown, its notice, the save of the union)"
# The union was saved: 11,001 exposures (the generated 11,000 and the other computer's one).
echo "on disk now: $("$bin"/stepwise --check "$work/library.ron")"

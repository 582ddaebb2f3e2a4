#!/usr/bin/env bash
# Start-up: Stepwise on the heavy library (11,000 exposures) against a bare eframe window with
# one label (examples/bare_window.rs), started alternately RUNS times each (default 5) under
# Xvfb. Reports, as medians: time from launch to the window being mapped, time from launch to
# the first frame drawn (both programs print it with STEPWISE_FIRST_FRAME=1), and RSS 2 s
# after launch; then Stepwise / bare window ratios.
# Needs: xvfb xdotool. Usage: scripts/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
cargo build --release --quiet --example gen_library --example bare_window
cargo build --release --quiet
work=$(mktemp -d)
target/release/examples/gen_library --exposures 11000 --ladders 20 --out "$work/heavy.ron" >/dev/null
. scripts/xvfb.sh
trap 'cleanup_xvfb; rm -rf "$work"' EXIT
start_xvfb
export STEPWISE_FIRST_FRAME=1

now_ms() { date +%s%3N; }
one_run() { # name, command...: prints "name map_ms frame_ms rss_kib"
  local name=$1; shift
  local err="$work/$name.err" start pid map frame rss
  start=$(now_ms)
  "$@" 2>"$err" &
  pid=$!
  timeout 30 xdotool search --sync --onlyvisible --pid "$pid" >/dev/null
  map=$(( $(now_ms) - start ))
  for _ in $(seq 300); do grep -q first-frame-unix-ms "$err" && break; sleep 0.01; done
  frame=$(( $(awk '/first-frame-unix-ms/ {print $2; exit}' "$err") - start ))
  sleep "$(awk -v s="$start" -v n="$(now_ms)" 'BEGIN { d = 2 - (n - s) / 1000; printf "%.3f", (d > 0 ? d : 0) }')"
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$name $map $frame $rss"
}
for i in $(seq "$runs"); do
  one_run stepwise target/release/stepwise "$work/heavy.ron"
  one_run bare target/release/examples/bare_window
done > "$work/results"
awk '
  { map[$1] = map[$1] " " $2; frame[$1] = frame[$1] " " $3; rss[$1] = rss[$1] " " $4 }
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    for (p in map) printf "%-9s window mapped %5.0f ms, first frame %5.0f ms, RSS after 2 s %6.1f MiB   (runs:%s)\n", p, median(map[p]), median(frame[p]), median(rss[p]) / 1024, frame[p]
    printf "ratios   first frame %.2fx the bare window; RSS +%.1f MiB\n", median(frame["stepwise"]) / median(frame["bare"]), (median(rss["stepwise"]) - median(rss["bare"])) / 1024
  }' "$work/results"

#!/usr/bin/env bash
# Starts the release binary under Xvfb on DATA, optionally types xdotool key sequences or clicks,
# and saves a screenshot. For looking at screens by hand; scripts/smoke.sh is the CI check.
# Usage: scripts/shot.sh DATA OUT.png [xdotool-args ...]   (each arg is one xdotool command,
#        e.g. "key --window WID ctrl+2" or "mousemove 300 200 click 1"; WID is replaced by the
#        window's id; a 0.8 s pause follows each)
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1; out=$2; shift 2
. scripts/xvfb.sh
trap cleanup_xvfb EXIT
start_xvfb
open_window target/release/stepwise "$data"
sleep 2
for step in "$@"; do
  # shellcheck disable=SC2086
  xdotool ${step//WID/$wid}
  sleep 0.8
done
import -window root "$out"
focus_window && xdotool key ctrl+q || true
for _ in $(seq 50); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done

#!/usr/bin/env bash
# Kill test: a child process saves the heavy library (11,000 exposures, two versions in turn)
# in a loop and is SIGKILLed at a random moment, KILLS times (default 100). After each kill the
# file must load and equal one of the two versions. Prints the count of losses.
# Usage: scripts/killtest.sh [KILLS] [EXPOSURES]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-100}
exposures=${2:-11000}
cargo build --release --quiet --example save_loop
bin=target/release/examples/save_loop
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/library.ron"
# Start from a complete file so that "old" is well defined from the first kill on.
"$bin" save "$data" "$exposures" & first=$!
while [ ! -f "$data" ]; do sleep 0.05; done
sleep 1; kill -9 "$first" 2>/dev/null || true; wait "$first" 2>/dev/null || true
lost=0
for i in $(seq "$kills"); do
  "$bin" save "$data" "$exposures" &
  child=$!
  # 50 to 1,000 ms: process start, generation, and then many saves at varied points.
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.3f", 0.05 + (r % 950) / 1000 }')"
  kill -9 "$child"
  wait "$child" 2>/dev/null || true
  if ! "$bin" verify "$data" "$exposures"; then
    lost=$((lost + 1))
    echo "kill $i: the file did not load as either version"
  fi
  rm -f "$work"/.library.ron.*.tmp
done
echo "kill test: $lost of $kills kills lost data"
[ "$lost" -eq 0 ]

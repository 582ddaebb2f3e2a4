#!/usr/bin/env bash
# Runs the headless frame benchmark (examples/frame_timing.rs) N times (default 5) and prints,
# for each row, the median over the runs of its mean, p95 and max: this shared virtual machine
# varies by up to 2x from one run to the next, and the median of several runs is steadier.
# Usage: scripts/frame_timing.sh [N] [--lang TAG]   (the screens in another language)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
cargo build --release --quiet --example frame_timing
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for _ in $(seq "$runs"); do target/release/examples/frame_timing "$@" >>"$out"; done
python3 - "$out" "$runs" <<'PY'
import re, statistics, sys
rows = {}
order = []
for line in open(sys.argv[1]):
    m = re.match(r"\s*(.+?)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+\.\d+)", line)
    if not m:
        continue
    name = m.group(1)
    if name not in rows:
        rows[name] = []
        order.append(name)
    rows[name].append([float(m.group(i)) for i in (2, 3, 4)])
print(f"median of {sys.argv[2]} runs, CPU ms per frame")
print(f"{'screen':>22}  {'mean':>7}  {'p95':>7}  {'max':>7}")
for name in order:
    cols = list(zip(*rows[name]))
    print(f"{name:>22}  " + "  ".join(f"{statistics.median(c):7.3f}" for c in cols))
PY

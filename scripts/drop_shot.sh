#!/usr/bin/env bash
# Drags FILE_TO_DROP onto a Stepwise window under Xvfb (over X11's XDND, driven by
# scripts/xdnd_drop.py) and saves OUTDIR/hover.png (the note shown while the file is held over
# the window) and OUTDIR/dropped.png (the import preview after the drop). Installs nothing:
# needs the Debian packages xvfb, xdotool, imagemagick and python3-xlib.
# Usage: scripts/drop_shot.sh BINARY DATA FILE_TO_DROP OUTDIR
set -euo pipefail
bin=$(realpath "$1"); data=$(realpath "$2"); file=$(realpath "$3"); out=$4
cd "$(dirname "$0")/.."
mkdir -p "$out"
. scripts/xvfb.sh
trap cleanup_xvfb EXIT
start_xvfb
open_window "$bin" "$data"
sleep 2
/usr/bin/python3 scripts/xdnd_drop.py "$wid" "$file" "$out/hover.png" "$out/dropped.png"
focus_window && xdotool key ctrl+q || true
for _ in $(seq 50); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done

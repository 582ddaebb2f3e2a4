#!/usr/bin/env bash
# Regenerates every icon file in dist/icons/ from the two SVG sources:
#   stepwise-16.svg -> stepwise-16.png (hand-simplified onto whole pixels)
#   stepwise.svg    -> stepwise-{32,48,64,128,256,512}.png
#   the PNGs        -> stepwise.ico (Windows: 16-256 px) and stepwise.icns (macOS: 16-512 px)
# The generated files are committed, so building Stepwise never needs these tools.
#
# Needs: rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert (imagemagick), python3.
# Usage: dist/icons/make_icons.sh
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert convert python3; do
  command -v "$tool" >/dev/null || { echo "make_icons.sh needs $tool (apt-get install librsvg2-bin imagemagick python3)" >&2; exit 1; }
done

rsvg-convert --width 16 --height 16 stepwise-16.svg --output stepwise-16.png
for size in 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" stepwise.svg --output "stepwise-$size.png"
done

# Windows .ico with every size Explorer and the taskbar ask for (256 is stored as PNG inside).
convert stepwise-16.png stepwise-32.png stepwise-48.png stepwise-64.png stepwise-128.png stepwise-256.png \
  stepwise.ico

# macOS .icns: a header and one PNG per slot, the format iconutil writes (no macOS tools needed).
python3 - <<'EOF'
import struct

# (ICNS slot, PNG file): 1x and 2x ("@2x" = double the pixels) slots as iconutil fills them.
slots = [
    (b"icp4", 16), (b"ic11", 32), (b"icp5", 32), (b"ic12", 64), (b"ic07", 128),
    (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512),
]
body = b""
for kind, size in slots:
    with open(f"stepwise-{size}.png", "rb") as f:
        png = f.read()
    body += kind + struct.pack(">I", 8 + len(png)) + png
with open("stepwise.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
EOF

ls -l stepwise-*.png stepwise.ico stepwise.icns

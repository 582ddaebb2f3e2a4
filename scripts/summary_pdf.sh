#!/usr/bin/env bash
# Prints the summary for a therapist of the journey library (twelve weeks on two ladders, with a
# plan) to PDF with a real browser (Debian's headless Chromium), on A4 and on US Letter, and
# turns the first pages into PNG (pdftoppm) to look at. Checks that page one shows every
# practised ladder's three charts, that each ladder's details start a new page, and that the
# whole summary prints in at most 6 pages.
# Usage: scripts/summary_pdf.sh [OUT_DIR] [LANG]   (default target/summary, English; LANG is a
# folder of assets/i18n, such as it; needs chromium, poppler-utils)
# Runs examples/gen_library.rs and examples/write_summary.rs (built by `cargo test`).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/summary}
lang=${2:-en}
mkdir -p "$out"
out=$(cd "$out" && pwd)
max_pages=6
ftl="assets/i18n/$lang/export.ftl"
[ -f "$ftl" ] || { echo "summary_pdf: no language $lang ($ftl is missing)" >&2; exit 1; }

# A one-line message of the summary, as the language writes it.
message() {
  local text
  text=$(sed -n "s/^$1 = //p" "$ftl" | head -n 1)
  [ -n "$text" ] || { echo "summary_pdf: $1 is not a one-line message in $ftl" >&2; exit 1; }
  printf '%s' "$text"
}
# Text as the page writes it (escaped as src/export/html.rs does).
html_text() {
  sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' -e "s/'/\&#39;/g" <<<"$1"
}
tries_title=$(message export-tries-title)
weeks_title=$(message export-weeks-title)
predictions_title=$(message export-predictions-title)
# "Ladder: " before each ladder's name in its heading.
ladder_prefix=$(message export-ladder-heading | sed 's/{ *\$title *}.*//')

example() {
  local name=$1
  shift
  if [ -x "target/debug/examples/$name" ]; then
    "target/debug/examples/$name" "$@"
  else
    cargo run --quiet --example "$name" -- "$@"
  fi
}

example gen_library --journey --plan --out "$out/journey.ron" >/dev/null
example write_summary --lang "$lang" "$out/journey.ron" "$out/summary.html" "$out/summary.md"

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "summary_pdf: no Chromium found (apt-get install chromium)" >&2; exit 1; }

status=0
for paper in A4 Letter; do
  # The page's own stylesheet leaves the paper size to the printer; here it is chosen.
  sed "s|</head>|<style>@page { size: $paper; }</style>\n</head>|" "$out/summary.html" >"$out/summary-$paper.html"
  pdf="$out/summary-$paper.pdf"
  rm -f "$pdf"
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --run-all-compositor-stages-before-draw --print-to-pdf="$pdf" "file://$out/summary-$paper.html" \
    >"$out/chromium-$paper.log" 2>&1 || true
  [ -s "$pdf" ] || { echo "summary_pdf: Chromium wrote no PDF (see $out/chromium-$paper.log)" >&2; exit 1; }
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  size=$(pdfinfo "$pdf" | awk -F': *' '/^Page size:/ { print $2 }')
  echo "$paper: $pages pages ($size)"
  pdftoppm -png -r 70 -f 1 -l 3 "$pdf" "$out/page-$paper"
  first=$(pdftotext -f 1 -l 1 -layout "$pdf" -)
  ladders=$(awk -v p="## $ladder_prefix" 'index($0, p) == 1' "$out/summary.md" | wc -l)
  practised=$(grep -o -F "<strong>$(html_text "$tries_title").</strong>" "$out/summary.html" | wc -l)
  on_page_one=$(grep -o -F "$tries_title" <<<"$first" | wc -l)
  weeks_on_page_one=$(grep -o -F "$weeks_title" <<<"$first" | wc -l)
  predictions_on_page_one=$(grep -o -F "$predictions_title" <<<"$first" | wc -l)
  echo "$paper: page one has the charts of $on_page_one of $practised practised ladders ($ladders in the summary)"
  if [ "$on_page_one" -ne "$practised" ] || [ "$weeks_on_page_one" -ne "$practised" ] \
    || [ "$predictions_on_page_one" -ne "$practised" ]; then
    echo "summary_pdf: $paper: page one does not show every ladder's three charts" >&2
    status=1
  fi
  if awk -v p="$ladder_prefix" '{ sub(/^ */, "") } index($0, p) == 1 { found = 1 } END { exit !found }' <<<"$first"; then
    echo "summary_pdf: $paper: a ladder's details begin on page one" >&2
    status=1
  fi
  if [ "$pages" -gt "$max_pages" ]; then
    echo "summary_pdf: $paper: $pages pages, more than $max_pages" >&2
    status=1
  fi
done
echo "PNG of the first pages: $out/page-A4-1.png, $out/page-Letter-1.png"
exit $status

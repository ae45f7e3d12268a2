#!/usr/bin/env bash
# Build a large text PDF for the PDF-text benchmark by concatenating copies of the real 166-page
# text PDF Tests/Fixtures/real/documents/tx_rrc/guidance/RRC_District_08-8A_plugging_book.pdf and
# trimming to exactly PAGES pages (default 2,000: 12 whole copies + the first 8 pages).
#
#   scripts/bench/make_text_pdf.sh OUT.pdf [PAGES=2000]
#
# Uses qpdf when installed, otherwise poppler-utils (pdfseparate for the partial copy, pdfunite).
# Checks the page count with pdfinfo, then times `pdftotext OUT.pdf /dev/null` RUNS times
# (env RUNS, default 3; 0 skips) and prints each time and the median. SOURCE overrides the input.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

out=${1:?usage: make_text_pdf.sh OUT.pdf [PAGES=2000]}
pages=${2:-2000}
src=${SOURCE:-$root/Tests/Fixtures/real/documents/tx_rrc/guidance/RRC_District_08-8A_plugging_book.pdf}
runs=${RUNS:-3}
[[ $pages =~ ^[1-9][0-9]*$ ]] || { echo "PAGES must be a positive integer, got '$pages'" >&2; exit 2; }
[ -f "$src" ] || { echo "no source PDF at $src" >&2; exit 2; }
for tool in pdfinfo pdftotext; do
  command -v "$tool" >/dev/null || { echo "$tool not found (apt-get install poppler-utils)" >&2; exit 2; }
done

src_pages=$(pdfinfo "$src" | awk '/^Pages:/ {print $2}')
full=$((pages / src_pages))
rest=$((pages % src_pages))
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

start=$(date +%s.%N)
if command -v qpdf >/dev/null; then
  spec=()
  for ((i = 0; i < full; i++)); do spec+=("$src"); done
  [ "$rest" -gt 0 ] && spec+=("$src" "1-$rest")
  qpdf --empty --pages "${spec[@]}" -- "$tmp/out.pdf"
  tool=qpdf
elif command -v pdfunite >/dev/null && command -v pdfseparate >/dev/null; then
  inputs=()
  for ((i = 0; i < full; i++)); do inputs+=("$src"); done
  if [ "$rest" -gt 0 ]; then
    pdfseparate -f 1 -l "$rest" "$src" "$tmp/part-%04d.pdf"
    for ((p = 1; p <= rest; p++)); do inputs+=("$(printf '%s/part-%04d.pdf' "$tmp" "$p")"); done
  fi
  pdfunite "${inputs[@]}" "$tmp/out.pdf"
  tool=pdfunite
else
  echo "need qpdf or pdfunite + pdfseparate (apt-get install qpdf or poppler-utils)" >&2
  exit 2
fi
mv "$tmp/out.pdf" "$out"
end=$(date +%s.%N)

got=$(pdfinfo "$out" | awk '/^Pages:/ {print $2}')
if [ "$got" != "$pages" ]; then
  echo "$out has $got pages, expected $pages" >&2
  exit 1
fi
printf '%s: %s pages (%d x %s-page source + %d) via %s in %.2f s, %s bytes\n' \
  "$out" "$got" "$full" "$src_pages" "$rest" "$tool" "$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')" "$(stat -c %s "$out")"

if [ "$runs" -gt 0 ]; then
  times=()
  for ((i = 1; i <= runs; i++)); do
    t=$( { /usr/bin/time -f %e pdftotext "$out" /dev/null; } 2>&1 | tail -n 1)
    times+=("$t")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
  echo "pdftotext $out /dev/null: ${times[*]} s; median of $runs: $median s ($(awk -v p="$pages" -v m="$median" 'BEGIN {if (m > 0) printf "%.0f", p / m; else print "n/a"}') pages/s)"
fi

#!/usr/bin/env bash
# Benchmark: document and registry intake (release build; not part of make test or CI).
#  - PDF text: pushback-bench pdf-text on a 2,000-page text PDF (12 copies of the real RRC
#    plugging book, scripts/bench/make_text_pdf.sh) next to pdftotext and pdftotext -bbox on the
#    same file (medians of 3).
#  - Registry: pushback-bench registry on 3,000,000 rows in the CalGEM AllWells layout made from
#    the synthetic generator's wells (scripts/bench/make_allwells.py; needs NumPy).
# Data is made under $BENCH_DATA (default /tmp) when missing. Figures: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${BENCH_DATA:-/tmp}
bench=.build/release/pushback-bench

[ -f "$data/bench-2000.pdf" ] || RUNS=0 scripts/bench/make_text_pdf.sh "$data/bench-2000.pdf" 2000
[ -f "$data/bench-allwells-3m.csv" ] || python3 scripts/bench/make_allwells.py "$data/bench-allwells-3m.csv"

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() {
  local t=() out; out=$(mktemp)
  for _ in 1 2 3; do /usr/bin/time -f %e -o "$out" "$@" >/dev/null 2>&1; t+=("$(tail -1 "$out")"); done
  rm -f "$out"; median "${t[@]}"
}

echo "PDF text, 2,000 pages ($(nproc) cores):"
"$bench" pdf-text "$data/bench-2000.pdf" 3
echo "{\"task\":\"pdf-text\",\"peer\":\"pdftotext\",\"seconds\":$(timed pdftotext "$data/bench-2000.pdf" /dev/null)}"
echo "{\"task\":\"pdf-text\",\"peer\":\"pdftotext -bbox\",\"seconds\":$(timed pdftotext -bbox "$data/bench-2000.pdf" /dev/null)}"

echo "Registry intake, 3,000,000 AllWells rows:"
"$bench" registry "$data/bench-allwells-3m.csv" mappings 3

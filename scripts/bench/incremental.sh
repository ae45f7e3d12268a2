#!/usr/bin/env bash
# Benchmark: incremental sweeps on a 10,000-document inbox (release binary, one run each):
#  1. first sweep (everything read),  2. the same again (nothing changed: a no-op),
#  3. the next as-of date (registries re-read, rules re-evaluated, filings from the cache),
#  4. --force (everything read again).
# The inbox: the two sample registries and 9,998 filings, copies of the 16 real RRC text
# exports in Tests/Fixtures, each made distinct by one appended line (identical bytes would
# only be hashed). Figures: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v /usr/bin/time >/dev/null || { echo "GNU time is needed (apt-get install time)" >&2; exit 2; }

binary=.build/release/pushback
work=${BENCH_DATA:-/tmp}/pushback-incremental
rm -rf "$work" && mkdir -p "$work/inbox/filings"
cp samples/inbox/*.csv "$work/inbox/"
exports=(Tests/Fixtures/real/documents/tx_rrc_text/*.md)
for i in $(seq 1 9998); do
  source=${exports[$(( i % ${#exports[@]} ))]}
  { cat "$source"; printf '\n<!-- copy %05d -->\n' "$i"; } > "$work/inbox/filings/$(printf '%05d' "$i")-$(basename "$source")"
done
echo "inbox: $(find "$work/inbox" -type f | wc -l) documents, $(du -sh "$work/inbox" | cut -f1)"

sweep() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$binary" sweep --inbox "$work/inbox" --db "$work/db/pushback.sqlite" \
    --out "$work/out" "$@" > "$work/stdout" || true
  read -r wall kb < "$work/time"
  echo "{\"task\":\"incremental\",\"step\":\"$label\",\"seconds\":$wall,\"peak_rss_mib\":$(( kb / 1024 )),\"said\":\"$(sed -n 2p "$work/stdout" | cut -c1-60)\"}"
}
sweep "first sweep" --as-of 2026-11-28
sweep "nothing changed, same as-of" --as-of 2026-11-28
sweep "next as-of date" --as-of 2026-11-29
sweep "--force" --as-of 2026-11-29 --force

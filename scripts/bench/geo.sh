#!/usr/bin/env bash
# Geospatial benchmark, Pushback beside its peers on the same synthetic national dataset
# (../shared/bench/gen_synthetic.py, seed 20240611):
#   proximity join at 975.36 m (3,200 ft), exact WGS84 — small (300,000 × 30,000) and big
#   (3,000,000 × 130,000); point-in-polygon of the big set's wells over its 2,000 municipalities.
# Pushback: the release `pushback-bench`. Peers: scripts/bench/peers.py (scipy, NumPy, shapely +
# pyproj, and with PEERS_POSTGIS=1 PostGIS on a throwaway loopback server that is stopped after).
# Results: JSON lines in $OUT/results.jsonl and a table on stdout. Not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/../.."

generator=${PUSHBACK_GENERATOR:-../shared/bench/gen_synthetic.py}
data=${PUSHBACK_BENCH_DATA:-/tmp/pushback-bench}
out=${OUT:-$data}
repeat=${REPEAT:-3}
mkdir -p "$data" "$out"
results=$out/results.jsonl
: > "$results"

for size in small big; do
  if [ ! -f "$data/$size/wells.csv" ]; then
    [ -f "$generator" ] || { echo "no generator at $generator (set PUSHBACK_GENERATOR)" >&2; exit 2; }
    python3 -c "import numpy" 2>/dev/null || python3 -m pip install -q numpy
    args=(); [ "$size" = small ] && args=(--wells 300000 --schools 30000)
    echo "generating the $size set in $data/$size" >&2
    python3 "$generator" "$data/$size" "${args[@]}" >&2
  fi
done

swift build -c release --product pushback-bench >&2
bench=.build/release/pushback-bench
for size in small big; do
  "$bench" join "$data/$size" 975.36 "$repeat" | sed "s/^{/{\"set\":\"$size\",/" | tee -a "$results"
done
"$bench" pip "$data/big" "$repeat" | sed 's/^{/{"set":"big",/' | tee -a "$results"

if [ "${PEERS:-1}" = 1 ]; then
  python3 -m pip install -q -r scripts/bench/requirements-peers.txt >&2
  postgis=()
  if [ "${PEERS_POSTGIS:-0}" = 1 ]; then
    pgdir=$(mktemp -d)
    trap 'scripts/bench/postgis.sh stop "$pgdir" >&2 || true' EXIT
    dsn=$(scripts/bench/postgis.sh start "$pgdir")
    postgis=(--postgis "$dsn")
  fi
  for size in small big; do
    python3 scripts/bench/peers.py "$data/$size" --repeat "$repeat" "${postgis[@]}" | sed "s/^{/{\"set\":\"$size\",/" | tee -a "$results"
  done
fi

python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
ours = {(r["set"], r["task"]): r["seconds"] for r in rows if r["peer"].startswith("pushback")}
print(f'\n{"set":5} {"task":5} {"peer":42} {"seconds":>8} {"count":>9} {"vs pushback":>11}')
for r in rows:
    count = r.get("pairs", r.get("inside", ""))
    base = ours.get((r["set"], r["task"]))
    ratio = f'{r["seconds"] / base:.2f}x' if base and r["seconds"] else ""
    print(f'{r["set"]:5} {r["task"]:5} {r["peer"][:42]:42} {r["seconds"]:8.3f} {count:>9} {ratio:>11}')
PY

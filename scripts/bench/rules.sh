#!/usr/bin/env bash
# Rule-stage benchmark: every rule pack of the repository's bundle over the synthetic national
# dataset (../shared/bench/gen_synthetic.py, seed 20240611; 3,000,000 wells × 130,000 schools),
# each well given a status, dates and an API number derived from its row number
# (Sources/pushback-bench/RuleStageBench.swift), beside the proximity join alone.
# Results: a JSON line in $OUT/rules.jsonl and a per-rule table on stdout. Not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/../.."

generator=${PUSHBACK_GENERATOR:-../shared/bench/gen_synthetic.py}
data=${PUSHBACK_BENCH_DATA:-/tmp/pushback-bench}
out=${OUT:-$data}
repeat=${REPEAT:-3}
mkdir -p "$data" "$out"
if [ ! -f "$data/big/wells.csv" ]; then
  [ -f "$generator" ] || { echo "no generator at $generator (set PUSHBACK_GENERATOR)" >&2; exit 2; }
  python3 -c "import numpy" 2>/dev/null || python3 -m pip install -q numpy
  python3 "$generator" "$data/big" >&2
fi
swift build -c release --product pushback-bench >&2
.build/release/pushback-bench rules "$data/big" . "$repeat" | tee "$out/rules.jsonl" | python3 -c '
import json, sys
d = json.loads(sys.stdin.read())
print("{:,} wells, {} rules in force, {} threads".format(d["wells"], d["rules_in_force"], d["threads"]))
print("proximity join alone      {:8.2f} s".format(d["join_seconds"]))
print("placing wells (once)      {:8.2f} s".format(d["placement_seconds"]))
print("rule stage (incl. placing){:8.2f} s  = {:,.0f} rule evaluations/s".format(d["rule_stage_seconds"], d["rule_evaluations_per_second"]))
for rule, seconds in sorted(d["per_rule_seconds"].items(), key=lambda kv: -kv[1]):
    print("  {:40s} {:7.2f} s  {:>9,} findings".format(rule, seconds, d["findings_per_rule"][rule]))
'

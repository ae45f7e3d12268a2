#!/usr/bin/env bash
# Filing-bundle benchmark: build + validate + package 10,000 findings and 1,000 sundry notices
# (synthetic, Sources/pushback-bench/PackagingBench.swift), then the validation of the largest
# part (the findings report) beside `xmllint --schema` and `xmllint --stream --schema` on the
# same file. Results: a JSON line in $OUT/packaging.jsonl and a summary on stdout.
# Not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=${OUT:-/tmp/pushback-bench}
repeat=${REPEAT:-3}
mkdir -p "$out"
command -v xmllint >/dev/null || { echo "xmllint is needed (Debian package libxml2-utils)" >&2; exit 2; }
swift build -c release --product pushback-bench >&2
.build/release/pushback-bench packaging schemas/2026/pushback-filing-2026.xsd 10000 1000 "$repeat" | tee "$out/packaging.jsonl" | python3 -c '
import json, sys
d = json.loads(sys.stdin.read())
print("{:,} forms, {:,} findings: {:,} parts, {:,} bytes zipped".format(d["forms"], d["findings"], d["parts"], d["package_bytes"]))
print("build + validate + package   {:7.2f} s".format(d["build_validate_package_seconds"]))
print("findings report ({:,} bytes): parse + validate".format(d["findings_report_bytes"]))
print("  pushback (libxml2, schema compiled once) {:6.3f} s".format(d["pushback_validate_seconds"]))
print("  xmllint --schema                        {:6.3f} s  (its schema compile alone: {:.3f} s)".format(d["xmllint_schema_seconds"], d["xmllint_schema_compile_seconds"]))
print("  xmllint --stream --schema               {:6.3f} s".format(d["xmllint_stream_seconds"]))
print("  ratio pushback / xmllint --schema       {:6.2f}  (target <= 1.5)".format(d["ratio_to_xmllint"]))
'

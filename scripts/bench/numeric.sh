#!/usr/bin/env bash
# Benchmark: the production trend fits (issue 9), release build; not part of make test or CI.
# pushback-bench trend-fits times, on 20,000 synthetic wells × 120 months (2,160,000 windows of
# 12 months), the batched LAPACK path PRODUCTION-TREND-BREAK uses (one dgels per 4,096 windows,
# and one for all of them) against a per-window Swift loop and one LAPACK call per window, and
# checks that they agree. Medians of 3. Figures: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "Trend fits ($(nproc) cores, OpenBLAS threads ${OPENBLAS_NUM_THREADS:-default}):"
.build/release/pushback-bench trend-fits "${WELLS:-20000}" "${MONTHS:-120}" "${REPEAT:-3}"

#!/usr/bin/env bash
# Benchmark: the whole CalGEM orphan/idle list (5,295 rows) against every CDE school site in
# ../shared/data/real, through the release binary, end to end (bundle load, hashing, intake,
# evaluation, SQLite, three reports). Prints median wall time and peak memory of 5 runs.
# Needs ../shared/data/real (not in the repository); `make bench` runs it after a release build.
set -euo pipefail
cd "$(dirname "$0")/../.."

real=${PUSHBACK_REAL_DATA:-../shared/data/real}
[ -d "$real" ] || { echo "no real data at $real (set PUSHBACK_REAL_DATA)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "installing GNU time" >&2; sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get install -y -q time; }

binary=.build/release/pushback
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/inbox"
cp "$real/wells/ca_calgem_orphan_well_screening_prioritization.csv" "$work/inbox/"
cp "$real/schools/ca_cde_public_schools_2017.except-los-angeles.csv" "$work/inbox/"

runs=5
walls=(); rss=()
for i in $(seq 1 $runs); do
  rm -rf "$work/out" "$work/db.sqlite"*
  /usr/bin/time -f "%e %M" -o "$work/time" "$binary" sweep --inbox "$work/inbox" --db "$work/db.sqlite" \
    --out "$work/out" --as-of 2026-11-28 > "$work/stdout"
  read -r wall kb < "$work/time"
  walls+=("$wall"); rss+=("$kb")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "sweep, whole orphan list × all CDE schools (release, $runs runs, $(nproc) cores)"
grep -E "^(Read|Findings)" "$work/stdout"
echo "wall seconds: ${walls[*]} → median $(median "${walls[@]}")"
echo "peak RSS KiB: ${rss[*]} → median $(median "${rss[@]}")"

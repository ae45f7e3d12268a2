#!/usr/bin/env python3
"""Write a benchmark well file in the CalGEM AllWells layout from the synthetic generator's wells.

Usage:
    python3 scripts/bench/make_allwells.py OUT.csv [--rows 3000000] [--seed 20240611]
                                                   [--wells PATH/wells.csv]

One AllWells row per synthetic well (`well_id,lat,lon`, ../shared/bench/gen_synthetic.py), in
the wells file's order, so data row i is synthetic well i:
  * latitude/longitude: the synthetic well's, with 8 decimals;
  * api: a unique 10-digit API number 04-CCC-NNNNN. CCC are California county codes taken from
    scripts/data/api_county_codes.csv (the excerpt's 037 and 237 first, then onshore counties,
    then the offshore codes), as many as the row count needs with ~85 % of each county's
    99,999 sequence numbers used; the APIs ascend through the file like the real export, with
    seeded random gaps. county_name is the code's county;
  * every other column is drawn (seeded) from the values in the real 300-row excerpt
    Tests/Fixtures/real/ca_allwells_format_excerpt_300.csv, keeping the columns that belong
    together as one draw: (well_status, well_type, well_symbol), (operator_co, operator_na),
    (field_name, area_name, district), (section, township, range, base_meridi); lease_name,
    well_number, gis_source, is_confiden, is_directio and spud_date (blanks included) are each
    drawn on their own, with the excerpt's frequencies.
RFC 4180 quoting where needed (fields holding a comma or quote), LF line ends like the excerpt.
Byte-identical output for the same wells file, --rows and --seed.

Without --wells it uses /tmp/synth-big/wells.csv, running the generator (its defaults: 3,000,000
wells, seed 20240611) into /tmp/synth-big first when that file is missing. The generator is
$PUSHBACK_GENERATOR or ../shared/bench/gen_synthetic.py beside the repository.

Python 3 + NumPy.
"""
from __future__ import annotations

import argparse
import csv
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent.parent
EXCERPT = ROOT / "Tests" / "Fixtures" / "real" / "ca_allwells_format_excerpt_300.csv"
COUNTY_CODES = ROOT / "scripts" / "data" / "api_county_codes.csv"
DEFAULT_WELLS_DIR = Path("/tmp/synth-big")
HEADER = ("api,lease_name,well_number,well_status,well_type,operator_co,operator_na,field_name,"
          "area_name,district,county_name,section,township,range,base_meridi,latitude,longitude,"
          "gis_source,is_confiden,is_directio,spud_date,well_symbol").split(",")
SEQ_PER_COUNTY = 99_999  # sequence numbers 00001..99999
FILL = 0.85              # share of a county's sequence numbers used
CHUNK = 200_000


def q(value: str) -> str:
    """RFC 4180 minimal quoting."""
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def load_excerpt() -> list[dict[str, str]]:
    with EXCERPT.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != HEADER:
            sys.exit(f"{EXCERPT}: unexpected header {reader.fieldnames}")
        rows = list(reader)
    if not rows:
        sys.exit(f"{EXCERPT}: no rows")
    return rows


def county_codes(excerpt: list[dict[str, str]]) -> list[tuple[str, str]]:
    """California (code, county) pairs: the excerpt's codes first, then onshore, then the rest."""
    table = {}
    with COUNTY_CODES.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["state_code"] == "04":
                table.setdefault(row["county_code"], row["county"])
    seen = sorted({r["api"][2:5] for r in excerpt})
    order = [c for c in seen if c in table]
    order += [c for c in table if c not in order and int(c) < 116]
    order += [c for c in table if c not in order]
    return [(c, table[c]) for c in order]


def ensure_wells(path: str | None) -> Path:
    if path:
        return Path(path)
    wells = DEFAULT_WELLS_DIR / "wells.csv"
    if not wells.is_file():
        gen = Path(os.environ.get("PUSHBACK_GENERATOR", ROOT.parent / "shared" / "bench" / "gen_synthetic.py"))
        if not gen.is_file():
            sys.exit(f"no generator at {gen} (set PUSHBACK_GENERATOR or pass --wells)")
        print(f"generating the synthetic set in {DEFAULT_WELLS_DIR}", file=sys.stderr)
        subprocess.run([sys.executable, str(gen), str(DEFAULT_WELLS_DIR)], check=True)
    return wells


def read_wells(path: Path, rows: int) -> tuple[np.ndarray, np.ndarray]:
    with path.open("rb") as fh:
        header = fh.readline().strip()
        if header != b"well_id,lat,lon":
            sys.exit(f"{path}: expected header well_id,lat,lon, got {header!r}")
        data = np.loadtxt(fh, delimiter=",", usecols=(1, 2), dtype=np.float64,
                          max_rows=rows, ndmin=2)
    if len(data) < rows:
        sys.exit(f"{path}: {len(data)} wells, fewer than --rows {rows}")
    return data[:, 0], data[:, 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--rows", type=int, default=3_000_000)
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument("--wells", help="synthetic wells.csv (default /tmp/synth-big/wells.csv)")
    args = ap.parse_args()
    n = args.rows
    if n < 1:
        sys.exit("--rows must be positive")
    t0 = time.perf_counter()

    excerpt = load_excerpt()
    codes = county_codes(excerpt)
    ncodes = min(len(codes), max(1, math.ceil(n / (SEQ_PER_COUNTY * FILL))))
    space = ncodes * SEQ_PER_COUNTY
    if n > space:
        sys.exit(f"--rows {n} exceeds the {space} API numbers of {len(codes)} California county codes")

    lat, lon = read_wells(ensure_wells(args.wells), n)
    t_read = time.perf_counter()

    rng = np.random.default_rng(args.seed)
    # Unique APIs, ascending through the file: n distinct sorted keys out of the code space.
    keys = np.sort(rng.choice(space, size=n, replace=False))
    # Codes in numeric order so that the APIs ascend; keys map to codes by block.
    used = sorted(codes[:ncodes], key=lambda c: int(c[0]))
    cidx = keys // SEQ_PER_COUNTY
    seq = keys % SEQ_PER_COUNTY + 1
    api_prefix = ["04" + c for c, _ in used]
    county_name = [q(name) for _, name in used]

    def col(*names: str) -> list[str]:
        return [",".join(q(r[k]) for k in names) for r in excerpt]

    def draw() -> np.ndarray:
        return rng.integers(0, len(excerpt), size=n, dtype=np.int32)

    lease, wellno = col("lease_name"), col("well_number")
    status = col("well_status", "well_type")
    symbol = col("well_symbol")
    operator = col("operator_co", "operator_na")
    field = col("field_name", "area_name", "district")
    plss = col("section", "township", "range", "base_meridi")
    gis, conf, direc, spud = col("gis_source"), col("is_confiden"), col("is_directio"), col("spud_date")
    d_lease, d_wellno, d_status, d_operator, d_field, d_plss = (draw() for _ in range(6))
    d_gis, d_conf, d_direc, d_spud = (draw() for _ in range(4))

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(HEADER) + "\n")
        for a in range(0, n, CHUNK):
            b = min(n, a + CHUNK)
            s = slice(a, b)
            st = d_status[s].tolist()
            parts = zip(
                cidx[s].tolist(), seq[s].tolist(),
                d_lease[s].tolist(), d_wellno[s].tolist(), st,
                d_operator[s].tolist(), d_field[s].tolist(), d_plss[s].tolist(),
                lat[s].tolist(), lon[s].tolist(),
                d_gis[s].tolist(), d_conf[s].tolist(), d_direc[s].tolist(), d_spud[s].tolist(), st,
            )
            fh.write("".join([
                f"{api_prefix[c]}{sq:05d},{lease[le]},{wellno[wn]},{status[si]},{operator[op]},"
                f"{field[fi]},{county_name[c]},{plss[pl]},{la:.8f},{lo:.8f},"
                f"{gis[gi]},{conf[co]},{direc[di]},{spud[sp]},{symbol[sy]}\n"
                for c, sq, le, wn, si, op, fi, pl, la, lo, gi, co, di, sp, sy in parts
            ]))
    t_end = time.perf_counter()
    print(f"wrote {out}: {n} rows, {out.stat().st_size} bytes, county codes "
          f"{used[0][0]}..{used[-1][0]} ({ncodes}); read {t_read - t0:.1f} s, "
          f"total {t_end - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()

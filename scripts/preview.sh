#!/usr/bin/env bash
# Render a report workbook to PNG pages so a person can look at it the way a
# reader of the printed LKjIP would (issue 6, item 5).
#
#   scripts/preview.sh                 # output/LKjIP-contoh.xlsx (run `npm run demo` first)
#   scripts/preview.sh some/file.xlsx  # any workbook
#
# Output: output/preview/<name>.pdf and output/preview/<name>-<page>.png
# Needs LibreOffice Calc and pdftoppm; installs nothing by itself.
# Debian/Ubuntu: apt-get install -y libreoffice-calc poppler-utils fonts-crosextra-carlito
# (Carlito has Calibri's metrics, so wrapped text breaks where Excel breaks it.)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="${1:-$root/output/LKjIP-contoh.xlsx}"
outdir="${PREVIEW_DIR:-$root/output/preview}"
dpi="${PREVIEW_DPI:-60}"

missing=()
office=""
for candidate in libreoffice soffice; do
  if command -v "$candidate" >/dev/null 2>&1; then office="$candidate"; break; fi
done
[ -n "$office" ] || missing+=("libreoffice (Debian package: libreoffice-calc)")
command -v pdftoppm >/dev/null 2>&1 || missing+=("pdftoppm (Debian package: poppler-utils)")
if [ "${#missing[@]}" -gt 0 ]; then
  echo "preview: alat tidak ditemukan / missing tools:" >&2
  for m in "${missing[@]}"; do echo "  - $m" >&2; done
  echo "Install: sudo apt-get install -y libreoffice-calc poppler-utils" >&2
  exit 2
fi

if [ ! -f "$input" ]; then
  echo "preview: file not found: $input" >&2
  [ "$#" -eq 0 ] && echo "Run 'npm run demo' first to write the example report." >&2
  exit 1
fi

mkdir -p "$outdir"
name="$(basename "${input%.*}")"
rm -f "$outdir/$name".pdf "$outdir/$name"-*.png

# Reports use Calibri; without it (or its metric twin Carlito) LibreOffice
# substitutes a wider font and wrapped text looks cut where Excel shows it whole.
if command -v fc-match >/dev/null 2>&1 && ! fc-match Calibri | grep -qiE "carlito|calibri"; then
  echo "preview: warning: no Calibri-compatible font; install Debian package fonts-crosextra-carlito" >&2
fi

# A private profile keeps headless LibreOffice from clashing with a running
# instance or a locked user profile; its locale is Indonesian (PREVIEW_LOCALE)
# so numbers show as an Indonesian reader's Excel shows them: 9.865.481.222 and 74,90.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/user"
cat >"$profile/user/registrymodifications.xcu" <<XCU
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${PREVIEW_LOCALE:-id-ID}</value></prop></item>
</oor:items>
XCU
"$office" -env:UserInstallation="file://$profile" --headless \
  --convert-to pdf --outdir "$outdir" "$input" >/dev/null 2>&1 || true
pdf="$outdir/$name.pdf"
if [ ! -s "$pdf" ]; then
  echo "preview: LibreOffice did not write $pdf" >&2
  exit 1
fi

pdftoppm -png -r "$dpi" "$pdf" "$outdir/$name"
pages=$(ls "$outdir/$name"-*.png | wc -l)
echo "preview: $pages page(s) in $outdir ($name.pdf, $name-*.png)"

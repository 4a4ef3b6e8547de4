#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# render-icons.sh — renders resources/icons/carteiro.svg into the hicolor PNG
# sizes the package installs (resources/icons/hicolor/carteiro-<size>.png).
# The PNGs are kept in git, so building needs no renderer: run this after
# changing the SVG, and commit the result. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: apt-get install librsvg2-bin" >&2; exit 1; }
mkdir -p resources/icons/hicolor
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" resources/icons/carteiro.svg -o "resources/icons/hicolor/carteiro-$size.png"
done
echo "resources/icons/hicolor: $(ls resources/icons/hicolor | wc -l) icons"

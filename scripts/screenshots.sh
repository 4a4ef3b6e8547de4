#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# screenshots.sh — what users see, on the screens they have, in every language.
#
# Builds carteiro and carteiro_screenshots, then for each screen size
# (1366x768, a school laptop; 1280x720, a projector; and 1920x1080) and each language (gl, es, en):
# the whole window on ana-fran, shot from an Xvfb screen of that size after it
# has played a few seconds, and the window's parts (console, mail clients,
# composer, message inspector) drawn by carteiro_screenshots. Look at every
# PNG: nothing clipped, nothing in the wrong language. Not part of the test
# suite. Needs xvfb and imagemagick (apt-get install xvfb imagemagick).
#
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (default: /tmp/carteiro-screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/carteiro-screenshots}
cmake --build build --target carteiro carteiro_screenshots
mkdir -p "$out"
export XDG_CONFIG_HOME=$(mktemp -d) # no saved layout or language from this machine
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
for size in 1366x768 1280x720 1920x1080; do
    for lang in gl es en; do
        dir="$out/$size/$lang"
        mkdir -p "$dir"
        xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
            build/app/carteiro --lang "$1" --ephemeral-ports & pid=$!
            sleep 8
            import -window root "$2/window.png"
            kill $pid; wait $pid 2>/dev/null || true
            build/tests/carteiro_screenshots "$2" "$1" >/dev/null' _ "$lang" "$dir"
        echo "$dir: $(ls "$dir" | wc -l) images"
    done
done

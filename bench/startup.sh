#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# startup.sh — how long from launching carteiro to its window shown.
#
# Launches the real executable (offscreen), which quits right after its
# window is first shown (CARTEIRO_QUIT_AFTER_SHOW), N times; prints the median
# wall time of the whole process and, as the anchor measured in the same run,
# the median of `carteiro --version` (process start and exit, no window).
# Target: under 1 s. A benchmark, not a test.
set -euo pipefail
bin=${1:-${CARTEIRO_BIN:-build/app/carteiro}}
runs=${BENCH_STARTUP_RUNS:-15}
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wall_ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }

window=(); version=()
for ((i = 0; i < runs; i++)); do
    window+=("$(CARTEIRO_QUIT_AFTER_SHOW=1 wall_ms "$bin" --ephemeral-ports)")
    version+=("$(wall_ms "$bin" --version)")
done
w=$(printf '%s\n' "${window[@]}" | median)
v=$(printf '%s\n' "${version[@]}" | median)
inner=$(CARTEIRO_QUIT_AFTER_SHOW=1 "$bin" --ephemeral-ports 2>/dev/null | sed -n 's/shown after \([0-9]*\) ms/\1/p')
echo "startup: launch to window shown and closed: median ${w} ms over ${runs} runs (target < 1000 ms)"
echo "         of which main() to shown: ${inner} ms (one run)"
echo "anchor:  carteiro --version: median ${v} ms; ratio window/anchor $(awk "BEGIN {printf \"%.1f\", $w / ($v > 0 ? $v : 1)}")"

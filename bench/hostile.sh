#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# hostile.sh — peak memory of carteiro --serve under hostile clients.
#
# Megabyte lines, oversized DATA, slow readers, slow loris, error floods and
# thousands of connections, while a well-behaved client keeps being served;
# prints the idle VmRSS, each phase's peak, the run's VmHWM and its ratio to
# the idle figure (bench/hostile.py says more). A benchmark, not a test.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-${CARTEIRO_BIN:-build/app/carteiro}}
export XDG_CONFIG_HOME=${XDG_CONFIG_HOME:-$(mktemp -d)}
exec /usr/bin/python3 "$here/hostile.py" "$bin"

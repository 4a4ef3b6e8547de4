#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# memory.sh — resident memory of carteiro --serve holding a term of mail:
# 20,000 messages of 5 KB delivered with persistence on, read back, and a
# restart (bench/memory.py says more). A benchmark, not a test.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-${CARTEIRO_BIN:-build/app/carteiro}}
exec /usr/bin/python3 "$here/memory.py" "$bin"

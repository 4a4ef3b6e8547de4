#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# update-golden.sh — regenerate the golden files in tests/golden on purpose.
#
# Run it after a change that alters what users see (a transcript line, a
# caption, an error message), then read `git diff tests/golden`: that diff
# is exactly what a student or teacher will see differently. Arguments are
# passed on (e.g. `--only ana-fran` or `check`).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target carteiro
/usr/bin/python3 tests/golden/golden.py build/app/carteiro . "${@:-all}" --update
git --no-pager diff --stat -- tests/golden

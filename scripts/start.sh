#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# start.sh — set up, build and open Carteiro on the course's Ana→Fran scenario.
# Extra arguments go to carteiro (e.g. --lang es, or --headless).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
exec build/app/carteiro --scenario ana-fran "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test.sh — set up, build and run the whole test suite through ctest.
#
# Then the same suite again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer in ./build-asan (CARTEIRO_SANITIZE, Debug): a
# memory error, a leak of ours or undefined behaviour fails the test that
# hit it. CARTEIRO_TEST_SANITIZE=0 skips that second pass (docs/testing.md
# says what each pass costs). Arguments are passed to both ctest runs. Tests
# labelled `browser` (headless Chromium), `package` (the .deb, through
# cpack, lintian and dpkg), `pdf` (handouts read by poppler-utils), `realserver`
# (a private Postfix and Dovecot, the real ss and netstat) and `tshark`
# (captures read by tshark) run in the first pass only: outside programs
# gain nothing from our sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} # as bootstrap.sh: clones share the cache
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"

if [[ ${CARTEIRO_TEST_SANITIZE:-1} != 0 ]]; then
    echo "Carteiro: the suite again under ASan + UBSan (build-asan)"
    if [[ ! -f build-asan/CMakeCache.txt ]]; then
        cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCARTEIRO_SANITIZE=ON
    fi
    cmake --build build-asan -j"$(nproc)"
    ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -LE 'browser|package|pdf|realserver|tshark' "$@"
fi

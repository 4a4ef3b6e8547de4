#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of the tree is not formatted as .clang-format says,
# naming each file and the first lines clang-format would change.
# Usage: check-format.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
clang_format=$1; cd "$2"
mapfile -t files < <(git ls-files 'core/*.cpp' 'core/*.h' 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' \
                                  'bench/*.cpp' 'fuzz/*.cpp' 'fuzz/*.h' | grep -v '^tests/layering/fixture/')
status=0
for f in "${files[@]}"; do
    if ! diff -q "$f" <("$clang_format" --style=file "$f") >/dev/null; then
        echo "$f is not formatted (clang-format -i $f):"
        diff "$f" <("$clang_format" --style=file "$f") | head -8 | sed 's/^/  /'
        status=1
    fi
done
echo "${#files[@]} files checked"
exit $status

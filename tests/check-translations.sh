#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string has no finished translation in gl, es or en:
# runs lupdate over the sources into copies of the .ts files and counts the
# entries still marked unfinished (a new tr() string appears there as one).
set -euo pipefail
lupdate=$1; source_dir=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mapfile -t sources < <(find "$source_dir/core" "$source_dir/app" -name '*.cpp' -o -name '*.h' | sort)
status=0
for lang in gl es en; do
    cp "$source_dir/translations/carteiro_$lang.ts" "$work/"
    "$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$work/carteiro_$lang.ts" >/dev/null
    count=$(grep -c 'type="unfinished"' "$work/carteiro_$lang.ts" || true)
    if [[ $count -ne 0 ]]; then
        echo "carteiro_$lang.ts: $count unfinished translation(s):"
        grep -B4 'type="unfinished"' "$work/carteiro_$lang.ts" | grep '<source>' | sed 's/^ */  /'
        status=1
    else
        echo "carteiro_$lang.ts: complete"
    fi
done
exit $status

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test-package.sh — the Debian package, end to end (ctest label `package`):
# cpack -G DEB from the build; lintian (an E: fails, and every W: must be
# explained in docs/packaging.md); dpkg -i; the installed /usr/bin/carteiro
# run from / (--version, --headless, a scenario file and a saved world given
# alone); the MIME types as xdg-mime sees them once dpkg's triggers ran;
# dpkg -r, and every file of the package gone.
#
# usage: test-package.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
# Needs root (dpkg -i): otherwise it exits with 77, which ctest reports as
# skipped. It refuses to run over a carteiro package installed before it.
set -euo pipefail
build=$1 source=$2 version=$3 app_id=$4

if [[ $(id -u) -ne 0 ]]; then
    echo "SKIP: installing the package (dpkg -i) needs root; run ctest -L package as root"
    exit 77
fi
for tool in cpack:cmake lintian:lintian appstreamcli:appstream dpkg-deb:dpkg xdg-mime:xdg-utils mimetype:libfile-mimeinfo-perl \
            update-mime-database:shared-mime-info update-desktop-database:desktop-file-utils; do
    if ! command -v "${tool%%:*}" >/dev/null; then
        echo "FAIL: ${tool%%:*} not found: apt-get install -y ${tool##*:} (scripts/bootstrap.sh installs it)"
        exit 1
    fi
done
if dpkg-query -W -f='${Status}' carteiro 2>/dev/null | grep -q "ok installed"; then
    echo "FAIL: a carteiro package is installed already ($(dpkg-query -W -f='${Version}' carteiro));"
    echo "this test installs and removes its own: remove that one first (dpkg -r carteiro)"
    exit 1
fi

work=$(mktemp -d /tmp/carteiro-package.XXXXXX)
installed=0
cleanup() {
    if ((installed)); then dpkg -r carteiro >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

echo "== cpack -G DEB"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb=$work/out/carteiro_${version}_$(dpkg --print-architecture).deb
[[ -f $deb ]] || { ls "$work/out"; fail "no $(basename "$deb")"; }
dpkg-deb -I "$deb"

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
cat "$work/contents"
for f in /usr/bin/carteiro /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
         /usr/share/mime/packages/carteiro.xml /usr/share/icons/hicolor/scalable/apps/carteiro.svg \
         /usr/share/icons/hicolor/48x48/apps/carteiro.png /usr/share/icons/hicolor/256x256/apps/carteiro.png \
         /usr/share/man/man1/carteiro.1.gz /usr/share/man/gl/man1/carteiro.1.gz \
         /usr/share/doc/carteiro/copyright /usr/share/doc/carteiro/changelog.gz; do
    grep -qx "$f" "$work/contents" || fail "$f is not in the package"
done
if grep -E '/(tst_|fuzz_|bench)|/lib/|\.a$|/include/' "$work/contents"; then
    fail "the package carries tests, fuzzers, benchmarks or libraries (above)"
fi
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
[[ $depends == *libqt6widgets6* && $depends == *libc6* ]] \
    || fail "Depends was not computed from the executable (no libqt6widgets6, libc6)"
dpkg-deb -x "$deb" "$work/root"
if readelf -S "$work/root/usr/bin/carteiro" | grep -q '\.debug_info\|\.symtab'; then
    fail "/usr/bin/carteiro is not stripped"
fi

# The metainfo as installed, beside its desktop entry and icon.
appstreamcli validate-tree --no-net "$work/root" || fail "appstreamcli validate-tree rejects the package's files"

echo "== lintian"
lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
cat "$work/lintian.log"
if grep -q '^E: ' "$work/lintian.log"; then fail "lintian reports errors"; fi
# Each warning has its reason in docs/packaging.md.
for tag in $(grep '^W: ' "$work/lintian.log" | awk '{print $3}' | sort -u); do
    grep -q "\`$tag\`" "$source/docs/packaging.md" \
        || fail "lintian warning $tag is not explained in docs/packaging.md"
done

echo "== dpkg -i"
installed=1
dpkg -i "$deb" || fail "dpkg -i failed"

# From /, with a home of its own and nothing of the build on the path.
cd /
run() { env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
mkdir -p "$work/home"
out=$(run carteiro --version) || fail "carteiro --version exited with $?"
[[ $out == "carteiro $version" ]] || fail "carteiro --version printed '$out', not 'carteiro $version'"
echo "$out"
[[ $(command -v carteiro) == /usr/bin/carteiro ]] || fail "carteiro on the path is $(command -v carteiro)"
run carteiro --headless --scenario ana-fran --lang en >"$work/headless.txt" 2>&1 \
    || { cat "$work/headless.txt"; fail "carteiro --headless --scenario ana-fran failed"; }
grep -q '^.*C: QUIT' "$work/headless.txt" && grep -q '+OK' "$work/headless.txt" \
    || { cat "$work/headless.txt"; fail "the ana-fran transcript has no QUIT or +OK"; }
echo "--headless: $(wc -l <"$work/headless.txt") lines"
# A scenario file and a saved world given alone, as a double click gives them.
cp "$source/scenarios/ana-fran.scenario" "$work/aula.scenario"
run carteiro --headless "$work/aula.scenario" --save-world "$work/aula.carteiro" >"$work/file.txt" 2>&1 \
    || { cat "$work/file.txt"; fail "carteiro --headless aula.scenario failed"; }
run carteiro --headless "$work/aula.carteiro" >"$work/world.txt" 2>&1 \
    || { cat "$work/world.txt"; fail "carteiro --headless aula.carteiro failed"; }
grep -q 'C: QUIT' "$work/world.txt" || { cat "$work/world.txt"; fail "the saved world's transcript is empty"; }
zcat /usr/share/man/man1/carteiro.1.gz | grep -q '^\.TH CARTEIRO 1' || fail "no English man page"
zcat /usr/share/man/gl/man1/carteiro.1.gz | grep -q '^\.SH NOME' || fail "no Galician man page"

echo "== xdg-mime"
mime() { run xdg-mime query "$@"; }
[[ $(mime filetype "$work/aula.scenario") == text/x-carteiro-scenario ]] \
    || fail "xdg-mime: aula.scenario is $(mime filetype "$work/aula.scenario")"
[[ $(mime filetype "$work/aula.carteiro") == application/x-carteiro-world ]] \
    || fail "xdg-mime: aula.carteiro is $(mime filetype "$work/aula.carteiro")"
[[ $(mime default text/x-carteiro-scenario) == "$app_id.desktop" ]] \
    || fail "xdg-mime: scenario files open with '$(mime default text/x-carteiro-scenario)'"
echo "aula.scenario: $(mime filetype "$work/aula.scenario"), opened by $(mime default text/x-carteiro-scenario)"
echo "aula.carteiro: $(mime filetype "$work/aula.carteiro")"

echo "== dpkg -r"
dpkg -r carteiro || fail "dpkg -r failed"
installed=0
while read -r f; do
    [[ -d $work/root$f ]] && continue
    [[ -e $f ]] && fail "$f is still there after dpkg -r"
done <"$work/contents"
[[ $(mime filetype "$work/aula.scenario") != text/x-carteiro-scenario ]] \
    || fail "text/x-carteiro-scenario is still known after dpkg -r"
echo "package test: all right"

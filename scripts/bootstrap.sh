#!/usr/bin/env bash
# bootstrap.sh — make a fresh Debian 12 machine ready and build Carteiro.
#
# Installs the Debian packages that are missing (as root, or through sudo),
# configures the build in ./build and builds everything. Safe to run again:
# it installs nothing that is already there and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libgmime-3.0-dev libssl-dev
    clang-format   # the format check (tests/check-format.sh)
    # the real clients the tests talk to
    python3 python3-aiosmtpd swaks curl fetchmail isync openssl
    libnet-ssleay-perl   # swaks' TLS (a Recommends of swaks, so not pulled in here)
    chromium chromium-driver python3-selenium   # the webmail in a real browser (test_webmail_chromium)
    # the Debian package and desktop integration (tests/packaging, docs/packaging.md)
    lintian desktop-file-utils appstream shared-mime-info xdg-utils libfile-mimeinfo-perl
    poppler-utils   # the PDF handout read back (pdfinfo, pdftotext, pdftoppm: tests/handout)
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]})); then
    echo "Carteiro: installing ${missing[*]}"
    if [[ $(id -u) -eq 0 ]]; then sudo=(); else sudo=(sudo); fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# ccache rewrites paths under the checkout as relative ones, so a clone in
# another folder (a CI run's clean clone) finds what an earlier build cached.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
# With -g ccache hashes the build folder too, unless told not to.
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}

build_type=${CARTEIRO_BUILD_TYPE:-RelWithDebInfo}
if [[ ! -f build/CMakeCache.txt ]]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
fi
cmake --build build -j"$(nproc)"

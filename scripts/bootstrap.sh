#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
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
    # the course's installed servers, run privately by tests/realserver (never as system services)
    postfix dovecot-pop3d dovecot-imapd
    net-tools iproute2   # netstat and ss, compared with the console's netstat -tl (tst_listening_real_tools)
    tshark   # reads the --export-pcap captures (tests/pcap)
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
    # Postfix asks how to configure itself: "No configuration" (the tests
    # write their own main.cf in a temporary directory).
    echo "postfix postfix/main_mailer_type select No configuration" | "${sudo[@]}" debconf-set-selections
    # Installing Postfix and Dovecot must not start the system's daemons on
    # 25, 110, 143, 993, 995 (other tests and the course's own servers need
    # them free): invoke-rc.d and deb-systemd-invoke ask policy-rc.d, and 101
    # says "not now". Ours only while apt-get runs, and only if there was none.
    policy=/usr/sbin/policy-rc.d
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\n# carteiro bootstrap.sh: no daemon starts while packages install\nexit 101\n' \
            | "${sudo[@]}" tee "$policy" >/dev/null
        "${sudo[@]}" chmod 755 "$policy"
        trap '"${sudo[@]}" rm -f "$policy"' EXIT
    fi
    # wireshark-common asks whether non-root users may capture: no (the
    # tests only read files), answered before it asks.
    if [[ " ${missing[*]} " == *" tshark "* ]]; then
        echo "wireshark-common wireshark-common/install-setuid boolean false" \
            | "${sudo[@]}" debconf-set-selections
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    # Nor at the next boot, for the ones installed now (systemd only).
    if [[ -d /run/systemd/system ]]; then
        for unit in postfix dovecot; do
            if [[ " ${missing[*]} " == *" $unit "* || ($unit == dovecot && " ${missing[*]} " == *" dovecot-"*) ]]; then
                "${sudo[@]}" systemctl disable --now "$unit" >/dev/null 2>&1 || true
            fi
        done
    fi
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

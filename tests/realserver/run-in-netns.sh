#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-in-netns.sh COMMAND... — runs COMMAND in a network namespace of its own
# (unshare -n, as root: Postfix needs real root, so no user namespace) where
# loopback is up and also carries 192.0.2.1 (TEST-NET-1, RFC 5737): an
# address outside Postfix's mynetworks from which to test relaying as a
# stranger, which nothing outside the namespace can reach. The address is
# passed as CARTEIRO_STRANGER_ADDRESS. Where no namespace can be made,
# COMMAND runs as it is, without that address (its test says so).
set -euo pipefail
if command -v ip >/dev/null && unshare -n true 2>/dev/null; then
    exec unshare -n sh -c 'ip link set lo up && ip addr add 192.0.2.1/32 dev lo &&
        CARTEIRO_STRANGER_ADDRESS=192.0.2.1 exec "$@"' run-in-netns "$@"
fi
echo "run-in-netns: no private network namespace here (unshare -n not allowed): no stranger address" >&2
exec "$@"

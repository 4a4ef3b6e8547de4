#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# private-network.sh COMMAND... — runs COMMAND in a network namespace of its
# own (unshare -rn) where only loopback exists and is up. There a test may
# listen on 0.0.0.0 (to see the "beyond loopback" warnings) while nothing
# outside the namespace can reach it. Exit 77 (ctest's skip) where user and
# network namespaces are not allowed.
set -euo pipefail
if ! command -v ip >/dev/null || ! unshare -rn true 2>/dev/null; then
    echo "SKIP: no private network namespace here (unshare -rn not allowed, or no ip(8))"
    exit 77
fi
exec unshare -rn sh -c 'ip link set lo up && exec "$@"' private-network "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# workers-bound.sh — what a worker thread per core could give on this machine,
# at best. Runs the SMTP bench's load (smtp-source, 10 sessions, 5,000
# messages of 5 KB, mail in memory) against one `carteiro --serve`, then
# against two independent ones, each taking half the sessions and half the
# messages: two processes share nothing (no lock, no queue between threads),
# so their sum is more than two worker threads of one process could do.
# Prints the medians and the ratio two/one for both modes. If the ratio is
# under 1, spreading the connections over threads cannot help here: the
# client and the server already fill the cores. A benchmark, not a test.
#
#   bench/workers-bound.sh [path/to/carteiro]     (BENCH_REPEAT=3)
set -euo pipefail
bin=${1:-${CARTEIRO_BIN:-build/app/carteiro}}
runs=${BENCH_REPEAT:-3}
messages=5000
size=5120
[[ -x /usr/sbin/smtp-source ]] || { echo "workers-bound: needs Postfix's smtp-source (apt-get install postfix)" >&2; exit 2; }
tmp=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# start_serve N: a --serve whose SMTP address goes to $tmp/addr.N
start_serve() {
    "$bin" --serve --ephemeral-ports --no-persist >"$tmp/out.$1" 2>"$tmp/err.$1" </dev/null &
    pids+=($!)
    local i
    for ((i = 0; i < 300; i++)); do
        grep -qx READY "$tmp/out.$1" 2>/dev/null && break
        sleep 0.1
    done
    grep -qx READY "$tmp/out.$1" || { cat "$tmp/err.$1" >&2; echo "workers-bound: carteiro did not start" >&2; exit 1; }
    awk '$1=="LISTEN" && $2=="servidor.edu" && $3=="smtp" {print $4; exit}' "$tmp/out.$1" >"$tmp/addr.$1"
    [[ $(cat "$tmp/addr.$1") == 127.* ]] || { echo "workers-bound: no loopback SMTP address" >&2; exit 1; }
}

stop_all() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    pids=()
}

# run SERVERS MODE: msg/s of the whole load spread over SERVERS processes
run() {
    local servers=$1 mode=$2 flag=() k
    [[ $mode == reuse ]] && flag=(-d)
    for ((k = 1; k <= servers; k++)); do start_serve "$k"; done
    local sources=() t0 t1
    t0=$(date +%s%N)
    for ((k = 1; k <= servers; k++)); do
        /usr/sbin/smtp-source "${flag[@]}" -s $((10 / servers)) -m $((messages / servers)) -l "$size" \
            -f bench@cliente.fr -t fran@servidor.edu "$(cat "$tmp/addr.$k")" 2>>"$tmp/source.log" &
        sources+=($!)
    done
    for p in "${sources[@]}"; do wait "$p" || { echo "workers-bound: smtp-source failed" >&2; exit 1; }; done
    t1=$(date +%s%N)
    stop_all
    awk -v n="$messages" -v ns=$((t1 - t0)) 'BEGIN {printf "%.0f\n", n / (ns / 1e9)}'
}

echo "workers-bound: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), carteiro $bin"
for mode in noreuse reuse; do
    one=() two=()
    for ((r = 0; r < runs; r++)); do
        one+=("$(run 1 "$mode")")
        two+=("$(run 2 "$mode")")
    done
    m1=$(printf '%s\n' "${one[@]}" | median)
    m2=$(printf '%s\n' "${two[@]}" | median)
    printf '%-8s one carteiro %6s msg/s   two carteiros (half the sessions each) %6s msg/s   two/one %s\n' \
        "$mode" "$m1" "$m2" "$(awk -v a="$m2" -v b="$m1" 'BEGIN {printf "%.2f", a / b}')"
done

# common.sh — what the bench scripts share: the processes they start (stopped
# by the EXIT trap) and carteiro's start-up (READY, then the LISTEN lines).
# Sourced by bench/run-bench.sh and bench/load.sh, which define log and die
# and set TMP and DATA_ROOT before calling bench_setup_cleanup.

declare -a PIDS=()

# bench_stop_pid PID: TERM, wait up to 10 s, then KILL; returns its exit status.
bench_stop_pid() {
    local pid=$1 i
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "pid $pid ignored SIGTERM; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    local rc=0
    wait "$pid" 2>/dev/null || rc=$?
    return $rc
}

# bench_forget_pid PID: drop it from what the EXIT trap stops.
bench_forget_pid() {
    local keep=() p
    for p in "${PIDS[@]}"; do [[ $p == "$1" ]] || keep+=("$p"); done
    PIDS=("${keep[@]}")
}

# bench_stop PID: forget it, then stop it; returns its exit status.
bench_stop() {
    bench_forget_pid "$1"
    bench_stop_pid "$1"
}

bench_cleanup() {
    local rc=$? pid
    trap - EXIT INT TERM
    for pid in "${PIDS[@]}"; do bench_stop_pid "$pid" || true; done
    if [[ -n ${BENCH_KEEP_TMP:-} ]]; then log "kept $TMP"; else rm -rf "$TMP" "$DATA_ROOT"; fi
    exit $rc
}

bench_setup_cleanup() {
    trap bench_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# bench_wait_ready OUT ERR PID WHAT: waits (30 s at most) for carteiro's READY
# line in OUT; dies, showing ERR, if the process exits first or never says it.
bench_wait_ready() {
    local out=$1 err=$2 pid=$3 what=$4 i
    for ((i = 0; i < 300; i++)); do
        grep -qx READY "$out" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || { cat "$err" >&2; die "$what exited before READY"; }
        sleep 0.1
    done
    die "$what printed no READY within 30 s"
}

# bench_listen OUT HOST SERVICE: the address:port of a LISTEN line; dies
# unless it is on 127.0.0.0/8.
bench_listen() {
    local address
    address=$(awk -v h="$2" -v s="$3" '$1=="LISTEN" && $2==h && $3==s {print $4; exit}' "$1")
    [[ $address == 127.* ]] || die "no loopback LISTEN line for $2 $3"
    printf '%s\n' "$address"
}

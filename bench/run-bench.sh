#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Carteiro ingest/retrieval benchmark. See bench/README.md.
#
#   bench/run-bench.sh [path/to/carteiro]      (or CARTEIRO_BIN=...)
#
# SMTP: Postfix's smtp-source (10 sessions, 5,000 messages of 5 KB, with and
# without connection reuse) against carteiro --serve (servidor.edu smtp, the
# transcript recording on and streamed to a file), Postfix's smtp-sink and
# aiosmtpd's Sink handler (and, with mail on disk, a private Postfix whose
# smtpd queues every message on disk before its 250). POP3: one poplib session RETRieving 2,000 messages
# of 5 KB from carteiro and from a private Dovecot instance. Prints
# messages/second, the ratios against the targets and peak memory (VmHWM),
# and writes bench/results/latest.json and latest.txt.
#
# Everything listens on 127.0.0.0/8 only. Every process started here is
# stopped by the EXIT trap. This is a benchmark, not a test: it exits 0 when
# the targets are missed, and non-zero only when something is broken (a
# server did not start, or carteiro did not store/record every message).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PY=/usr/bin/python3                      # Debian's python, with python3-aiosmtpd
TOOL=("$PY" "$HERE/benchtool.py")

SESSIONS=${BENCH_SESSIONS:-10}
MESSAGES=${BENCH_MESSAGES:-5000}
SIZE=${BENCH_SIZE:-5120}
POP3_MESSAGES=${BENCH_POP3_MESSAGES:-2000}
REPEAT=${BENCH_REPEAT:-5}
RESULTS_DIR=${BENCH_RESULTS_DIR:-$HERE/results}
RUN_TIMEOUT=${BENCH_TIMEOUT:-600}        # seconds, per timed run
STORAGE=${BENCH_STORAGE:-disk}           # disk: --data-dir (the --serve default); memory: --no-persist
[[ $STORAGE == disk || $STORAGE == memory ]] || { echo "bench: BENCH_STORAGE must be disk or memory" >&2; exit 1; }
# Issue 17's targets: in memory, at least 3x aiosmtpd and 0.8x smtp-sink; on
# disk (persistence on), at least 2x a real Postfix smtpd, whose queue is on
# the same file system as carteiro's data directory.
TARGET_VS_AIOSMTPD=3
TARGET_VS_SINK=0.8
TARGET_VS_POSTFIX=2
TARGET_VS_DOVECOT=1
SMTP_TARGETS=(carteiro smtp-sink aiosmtpd)
# The ratios reported: "server json-name target" (target "-": shown, not a target).
if [[ $STORAGE == memory ]]; then
    SMTP_PAIRS=("aiosmtpd aiosmtpd $TARGET_VS_AIOSMTPD" "smtp-sink smtp_sink $TARGET_VS_SINK")
else
    SMTP_PAIRS=("aiosmtpd aiosmtpd -" "smtp-sink smtp_sink -")
    if [[ ${BENCH_POSTFIX:-1} != 0 ]]; then
        SMTP_TARGETS+=(postfix-smtpd)
        SMTP_PAIRS+=("postfix-smtpd postfix_smtpd $TARGET_VS_POSTFIX")
    fi
fi

log() { printf '%s\n' "bench: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- prerequisites ----------------------------------------------------------

need_install=()
[[ -x /usr/sbin/smtp-source && -x /usr/sbin/smtp-sink ]] || need_install+=(postfix)
[[ -x /usr/sbin/dovecot && -x /usr/lib/dovecot/pop3 ]] || need_install+=(dovecot-pop3d)
[[ -x $PY ]] && "$PY" -c 'import aiosmtpd' 2>/dev/null || need_install+=(python3-aiosmtpd)
if ((${#need_install[@]})); then
    log "installing ${need_install[*]}"
    SUDO=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "need root (or sudo) to install ${need_install[*]}"
        SUDO=(sudo)
    fi
    echo "postfix postfix/main_mailer_type select No configuration" | "${SUDO[@]}" debconf-set-selections
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y "${need_install[@]}" >&2 \
        || { "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive timeout 300 apt-get update >&2 &&
             "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y "${need_install[@]}" >&2; }
fi

CARTEIRO=${1:-${CARTEIRO_BIN:-}}
if [[ -z $CARTEIRO ]]; then
    log "building carteiro in $ROOT/build-bench"
    cmake -S "$ROOT" -B "$ROOT/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
    cmake --build "$ROOT/build-bench" --target carteiro -j"$(nproc)" >&2
    CARTEIRO=$ROOT/build-bench/app/carteiro
fi
[[ -x $CARTEIRO ]] || die "carteiro binary not found: $CARTEIRO"
CARTEIRO=$(readlink -f "$CARTEIRO")

# --- process bookkeeping ------------------------------------------------------

TMP=$(mktemp -d /tmp/carteiro-bench.XXXXXX)
chmod 755 "$TMP"                          # dovecot's mail user (and postfix) must reach their files
# Where BENCH_STORAGE=disk keeps carteiro's data directories (BENCH_DATA_ROOT=/dev/shm
# measures carteiro's own cost of persistence without the disk's).
DATA_ROOT=$(mktemp -d "${BENCH_DATA_ROOT:-$TMP}/carteiro-data.XXXXXX")
chmod 755 "$DATA_ROOT"                    # the private Postfix's queue goes there too
source "$HERE/common.sh"
bench_setup_cleanup

vmhwm() { "${TOOL[@]}" vmhwm "$1"; }
cputime() { "${TOOL[@]}" cputime "$1"; }
treecpu() { "${TOOL[@]}" treecpu "$1"; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }
freeport() { "${TOOL[@]}" freeport; }

# --- servers ------------------------------------------------------------------

# start_carteiro TAG: sets CARTEIRO_PID, SMTP_ADDR, POP3_HOST, POP3_PORT, SMTP_HOST, SMTP_PORT
start_carteiro() {
    local out=$TMP/carteiro-$1.out storage=(--no-persist)
    # --serve keeps mail on disk by default; BENCH_STORAGE=disk measures that
    # (a fresh data directory per run), memory the store without files.
    [[ $STORAGE == disk ]] && storage=(--data-dir "$DATA_ROOT/data-$1")
    "$CARTEIRO" --serve --ephemeral-ports "${storage[@]}" >"$out" 2>"$TMP/carteiro-$1.err" </dev/null &
    CARTEIRO_PID=$!
    PIDS+=("$CARTEIRO_PID")
    bench_wait_ready "$out" "$TMP/carteiro-$1.err" "$CARTEIRO_PID" carteiro
    local smtp pop3
    smtp=$(bench_listen "$out" servidor.edu smtp)
    pop3=$(bench_listen "$out" servidor.edu pop3)
    SMTP_HOST=${smtp%:*} SMTP_PORT=${smtp##*:}
    POP3_HOST=${pop3%:*} POP3_PORT=${pop3##*:}
}

# stop_carteiro: SIGTERM, must exit 0
stop_carteiro() {
    local rc=0
    bench_stop "$CARTEIRO_PID" || rc=$?
    ((rc == 0)) || die "carteiro exited with status $rc on SIGTERM"
}

start_sink() {                            # sets SERVER_PID SERVER_PORT
    bench_start_sink 512
    SERVER_PID=$SINK_PID SERVER_PORT=$SINK_PORT
}

start_aiosmtpd() {                        # sets SERVER_PID SERVER_PORT
    SERVER_PORT=$(freeport)
    "$PY" -m aiosmtpd -n -l "127.0.0.1:$SERVER_PORT" -c aiosmtpd.handlers.Sink >"$TMP/aiosmtpd.log" 2>&1 </dev/null &
    SERVER_PID=$!
    PIDS+=("$SERVER_PID")
    "${TOOL[@]}" waitport 127.0.0.1 "$SERVER_PORT" 20 || die "aiosmtpd did not start"
}

stop_server() { bench_stop "$SERVER_PID" || true; }

# A private Postfix (bench/private_postfix.py, needs root): smtpd on
# 127.0.0.1, its queue in DATA_ROOT (the file system carteiro's data
# directories are on), mail discarded after the queue: each 250 comes after
# cleanup(8) has fsync'ed the queue file, as carteiro's after its Maildir file.
start_postfix() {                         # start_postfix TAG: sets SERVER_PID (the runner) POSTFIX_MASTER SERVER_PORT
    local d=$DATA_ROOT/postfix-$1 ready=$TMP/postfix-$1.ready i
    SERVER_PORT=$(freeport)
    "$PY" "$HERE/private_postfix.py" run "$d" "$SERVER_PORT" >"$ready" 2>"$TMP/postfix-$1.err" </dev/null &
    SERVER_PID=$!
    PIDS+=("$SERVER_PID")
    for ((i = 0; i < 300; i++)); do
        grep -q '^READY ' "$ready" 2>/dev/null && break
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$TMP/postfix-$1.err" >&2; die "private Postfix did not start"; }
        sleep 0.1
    done
    POSTFIX_MASTER=$(awk '/^READY / { print $3 }' "$ready")
    [[ -n $POSTFIX_MASTER ]] || die "private Postfix printed no READY within 30 s"
}

start_dovecot() {                         # sets DOVECOT_PID DOVECOT_PORT
    local d=$TMP/dovecot
    bench_dovecot_config "$d" carteiro-bench "maildir:$d/mail"
    "${TOOL[@]}" maildir-fill "$d/mail" "$POP3_MESSAGES" "$SIZE"
    bench_dovecot_start "$d"
}

# --- measurements ---------------------------------------------------------------

SMTP_TSV=$TMP/smtp.tsv                    # target mode rep seconds rate vmhwm_kib cpu_seconds client_cpu_seconds
POP3_TSV=$TMP/pop3.tsv                    # target rep seconds rate bytes cpu_seconds
: >"$SMTP_TSV"
: >"$POP3_TSV"

smtp_source() {                           # smtp_source MODE ADDR -> prints "elapsed-seconds client-cpu-seconds"
    local reuse=()
    [[ $1 == reuse ]] && reuse=(-d)
    "${TOOL[@]}" timed --cpu "$RUN_TIMEOUT" -- /usr/sbin/smtp-source "${reuse[@]}" -s "$SESSIONS" -m "$MESSAGES" \
        -l "$SIZE" -M cliente.fr -f bench@cliente.fr -t fran@servidor.edu "$2" \
        2>>"$TMP/smtp-source.log"
}

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.1f", n / s }'; }

run_smtp() {                              # run_smtp TARGET MODE REP
    local target=$1 mode=$2 rep=$3 timing secs hwm cpu0 cpu
    case $target in
    carteiro)
        start_carteiro "smtp-$mode-$rep"
        local before
        before=$("${TOOL[@]}" pop3-stat "$POP3_HOST" "$POP3_PORT" fran claveejemplo)
        cpu0=$(cputime "$CARTEIRO_PID")
        timing=$(smtp_source "$mode" "$SMTP_HOST:$SMTP_PORT") || die "smtp-source failed against carteiro"
        cpu=$(minus "$(cputime "$CARTEIRO_PID")" "$cpu0")
        # smtp-source is done when every DATA got its 250; check the store.
        local count i
        for ((i = 0; i < 300; i++)); do
            count=$("${TOOL[@]}" pop3-stat "$POP3_HOST" "$POP3_PORT" fran claveejemplo)
            ((count - before >= MESSAGES)) && break
            sleep 0.1
        done
        hwm=$(vmhwm "$CARTEIRO_PID")
        stop_carteiro
        ((count - before == MESSAGES)) || die "carteiro stored $((count - before)) messages, expected $MESSAGES"
        local out=$TMP/carteiro-smtp-$mode-$rep.out accepted
        accepted=$(grep -c 'S: 250 Message accepted' "$out" || true)
        ((accepted == MESSAGES)) || die "transcript has $accepted '250 Message accepted' lines, expected $MESSAGES"
        log "carteiro $mode #$rep: stored $((count - before)), transcript $accepted accepted, $(wc -l <"$out") lines"
        rm -f "$out"
        ;;
    postfix-smtpd)
        start_postfix "$mode-$rep"
        cpu0=$(treecpu "$POSTFIX_MASTER")
        timing=$(smtp_source "$mode" "127.0.0.1:$SERVER_PORT") || die "smtp-source failed against $target"
        cpu=$(minus "$(treecpu "$POSTFIX_MASTER")" "$cpu0")
        hwm=$(vmhwm "$POSTFIX_MASTER")
        stop_server
        rm -rf "$DATA_ROOT/postfix-$mode-$rep"
        ;;
    smtp-sink | aiosmtpd)
        if [[ $target == smtp-sink ]]; then start_sink; else start_aiosmtpd; fi
        cpu0=$(cputime "$SERVER_PID")
        timing=$(smtp_source "$mode" "127.0.0.1:$SERVER_PORT") || die "smtp-source failed against $target"
        cpu=$(minus "$(cputime "$SERVER_PID")" "$cpu0")
        hwm=$(vmhwm "$SERVER_PID")
        stop_server
        ;;
    esac
    local r ccpu
    secs=${timing% *} ccpu=${timing#* }
    r=$(rate "$MESSAGES" "$secs")
    if ((rep == 0)); then
        log "smtp $target warm-up (not kept): $secs s, $r msg/s"
        return
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$mode" "$rep" "$secs" "$r" "$hwm" "$cpu" "$ccpu" >>"$SMTP_TSV"
    log "smtp $target $mode #$rep: $secs s, $r msg/s, server CPU $cpu s, smtp-source CPU $ccpu s, VmHWM $hwm KiB"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maxof() { sort -g | tail -n 1; }
smtp_col() { awk -F'\t' -v t="$1" -v m="$2" -v c="$3" '$1 == t && $2 == m { print $c }' "$SMTP_TSV"; }
pop3_col() { awk -F'\t' -v t="$1" -v c="$2" '$1 == t { print $c }' "$POP3_TSV"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "null" }'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { if (r == "null" || t == "-") print "n/a"; else print (r + 0 >= t + 0) ? "met" : "MISSED" }'; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "carteiro: $CARTEIRO (mail store: $STORAGE)"
log "SMTP: $SESSIONS sessions, $MESSAGES messages of $SIZE bytes, $REPEAT repetitions; load average $LOAD_BEFORE"

# One untimed run of each server first (as imap-bench.sh and tls-bench.sh):
# the first timed run, carteiro's (it comes first), met every cache cold.
log "warm-up (not kept): one run of each"
for target in "${SMTP_TARGETS[@]}"; do
    run_smtp "$target" noreuse 0
done
for mode in noreuse reuse; do
    for ((rep = 1; rep <= REPEAT; rep++)); do
        for target in "${SMTP_TARGETS[@]}"; do
            run_smtp "$target" "$mode" "$rep"
        done
    done
done

log "POP3: $POP3_MESSAGES messages of $SIZE bytes, one session, $REPEAT repetitions"
start_carteiro pop3
"${TOOL[@]}" smtp-load "$SMTP_HOST" "$SMTP_PORT" "$POP3_MESSAGES" "$SIZE"
n=$("${TOOL[@]}" pop3-stat "$POP3_HOST" "$POP3_PORT" fran claveejemplo)
((n == POP3_MESSAGES)) || die "carteiro mailbox holds $n messages after loading, expected $POP3_MESSAGES"
start_dovecot
n=$("${TOOL[@]}" pop3-stat 127.0.0.1 "$DOVECOT_PORT" fran claveejemplo)   # also warms Dovecot's index
((n == POP3_MESSAGES)) || die "dovecot mailbox holds $n messages, expected $POP3_MESSAGES"
# carteiro's mailbox is warm too: the STAT above and the loading.
for ((rep = 1; rep <= REPEAT; rep++)); do
    for target in carteiro dovecot; do
        if [[ $target == carteiro ]]; then
            set -- "$POP3_HOST" "$POP3_PORT" "$CARTEIRO_PID"
        else
            set -- 127.0.0.1 "$DOVECOT_PORT" "$DOVECOT_PID"
        fi
        cpu0=$(cputime "$3")
        read -r count bytes secs < <(timeout "$RUN_TIMEOUT" "${TOOL[@]}" pop3-retr "$1" "$2" fran claveejemplo) \
            || die "pop3-retr failed against $target"
        ((count == POP3_MESSAGES)) || die "$target: RETRieved $count messages, expected $POP3_MESSAGES"
        sleep 0.3                         # let dovecot's master reap the session's pop3 process
        cpu=$(minus "$(cputime "$3")" "$cpu0")
        r=$(rate "$count" "$secs")
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$rep" "$secs" "$r" "$bytes" "$cpu" >>"$POP3_TSV"
        log "pop3 $target #$rep: $secs s, $r msg/s, server CPU $cpu s, $bytes bytes"
    done
done
POP3_HWM_CARTEIRO=$(vmhwm "$CARTEIRO_PID")
POP3_HWM_DOVECOT=$(vmhwm "$DOVECOT_PID")
retrs=$(grep -c 'C: RETR ' "$TMP/carteiro-pop3.out" || true)
stop_carteiro
((retrs == POP3_MESSAGES * REPEAT)) || die "carteiro transcript has $retrs RETR lines, expected $((POP3_MESSAGES * REPEAT))"
bench_stop "$DOVECOT_PID" || true

# --- report ---------------------------------------------------------------------

mkdir -p "$RESULTS_DIR"
DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ)
CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
CORES=$(nproc)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
REV=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
VERSIONS="postfix $(postconf -d -h mail_version 2>/dev/null || echo ?), dovecot $(dovecot --version 2>/dev/null | cut -d' ' -f1), aiosmtpd $("$PY" -c 'import aiosmtpd; print(aiosmtpd.__version__)'), python $("$PY" -c 'import platform; print(platform.python_version())')"

# Per server and mode: median msg/s, best msg/s, median server CPU seconds,
# messages per server CPU second (from the median CPU), max VmHWM.
smtp_med() { smtp_col "$1" "$2" 5 | median; }
smtp_cpu() { smtp_col "$1" "$2" 7 | median; }
pop3_med() { pop3_col "$1" 4 | median; }
pop3_cpu() { pop3_col "$1" 6 | median; }
per_cpu() { awk -v n="$1" -v c="$2" 'BEGIN { if (c > 0) printf "%.0f", n / c; else print "-" }'; }

TXT=$TMP/latest.txt
{
    echo "Carteiro bench, $DATE"
    echo "machine: $CORES cores, $CPU, kernel $(uname -r); load average $LOAD_BEFORE at start, $LOAD_AFTER at end"
    echo "carteiro: $REV ($CARTEIRO), mail store: $STORAGE; $VERSIONS"
    echo "msg/s: median of $REPEAT runs after one warm-up each (best in parentheses); CPU s: median server CPU time (user+system) per run;"
    echo "msg/CPU-s: messages per server CPU second; VmHWM: peak resident set, max over the runs"
    echo
    fmt='%-30s %-13s %18s %7s %10s %10s\n'
    printf "$fmt" "SMTP ($SESSIONS sess, $MESSAGES x $SIZE B)" server "msg/s" "CPU s" "msg/CPU-s" "VmHWM KiB"
    for mode in noreuse reuse; do
        label="one message per connection"
        [[ $mode == reuse ]] && label="connection reuse (-d)"
        for target in "${SMTP_TARGETS[@]}"; do
            printf "$fmt" "$label" "$target" "$(smtp_med "$target" "$mode") ($(smtp_col "$target" "$mode" 5 | maxof))" \
                "$(smtp_cpu "$target" "$mode")" "$(per_cpu "$MESSAGES" "$(smtp_cpu "$target" "$mode")")" \
                "$(smtp_col "$target" "$mode" 6 | maxof)"
            label=""
        done
    done
    echo
    printf "$fmt" "POP3 (1 sess, $POP3_MESSAGES x $SIZE B)" server "msg/s" "CPU s" "msg/CPU-s" "VmHWM KiB"
    printf "$fmt" "RETR all, QUIT" carteiro "$(pop3_med carteiro) ($(pop3_col carteiro 4 | maxof))" \
        "$(pop3_cpu carteiro)" "$(per_cpu "$POP3_MESSAGES" "$(pop3_cpu carteiro)")" "$POP3_HWM_CARTEIRO"
    printf "$fmt" "" dovecot "$(pop3_med dovecot) ($(pop3_col dovecot 4 | maxof))" \
        "$(pop3_cpu dovecot)" "$(per_cpu "$POP3_MESSAGES" "$(pop3_cpu dovecot)")" "$POP3_HWM_DOVECOT*"
    echo "* dovecot: CPU is the master plus its reaped children (the pop3 process); VmHWM is the master's only"
    echo
    fmt2='%-42s %9s %7s %8s %12s\n'
    printf "$fmt2" "ratio carteiro / other (medians)" "msg/s" target verdict "msg/CPU-s"
    for mode in noreuse reuse; do
        for pair in "${SMTP_PAIRS[@]}"; do
            set -- $pair
            r=$(ratio "$(smtp_med carteiro "$mode")" "$(smtp_med "$1" "$mode")")
            e=$(ratio "$(smtp_cpu "$1" "$mode")" "$(smtp_cpu carteiro "$mode")")
            printf "$fmt2" "SMTP $mode: carteiro / $1" "$r" "$3" "$(verdict "$r" "$3")" "$e"
        done
    done
    r=$(ratio "$(pop3_med carteiro)" "$(pop3_med dovecot)")
    e=$(ratio "$(pop3_cpu dovecot)" "$(pop3_cpu carteiro)")
    printf "$fmt2" "POP3 RETR: carteiro / dovecot" "$r" "$TARGET_VS_DOVECOT" "$(verdict "$r" "$TARGET_VS_DOVECOT")" "$e"
    echo
    # smtp-source runs on the same cores as the server: however the server
    # spreads its work, msg/s <= cores / (client + server CPU per message).
    echo "The machine's ceiling: smtp-source shares the $CORES cores, so msg/s <= $CORES / (client CPU + server CPU per message)"
    fmt3='%-42s %9s %12s %12s %10s %14s\n'
    printf "$fmt3" "target (medians; CPU in us per message)" "msg/s" "smtp-source" "carteiro" "ceiling" "carteiro max"
    for mode in noreuse reuse; do
        for pair in "${SMTP_PAIRS[@]}"; do
            set -- $pair
            [[ $3 == - ]] && continue
            awk -v cores="$CORES" -v n="$MESSAGES" -v t="$3" -v other="$(smtp_med "$1" "$mode")" \
                -v client="$(smtp_col carteiro "$mode" 8 | median)" -v server="$(smtp_cpu carteiro "$mode")" \
                -v label="SMTP $mode: $3 x $1" -v fmt="$fmt3" 'BEGIN {
                    want = t * other; c = client * 1e6 / n; s = server * 1e6 / n
                    printf fmt, label, sprintf("%.0f", want), sprintf("%.0f", c), sprintf("%.0f", s),
                        sprintf("%.0f", cores * 1e6 / (c + s)), sprintf("%.0f", cores * 1e6 / want - c) }'
        done
    done
    echo "ceiling: the best msg/s carteiro's CPU per message allows on $CORES cores beside smtp-source;"
    echo "carteiro max: the CPU per message (all its threads) that reaching the target allows, with smtp-source's as measured"
} >"$TXT"

JSON=$TMP/latest.json
{
    printf '{\n  "date": "%s",\n' "$DATE"
    printf '  "machine": {"cores": %s, "cpu": "%s", "kernel": "%s", "loadavg_at_start": "%s", "loadavg_at_end": "%s"},\n' \
        "$CORES" "$CPU" "$(uname -r)" "$LOAD_BEFORE" "$LOAD_AFTER"
    printf '  "carteiro_revision": "%s",\n  "versions": "%s",\n' "$REV" "$VERSIONS"
    printf '  "parameters": {"sessions": %s, "messages": %s, "size": %s, "pop3_messages": %s, "repeat": %s},\n' \
        "$SESSIONS" "$MESSAGES" "$SIZE" "$POP3_MESSAGES" "$REPEAT"
    printf '  "smtp": [\n'
    awk -F'\t' 'BEGIN { sep = "" } { printf "%s    {\"server\": \"%s\", \"mode\": \"%s\", \"run\": %s, \"seconds\": %s, \"msgs_per_s\": %s, \"vmhwm_kib\": %s, \"server_cpu_s\": %s, \"client_cpu_s\": %s}", sep, $1, $2, $3, $4, $5, $6, $7, $8; sep = ",\n" } END { print "" }' "$SMTP_TSV"
    printf '  ],\n  "pop3": [\n'
    awk -F'\t' 'BEGIN { sep = "" } { printf "%s    {\"server\": \"%s\", \"run\": %s, \"seconds\": %s, \"msgs_per_s\": %s, \"bytes\": %s, \"server_cpu_s\": %s}", sep, $1, $2, $3, $4, $5, $6; sep = ",\n" } END { print "" }' "$POP3_TSV"
    printf '  ],\n  "pop3_vmhwm_kib": {"carteiro": %s, "dovecot_master": %s},\n' "$POP3_HWM_CARTEIRO" "$POP3_HWM_DOVECOT"
    printf '  "ratios": {\n'
    for mode in noreuse reuse; do
        for pair in "${SMTP_PAIRS[@]}"; do
            set -- $pair
            printf '    "smtp_%s_vs_%s": {"msgs_per_s": %s, "target": %s, "msgs_per_cpu_s": %s},\n' "$mode" "$2" \
                "$(ratio "$(smtp_med carteiro "$mode")" "$(smtp_med "$1" "$mode")")" "$([[ $3 == - ]] && echo null || echo "$3")" \
                "$(ratio "$(smtp_cpu "$1" "$mode")" "$(smtp_cpu carteiro "$mode")")"
        done
    done
    printf '    "pop3_vs_dovecot": {"msgs_per_s": %s, "target": %s, "msgs_per_cpu_s": %s}\n  }\n}\n' \
        "$(ratio "$(pop3_med carteiro)" "$(pop3_med dovecot)")" "$TARGET_VS_DOVECOT" \
        "$(ratio "$(pop3_cpu dovecot)" "$(pop3_cpu carteiro)")"
} >"$JSON"
"$PY" -m json.tool "$JSON" >/dev/null || die "wrote invalid JSON"

cp "$TXT" "$JSON" "$RESULTS_DIR/"
echo
cat "$TXT"
echo
log "results written to $RESULTS_DIR/latest.txt and latest.json"

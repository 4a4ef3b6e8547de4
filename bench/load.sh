#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Carteiro load benchmark: a classroom's worth of clients at once. See bench/README.md.
#
#   bench/load.sh [path/to/carteiro]      (or CARTEIRO_BIN=...)
#
# Against `carteiro --serve` (in memory, and with --data-dir on disk) and the
# window (offscreen, with its stall probe): Postfix's smtp-source with 200
# concurrent sessions (-s 200) and, at the same time, 50 POP3 sessions (one
# thread per user, each looping login/STAT/RETR all/QUIT) and 4 probe threads
# timing single SMTP transactions. Checks 0 failed transactions and that every
# accepted message is in the mailbox afterwards (POP3 STAT; and the files of
# the data directory). Anchors in the same run: Postfix's smtp-sink under the
# same smtp-source load, and a private Dovecot under the same POP3 load.
# Prints messages/s, latency percentiles, peak RSS (VmHWM) and the window's
# longest event-loop stall; writes bench/results/load-latest.txt.
#
# A benchmark, not a test: exits non-zero only when something is broken (a
# failed transaction, a lost message, a server that did not start).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PY=/usr/bin/python3
TOOL=("$PY" "$HERE/benchtool.py")
LOAD=("$PY" "$HERE/loadtool.py")

SESSIONS=${LOAD_SESSIONS:-200}
MESSAGES=${LOAD_MESSAGES:-10000}
SIZE=${LOAD_SIZE:-5120}
POP3_USERS=${LOAD_POP3_SESSIONS:-50}
POP3_MESSAGES=${LOAD_POP3_MESSAGES:-20}   # per POP3 user, loaded before the run
PROBES=${LOAD_PROBES:-4}
RESULTS_DIR=${BENCH_RESULTS_DIR:-$HERE/results}
RUN_TIMEOUT=${BENCH_TIMEOUT:-600}

log() { printf '%s\n' "load: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[[ -x /usr/sbin/smtp-source && -x /usr/sbin/smtp-sink ]] || die "needs Postfix's smtp-source and smtp-sink: apt-get install -y postfix"
[[ -x /usr/sbin/dovecot ]] || die "needs Dovecot for the POP3 anchor: apt-get install -y dovecot-pop3d"

CARTEIRO=${1:-${CARTEIRO_BIN:-}}
[[ -n $CARTEIRO && -x $CARTEIRO ]] || die "usage: bench/load.sh path/to/carteiro"
CARTEIRO=$(readlink -f "$CARTEIRO")

TMP=$(mktemp -d /tmp/carteiro-load.XXXXXX)
chmod 755 "$TMP"
DATA_ROOT=$(mktemp -d "${BENCH_DATA_ROOT:-$TMP}/carteiro-data.XXXXXX")   # --data-dir of the disk run
source "$HERE/common.sh"
bench_setup_cleanup

SCENARIO=$TMP/load.scenario
"${LOAD[@]}" scenario "$SCENARIO" "$POP3_USERS"
REPORT=$TMP/report.txt
: >"$REPORT"

# start_carteiro TAG MODE: MODE is memory, disk or window. Sets PID, SMTP, POP3.
start_carteiro() {
    local tag=$1 mode=$2 out=$TMP/$1.out
    case $mode in
    memory) "$CARTEIRO" --serve --ephemeral-ports --no-persist --scenario "$SCENARIO" >"$out" 2>"$TMP/$tag.err" </dev/null & ;;
    disk) "$CARTEIRO" --serve --ephemeral-ports --data-dir "$DATA_ROOT/data-$tag" --scenario "$SCENARIO" >"$out" 2>"$TMP/$tag.err" </dev/null & ;;
    window) env QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} CARTEIRO_STALL_PROBE=1 \
            "$CARTEIRO" --ephemeral-ports --scenario "$SCENARIO" >"$out" 2>"$TMP/$tag.err" </dev/null & ;;
    esac
    PID=$!
    PIDS+=("$PID")
    bench_wait_ready "$out" "$TMP/$tag.err" "$PID" "carteiro ($mode)"
    SMTP=$(bench_listen "$out" servidor.edu smtp)
    POP3=$(bench_listen "$out" servidor.edu pop3)
}

start_sink() {                            # sets PID SINK_PORT
    bench_start_sink 1024
    PID=$SINK_PID
}

start_dovecot() {                         # 50 users, each with POP3_MESSAGES in its own Maildir
    local d=$TMP/dovecot u
    bench_dovecot_config "$d" carteiro-load "maildir:$d/mail/%u" 200
    for ((u = 1; u <= POP3_USERS; u++)); do
        "${TOOL[@]}" maildir-fill "$d/mail/u$u" "$POP3_MESSAGES" "$SIZE"
    done
    bench_dovecot_start "$d"
    PID=$DOVECOT_PID
}

json() { "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {}, {"d": d}))' "$@"; }

# run_load TAG SMTP_HOST SMTP_PORT POP3_HOST POP3_PORT: smtp-source (timed), POP3 load and
# probes at once; sets SECS. The POP3 load and the probes stop when smtp-source ends.
run_load() {
    local tag=$1 stop=$TMP/$1.stop
    rm -f "$stop"
    local pop_pid="" probe_pid=""
    if [[ -n $4 ]]; then
        "${LOAD[@]}" pop3-load "$4" "$5" "$POP3_USERS" "$stop" "$TMP/$tag.pop3.json" &
        pop_pid=$!
    fi
    "${LOAD[@]}" smtp-probe "$2" "$3" "$PROBES" "$stop" "$TMP/$tag.probe.json" &
    probe_pid=$!
    SECS=$("${TOOL[@]}" timed "$RUN_TIMEOUT" -- /usr/sbin/smtp-source -s "$SESSIONS" -m "$MESSAGES" -l "$SIZE" \
        -M load.test -f load@load.test -t fran@servidor.edu "$2:$3" 2>>"$TMP/$tag.smtp-source.log") \
        || { touch "$stop"; die "smtp-source failed against $tag (see its log)"; }
    touch "$stop"
    [[ -n $pop_pid ]] && wait "$pop_pid"
    wait "$probe_pid"
}

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }

measure_carteiro() {                      # measure_carteiro TAG MODE
    local tag=$1 mode=$2
    start_carteiro "$tag" "$mode"
    local smtp_host=${SMTP%:*} smtp_port=${SMTP##*:} pop_host=${POP3%:*} pop_port=${POP3##*:}
    "${LOAD[@]}" preload "$smtp_host" "$smtp_port" "$POP3_USERS" "$POP3_MESSAGES" "$SIZE"
    local before
    before=$("${LOAD[@]}" count "$pop_host" "$pop_port" fran)
    STALL_FROM=$(grep -c '' "$TMP/$tag.out")   # the window's STALL lines from here on
    run_load "$tag" "$smtp_host" "$smtp_port" "$pop_host" "$pop_port"
    local fran probe hwm
    fran=$("${LOAD[@]}" count "$pop_host" "$pop_port" fran)
    probe=$("${LOAD[@]}" count "$pop_host" "$pop_port" probe)
    hwm=$("${TOOL[@]}" vmhwm "$PID")
    local stall=""
    if [[ $mode == window ]]; then
        # The STALL lines printed while the load ran: the longest stall in
        # each second; report the worst second and the median second.
        local from to
        from=$((STALL_FROM + 1)); to=$(grep -c '' "$TMP/$tag.out")
        stall=$(sed -n "${from},${to}p" "$TMP/$tag.out" | awk '/^STALL/ { split($2, kv, "="); print kv[2] / 1000 }' \
            | sort -g | awk '{ v[NR] = $1 } END { if (NR) printf "%.1f ms worst second, %.1f ms median second (%d s)", v[NR], v[int((NR + 1) / 2)], NR }')
    fi
    bench_stop "$PID" || true   # the window exits 143 on SIGTERM
    local files=""
    if [[ $mode == disk ]]; then
        files=$("${LOAD[@]}" files "$DATA_ROOT/data-$tag")
        local expected=$((MESSAGES + before + probe + POP3_USERS * POP3_MESSAGES))
        ((files == expected)) || die "$tag: $files files in the data directory, expected $expected"
    fi
    ((fran - before == MESSAGES)) || die "$tag: fran holds $((fran - before)) new messages, smtp-source sent $MESSAGES"
    local pop_errors probe_errors probe_ok
    pop_errors=$(json "$TMP/$tag.pop3.json" 'd["errors"]')
    probe_errors=$(json "$TMP/$tag.probe.json" 'd["errors"]')
    probe_ok=$(json "$TMP/$tag.probe.json" 'd["accepted"]')
    ((pop_errors == 0)) || die "$tag: $pop_errors failed POP3 sessions: $(json "$TMP/$tag.pop3.json" 'd["first_errors"]')"
    ((probe_errors == 0)) || die "$tag: $probe_errors failed probe transactions: $(json "$TMP/$tag.probe.json" 'd["first_errors"]')"
    ((probe == probe_ok)) || die "$tag: $probe_ok probe messages accepted, $probe in the mailbox"
    {
        printf '%-16s SMTP %6s msg/s (%d in %.2f s, 0 failed, all %d in the mailbox%s)\n' "$tag" \
            "$(rate "$MESSAGES" "$SECS")" "$MESSAGES" "$SECS" "$MESSAGES" "${files:+, $files files on disk}"
        printf '%-16s   SMTP probe: transaction ms %s; end of DATA to 250 ms %s\n' "" \
            "$(json "$TMP/$tag.probe.json" '"p50 %(p50)s p90 %(p90)s p99 %(p99)s max %(max)s" % d["transaction_ms"]')" \
            "$(json "$TMP/$tag.probe.json" '"p50 %(p50)s p99 %(p99)s max %(max)s" % d["data_ms"]')"
        printf '%-16s   POP3 %s msg/s over %s sessions (0 failed); RETR ms %s; session ms %s\n' "" \
            "$(json "$TMP/$tag.pop3.json" 'd["messages_per_second"]')" "$(json "$TMP/$tag.pop3.json" 'd["sessions"]')" \
            "$(json "$TMP/$tag.pop3.json" '"p50 %(p50)s p99 %(p99)s max %(max)s" % d["retr_ms"]')" \
            "$(json "$TMP/$tag.pop3.json" '"p50 %(p50)s p99 %(p99)s max %(max)s" % d["session_ms"]')"
        printf '%-16s   peak RSS (VmHWM) %d MiB%s\n' "" "$((hwm / 1024))" "${stall:+; window event-loop stall: $stall}"
    } | tee -a "$REPORT" >&2
    eval "RATE_${mode}=$(rate "$MESSAGES" "$SECS")"
    eval "POP3RATE_${mode}=$(json "$TMP/$tag.pop3.json" 'd["messages_per_second"]')"
}

log "carteiro: $CARTEIRO"
log "$SESSIONS SMTP sessions ($MESSAGES messages of $SIZE bytes), $POP3_USERS POP3 sessions, $PROBES SMTP probes; load average $(cut -d' ' -f1-3 /proc/loadavg)"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

TARGETS=${LOAD_TARGETS:-memory disk window anchors}
RATE_memory=0 RATE_disk=0 POP3RATE_memory=0 POP3RATE_disk=0 SINK_RATE=0 DOVECOT_RATE=0
[[ " $TARGETS " == *" memory "* ]] && measure_carteiro serve-memory memory
[[ " $TARGETS " == *" disk "* ]] && measure_carteiro serve-disk disk
[[ " $TARGETS " == *" window "* ]] && measure_carteiro window window
if [[ " $TARGETS " == *" anchors "* ]]; then

# Anchors, same load: smtp-sink (SMTP), Dovecot (POP3, alone).
start_sink
run_load smtp-sink 127.0.0.1 "$SINK_PORT" "" ""
SINK_RATE=$(rate "$MESSAGES" "$SECS")
SINK_HWM=$("${TOOL[@]}" vmhwm "$PID")
bench_stop "$PID" || true
{
    printf '%-16s SMTP %6s msg/s (%d in %.2f s)\n' smtp-sink "$SINK_RATE" "$MESSAGES" "$SECS"
    printf '%-16s   SMTP probe: transaction ms %s\n' "" \
        "$(json "$TMP/smtp-sink.probe.json" '"p50 %(p50)s p90 %(p90)s p99 %(p99)s max %(max)s" % d["transaction_ms"]')"
    printf '%-16s   peak RSS (VmHWM) %d MiB\n' "" "$((SINK_HWM / 1024))"
} | tee -a "$REPORT" >&2

start_dovecot
stop=$TMP/dovecot.stop
rm -f "$stop"
"${LOAD[@]}" pop3-load 127.0.0.1 "$DOVECOT_PORT" "$POP3_USERS" "$stop" "$TMP/dovecot.pop3.json" &
pop_pid=$!
sleep "${LOAD_DOVECOT_SECONDS:-5}"
touch "$stop"
wait "$pop_pid"
bench_stop "$PID" || true
((0 == $(json "$TMP/dovecot.pop3.json" 'd["errors"]'))) || die "dovecot: failed POP3 sessions: $(json "$TMP/dovecot.pop3.json" 'd["first_errors"]')"
DOVECOT_RATE=$(json "$TMP/dovecot.pop3.json" 'd["messages_per_second"]')
printf '%-16s   POP3 %s msg/s over %s sessions, alone; RETR ms %s\n' dovecot "$DOVECOT_RATE" \
    "$(json "$TMP/dovecot.pop3.json" 'd["sessions"]')" \
    "$(json "$TMP/dovecot.pop3.json" '"p50 %(p50)s p99 %(p99)s max %(max)s" % d["retr_ms"]')" | tee -a "$REPORT" >&2

fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
{
    echo "ratios (same run):"
    echo "  SMTP carteiro in memory / smtp-sink:  $(ratio "$RATE_memory" "$SINK_RATE")"
    echo "  SMTP carteiro on disk / smtp-sink:    $(ratio "$RATE_disk" "$SINK_RATE")"
    echo "  SMTP carteiro on disk / in memory:    $(ratio "$RATE_disk" "$RATE_memory")"
    echo "  POP3 carteiro in memory (with the SMTP load) / dovecot (alone): $(ratio "$POP3RATE_memory" "$DOVECOT_RATE")"
    echo "  POP3 carteiro on disk (with the SMTP load) / dovecot (alone):   $(ratio "$POP3RATE_disk" "$DOVECOT_RATE")"
} | tee -a "$REPORT" >&2

mkdir -p "$RESULTS_DIR"
{
    echo "# bench/load.sh, $(date -u +%Y-%m-%dT%H:%M:%SZ), carteiro $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo ?)"
    echo "# $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "# smtp-source -s $SESSIONS -m $MESSAGES -l $SIZE; $POP3_USERS POP3 sessions x $POP3_MESSAGES messages; $PROBES probes"
    cat "$REPORT"
} >"$RESULTS_DIR/load-latest.txt"
cat "$RESULTS_DIR/load-latest.txt"

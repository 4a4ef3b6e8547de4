#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Carteiro TLS benchmark, side by side with Postfix smtpd and Dovecot pop3s.
# See bench/README.md ("TLS") and docs/benchmarks.md.
#
#   bench/tls-bench.sh path/to/carteiro path/to/bench_tlsclient
#
# Servers, all on loopback, all with an ECDSA P-256 certificate, all OpenSSL 3:
#   carteiro --serve --ephemeral-ports --no-persist --lang en (transcript on,
#     streamed to a file), servidor.edu's smtp (STARTTLS) and pop3s, its
#     certificate from the classroom CA (exported with --export-ca);
#   a private Postfix (bench/private_postfix.py: its own config, queue and log;
#     smtpd_tls_security_level = may; its queue on tmpfs (/dev/shm) like
#     carteiro's memory; mail discarded after the queue);
#   a private Dovecot (bench/common.sh: POP3 only, pop3s on 127.0.0.1);
# Postfix's and Dovecot's certificate is issued by a P-256 bench CA made here.
#
# One client (bench/tls/tlsclient.cpp) for all, verifying the peer each time:
#   message    TLS_CONNECTIONS new connections one after another, each: 220,
#              EHLO, STARTTLS, a full handshake (no resumption), EHLO, MAIL,
#              RCPT, DATA (a small message), QUIT — the issue's measure;
#   handshake  the same without MAIL/RCPT/DATA: the TLS part alone;
#   message-tls12, handshake-tls12: the same with TLS 1.2 only (ECDHE-ECDSA):
#              no TLS 1.3 NewSessionTicket after the handshake, so no stall
#              (Nagle against delayed ACK, ~40 ms) for Postfix's smtpd, which
#              meets one after most TLS 1.3 handshakes (docs/benchmarks.md);
#   message-qa, handshake-qa (only with TLS_JOBS): TLS 1.3 with the client
#              setting TCP_QUICKACK after its reads (does not avoid it);
# TLS_JOBS picks the jobs (default: message handshake message-tls12
# handshake-tls12 retr).
#   retr       one pop3s session, USER/PASS, RETR 1..TLS_POP3_MESSAGES
#              (2,000 messages of BENCH_SIZE, 5 KB), QUIT.
# BENCH_REPEAT (5) times each after one warm-up, alternating the servers;
# medians. Prints seconds, rates, the server's CPU time (the whole process
# tree) and the ratios carteiro/anchor; writes bench/results/tls-latest.txt.
#
# A benchmark, not a test: it exits 0 when a target (1x) is missed and
# non-zero only when something is broken.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PY=/usr/bin/python3
TOOL=("$PY" "$HERE/benchtool.py")

CONNECTIONS=${TLS_CONNECTIONS:-400}
POP3_MESSAGES=${TLS_POP3_MESSAGES:-2000}
SIZE=${BENCH_SIZE:-5120}
REPEAT=${BENCH_REPEAT:-5}
RESULTS_DIR=${BENCH_RESULTS_DIR:-$HERE/results}
RUN_TIMEOUT=${BENCH_TIMEOUT:-600}
TARGET=1

log() { printf '%s\n' "tls-bench: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

CARTEIRO=${1:-${CARTEIRO_BIN:-}}
CLIENT=${2:-${TLSCLIENT_BIN:-}}
[[ -x $CARTEIRO ]] || die "carteiro binary not found: $CARTEIRO"
[[ -x $CLIENT ]] || die "bench_tlsclient not found: $CLIENT (cmake --build <dir> --target bench_tlsclient)"
[[ -x /usr/sbin/dovecot && -x /usr/lib/dovecot/pop3 ]] || die "needs dovecot-pop3d"
[[ -x /usr/sbin/postfix ]] || die "needs postfix"
CARTEIRO=$(readlink -f "$CARTEIRO") CLIENT=$(readlink -f "$CLIENT")

TMP=$(mktemp -d /tmp/carteiro-tls-bench.XXXXXX)
chmod 755 "$TMP"                          # dovecot's and postfix's users must reach their files
# Postfix's queue on tmpfs when there is one: carteiro runs --no-persist
# (mail in memory, nothing synced), so Postfix should not pay fsync(2) per
# message either (on this ext4 disk it costs ~40 ms a message).
if [[ -d /dev/shm && -w /dev/shm ]]; then
    DATA_ROOT=$(mktemp -d /dev/shm/carteiro-tls-bench.XXXXXX)
else
    DATA_ROOT=$TMP/postfix-root
    mkdir -p "$DATA_ROOT"
fi
chmod 755 "$DATA_ROOT"
source "$HERE/common.sh"
bench_setup_cleanup

treecpu() { "${TOOL[@]}" treecpu "$1"; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }

# --- certificates: a P-256 bench CA and a P-256 leaf for 127.0.0.1/localhost --------

C=$TMP/certs
mkdir -p "$C"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$C/ca.key" -out "$C/ca.pem" \
    -subj "/CN=Carteiro TLS bench CA" -days 2 -addext basicConstraints=critical,CA:TRUE 2>/dev/null
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$C/key.pem" -out "$C/leaf.csr" \
    -subj "/CN=localhost" 2>/dev/null
openssl x509 -req -in "$C/leaf.csr" -CA "$C/ca.pem" -CAkey "$C/ca.key" -CAcreateserial -days 2 -sha256 \
    -extfile <(printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n') \
    -out "$C/cert.pem" 2>/dev/null
chmod 644 "$C"/*.pem "$C"/*.key

# --- servers -------------------------------------------------------------------------

OUT=$TMP/carteiro.out
"$CARTEIRO" --serve --ephemeral-ports --no-persist --lang en >"$OUT" 2>"$TMP/carteiro.err" </dev/null &
CARTEIRO_PID=$!
PIDS+=("$CARTEIRO_PID")
bench_wait_ready "$OUT" "$TMP/carteiro.err" "$CARTEIRO_PID" carteiro
a=$(bench_listen "$OUT" servidor.edu smtp) && C_HOST=${a%:*} C_SMTP=${a##*:}
a=$(bench_listen "$OUT" servidor.edu pop3s) && C_POP3S=${a##*:}
a=$(bench_listen "$OUT" servidor.edu pop3) && C_POP3=${a##*:}
"$CARTEIRO" --export-ca "$C/classroom-ca.pem" >/dev/null 2>&1 || die "carteiro --export-ca failed"
cat "$C/classroom-ca.pem" "$C/ca.pem" >"$C/cafile.pem"   # the client trusts both CAs, nothing else
CAFILE=$C/cafile.pem

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "carteiro: $CARTEIRO at $C_HOST smtp $C_SMTP pop3s $C_POP3S; load average $LOAD_BEFORE"
log "filling carteiro: $POP3_MESSAGES messages of $SIZE bytes over plain SMTP (not timed)"
"${TOOL[@]}" smtp-load "$C_HOST" "$C_SMTP" "$POP3_MESSAGES" "$SIZE"
n=$("${TOOL[@]}" pop3-stat "$C_HOST" "$C_POP3" fran claveejemplo)
((n == POP3_MESSAGES)) || die "carteiro's mailbox holds $n messages, expected $POP3_MESSAGES"

D=$TMP/dovecot
DOVECOT_TLS_CERT=$C/cert.pem DOVECOT_TLS_KEY=$C/key.pem bench_dovecot_config "$D" carteiro-tls-bench "maildir:$D/mail"
"${TOOL[@]}" maildir-fill "$D/mail" "$POP3_MESSAGES" "$SIZE"
bench_dovecot_start "$D"
n=$("${TOOL[@]}" pop3-stat 127.0.0.1 "$DOVECOT_PORT" fran claveejemplo)   # also builds Dovecot's index
((n == POP3_MESSAGES)) || die "dovecot's mailbox holds $n messages, expected $POP3_MESSAGES"

P_PORT=$("${TOOL[@]}" freeport)
"$PY" "$HERE/private_postfix.py" run "$DATA_ROOT/postfix" "$P_PORT" --tls "$C/cert.pem" "$C/key.pem" \
    >"$TMP/postfix.ready" 2>"$TMP/postfix.err" </dev/null &
POSTFIX_RUNNER=$!
PIDS+=("$POSTFIX_RUNNER")
for ((i = 0; i < 300; i++)); do
    grep -q '^READY ' "$TMP/postfix.ready" 2>/dev/null && break
    kill -0 "$POSTFIX_RUNNER" 2>/dev/null || { cat "$TMP/postfix.err" >&2; die "private Postfix did not start"; }
    sleep 0.1
done
POSTFIX_PID=$(awk '/^READY / { print $3 }' "$TMP/postfix.ready")
[[ -n $POSTFIX_PID ]] || die "private Postfix printed no READY within 30 s"
log "postfix: master $POSTFIX_PID on 127.0.0.1:$P_PORT; dovecot pop3s on 127.0.0.1:$DOVECOT_TLS_PORT"

# --- measurements ----------------------------------------------------------------------

TSV=$TMP/tls.tsv                          # server job rep seconds count bytes cpu
: >"$TSV"
INFO=$TMP/info.tsv                        # server job version cipher group
: >"$INFO"

server_of() {                             # server_of SERVER JOB -> "host port sni pid"
    case $1 in
        carteiro) [[ $2 == retr ]] && echo "$C_HOST $C_POP3S servidor.edu $CARTEIRO_PID" \
            || echo "$C_HOST $C_SMTP servidor.edu $CARTEIRO_PID" ;;
        postfix) echo "127.0.0.1 $P_PORT localhost $POSTFIX_PID" ;;
        dovecot) echo "127.0.0.1 $DOVECOT_TLS_PORT localhost $DOVECOT_PID" ;;
    esac
}

run_job() {                               # run_job SERVER JOB REP (REP 0: warm-up, not kept)
    local server=$1 job=$2 rep=$3 host port sni pid cpu0 cpu out count bytes=0 secs version cipher group
    read -r host port sni pid < <(server_of "$server" "$job")
    cpu0=$(treecpu "$pid")
    case $job in
        retr)
            out=$(timeout "$RUN_TIMEOUT" "$CLIENT" pop3s "$host" "$port" "$sni" "$CAFILE" fran claveejemplo \
                "$POP3_MESSAGES") || die "$job against $server failed"
            read -r count bytes secs version cipher group <<<"$out"
            ((count == POP3_MESSAGES)) || die "$server: RETR got $count messages" ;;
        *)
            local mode=${job%%-*} qa=0 tls12=0
            [[ $job == *-qa ]] && qa=1
            [[ $job == *-tls12 ]] && tls12=1
            out=$(TLSCLIENT_QUICKACK=$qa TLSCLIENT_TLS12=$tls12 timeout "$RUN_TIMEOUT" "$CLIENT" smtp "$host" "$port" "$sni" "$CAFILE" \
                "$CONNECTIONS" "$mode") || die "$job against $server failed"
            read -r count secs version cipher group <<<"$out"
            ((count == CONNECTIONS)) || die "$server: $count connections, expected $CONNECTIONS" ;;
    esac
    sleep 0.3                             # let the daemons reap what the session left
    cpu=$(minus "$(treecpu "$pid")" "$cpu0")
    if ((rep > 0)); then
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$server" "$job" "$rep" "$secs" "$count" "$bytes" "$cpu" >>"$TSV"
    else
        printf '%s\t%s\t%s\t%s\t%s\n' "$server" "$job" "$version" "$cipher" "$group" >>"$INFO"
    fi
    log "$job $server #$rep: $secs s, $count, server CPU $cpu s ($version $cipher $group)"
}

JOBS=(${TLS_JOBS:-message handshake message-tls12 handshake-tls12 retr})
anchor_of() { [[ $1 == retr ]] && echo dovecot || echo postfix; }
log "warm-up (not kept)"
for job in "${JOBS[@]}"; do run_job carteiro "$job" 0; run_job "$(anchor_of "$job")" "$job" 0; done
log "$CONNECTIONS STARTTLS connections per SMTP run, $POP3_MESSAGES RETR per pop3s run, $REPEAT repetitions"
for ((rep = 1; rep <= REPEAT; rep++)); do
    for job in "${JOBS[@]}"; do
        if ((rep % 2)); then
            run_job carteiro "$job" "$rep"; run_job "$(anchor_of "$job")" "$job" "$rep"
        else
            run_job "$(anchor_of "$job")" "$job" "$rep"; run_job carteiro "$job" "$rep"
        fi
    done
done

HWM_CARTEIRO=$("${TOOL[@]}" vmhwm "$CARTEIRO_PID")
kill -0 "$CARTEIRO_PID" 2>/dev/null || die "carteiro died"
bench_stop "$CARTEIRO_PID" || die "carteiro did not exit cleanly on SIGTERM"
bench_stop "$POSTFIX_RUNNER" || true
bench_stop "$DOVECOT_PID" || true
# The transcript recorded every STARTTLS and every RETR (warm-up included).
starttls=$(grep -c 'C: STARTTLS' "$OUT" || true)
retrs=$(grep -c 'C: RETR ' "$OUT" || true)
smtp_jobs=0
for job in "${JOBS[@]}"; do [[ $job == retr ]] || smtp_jobs=$((smtp_jobs + 1)); done
want_starttls=$(((REPEAT + 1) * smtp_jobs * (CONNECTIONS + 1)))
((starttls == want_starttls)) || die "transcript has $starttls STARTTLS commands, expected $want_starttls"
((retrs == (REPEAT + 1) * POP3_MESSAGES)) || die "transcript has $retrs RETR commands, expected $(((REPEAT + 1) * POP3_MESSAGES))"
TRANSCRIPT_LINES=$(wc -l <"$OUT")

# --- report -------------------------------------------------------------------------

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.6f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -F'\t' -v t="$1" -v j="$2" -v c="$3" '$1 == t && $2 == j { print $c }' "$TSV"; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
info() { awk -F'\t' -v t="$1" -v j="$2" '$1 == t && $2 == j { print $3, $4, $5; exit }' "$INFO"; }

mkdir -p "$RESULTS_DIR"
DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ)
REV=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
TXT=$TMP/tls-latest.txt
{
    echo "Carteiro TLS bench, $DATE"
    echo "machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), kernel $(uname -r);" \
        "load average $LOAD_BEFORE at start, $(cut -d' ' -f1-3 /proc/loadavg) at end"
    echo "carteiro: $REV ($CARTEIRO), --serve --no-persist, transcript on ($TRANSCRIPT_LINES lines streamed);" \
        "postfix $(postconf -dh mail_version 2>/dev/null) (private, bench/private_postfix.py, queue in $(df --output=fstype "$DATA_ROOT" | tail -1), discard);" \
        "dovecot $(dovecot --version 2>/dev/null | cut -d' ' -f1) (Maildir); $(openssl version | cut -d' ' -f1-2)"
    echo "certificates: ECDSA P-256 everywhere (carteiro: classroom CA; postfix and dovecot: a P-256 bench CA);" \
        "the client verifies every peer, no session resumption"
    for job in message message-tls12 retr; do
        grep -q "^carteiro	$job	" "$INFO" || continue
        echo "negotiated ($job): carteiro $(info carteiro "$job"); $(anchor_of "$job") $(info "$(anchor_of "$job")" "$job")"
    done
    echo "SMTP runs: $CONNECTIONS new connections one after another; POP3S: one session, RETR 1..$POP3_MESSAGES" \
        "($SIZE-byte messages); median of $REPEAT runs after one warm-up each; CPU s: the server's process tree"
    echo
    fmt='%-44s %-9s %9s %10s %7s %10s\n'
    printf "$fmt" job server seconds "per s" "CPU s" "CPU ms/op"
    for job in "${JOBS[@]}"; do
        case $job in
            message) label="STARTTLS + one message per connection" ;;
            handshake) label="STARTTLS handshake only (EHLO, QUIT)" ;;
            message-qa) label="message, client TCP_QUICKACK" ;;
            handshake-qa) label="handshake only, client TCP_QUICKACK" ;;
            message-tls12) label="message, TLS 1.2" ;;
            handshake-tls12) label="handshake only, TLS 1.2" ;;
            retr) label="POP3S RETR $POP3_MESSAGES x $SIZE B (one session)" ;;
        esac
        for server in carteiro "$(anchor_of "$job")"; do
            s=$(col "$server" "$job" 4 | median) n=$(col "$server" "$job" 5 | median) c=$(col "$server" "$job" 7 | median)
            printf "$fmt" "$label" "$server" "$(calc %.3f "$s")" "$(calc %.0f "$n / $s")" "$c" "$(calc %.3f "$c * 1000 / $n")"
            label=""
        done
    done
    echo "(per s: connections for the SMTP jobs, messages for RETR)"
    echo
    fmt2='%-44s %9s %7s %8s %14s\n'
    printf "$fmt2" "ratio carteiro / anchor (medians)" "speed" target verdict "by CPU time"
    for job in "${JOBS[@]}"; do
        a=$(anchor_of "$job")
        r=$(calc %.2f "$(col "$a" "$job" 4 | median) / $(col carteiro "$job" 4 | median)")
        c=$(col carteiro "$job" 7 | median) e="n/a"
        awk -v c="$c" 'BEGIN { exit !(c > 0) }' && e=$(calc %.2f "$(col "$a" "$job" 7 | median) / $c")
        v=$(awk -v r="$r" -v t="$TARGET" 'BEGIN { print (r + 0 >= t + 0) ? "met" : "MISSED" }')
        [[ $job == message || $job == retr ]] || v="(info)"
        printf "$fmt2" "$job (vs $a)" "$r" "$TARGET" "$v" "$e"
    done
    echo
    echo "carteiro VmHWM: $HWM_CARTEIRO KiB"
    echo
    echo "runs (server job rep seconds count bytes cpu):"
    cat "$TSV"
} >"$TXT"
cp "$TXT" "$RESULTS_DIR/tls-latest.txt"
echo
cat "$TXT"

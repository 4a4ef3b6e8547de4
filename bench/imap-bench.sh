#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Carteiro IMAP benchmark, side by side with Dovecot's imapd. See bench/README.md.
#
#   bench/imap-bench.sh [path/to/carteiro]      (or CARTEIRO_BIN=...)
#
# fran's INBOX gets IMAP_MESSAGES (10,000) messages of BENCH_SIZE (5 KB):
# in carteiro --serve --no-persist by APPEND (the transcript recording on, as
# always, and streamed to a file), in a private Dovecot (IMAP only, 127.0.0.1,
# its own config) as Maildir files; the same bytes, not timed. Then one client
# (bench/imapbench.py), the same for both, times one session's
# `FETCH 1:IMAP_FETCH BODY[]` (2,000 messages) and one `SEARCH TEXT zebrafish`
# over all of them (10 hold the word; the hits are checked), BENCH_REPEAT
# times each, alternating the servers. Prints seconds, messages/s, MB/s, the
# server's CPU time and the ratio carteiro/dovecot, and writes
# bench/results/imap-latest.txt.
#
# A benchmark, not a test: it exits 0 when the target (1x Dovecot) is missed
# and non-zero only when something is broken (a server did not start, a
# message or a hit is missing, the transcript lacks the commands).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PY=/usr/bin/python3
TOOL=("$PY" "$HERE/benchtool.py")
IMAP=("$PY" "$HERE/imapbench.py")

MESSAGES=${IMAP_MESSAGES:-10000}
FETCH=${IMAP_FETCH:-2000}
SIZE=${BENCH_SIZE:-5120}
REPEAT=${BENCH_REPEAT:-5}
RESULTS_DIR=${BENCH_RESULTS_DIR:-$HERE/results}
RUN_TIMEOUT=${BENCH_TIMEOUT:-600}
WORD=zebrafish
TARGET=1
((FETCH <= MESSAGES)) || { echo "bench: IMAP_FETCH must not exceed IMAP_MESSAGES" >&2; exit 1; }

log() { printf '%s\n' "imap-bench: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

if [[ ! -x /usr/lib/dovecot/imap ]]; then
    log "installing dovecot-imapd"
    SUDO=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "need root (or sudo) to install dovecot-imapd"
        SUDO=(sudo)
    fi
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y dovecot-imapd >&2
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

TMP=$(mktemp -d /tmp/carteiro-imap-bench.XXXXXX)
chmod 755 "$TMP"                          # dovecot's mail user must reach the Maildir
DATA_ROOT=$TMP/none                       # common.sh's cleanup removes it; carteiro keeps no files here
source "$HERE/common.sh"
bench_setup_cleanup

cputime() { "${TOOL[@]}" cputime "$1"; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }

# --- servers --------------------------------------------------------------------

OUT=$TMP/carteiro.out                     # the transcript stream
"$CARTEIRO" --serve --ephemeral-ports --no-persist >"$OUT" 2>"$TMP/carteiro.err" </dev/null &
CARTEIRO_PID=$!
PIDS+=("$CARTEIRO_PID")
bench_wait_ready "$OUT" "$TMP/carteiro.err" "$CARTEIRO_PID" carteiro
address=$(bench_listen "$OUT" servidor.edu imap)
C_HOST=${address%:*} C_PORT=${address##*:}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "carteiro: $CARTEIRO at $C_HOST:$C_PORT; load average $LOAD_BEFORE"
log "filling: $MESSAGES messages of $SIZE bytes (APPEND to carteiro, Maildir files for dovecot)"
"${IMAP[@]}" append "$C_HOST" "$C_PORT" fran claveejemplo "$MESSAGES" "$SIZE"
n=$("${IMAP[@]}" count "$C_HOST" "$C_PORT" fran claveejemplo)
((n == MESSAGES)) || die "carteiro's INBOX holds $n messages after APPEND, expected $MESSAGES"

D=$TMP/dovecot
DOVECOT_PROTOCOL=imap bench_dovecot_config "$D" carteiro-imap-bench "maildir:$D/mail"
"${IMAP[@]}" maildir-fill "$D/mail" "$MESSAGES" "$SIZE"
bench_dovecot_start "$D"
n=$("${IMAP[@]}" count 127.0.0.1 "$DOVECOT_PORT" fran claveejemplo)   # also builds Dovecot's index
((n == MESSAGES)) || die "dovecot's INBOX holds $n messages, expected $MESSAGES"

EXPECTED=$("${IMAP[@]}" expected "$MESSAGES")
HITS=$(tr ',' '\n' <<<"$EXPECTED" | grep -c . || true)

# --- measurements ----------------------------------------------------------------

TSV=$TMP/imap.tsv                         # target job rep seconds count bytes cpu
: >"$TSV"

server_of() {                             # server_of TARGET -> "host port pid"
    if [[ $1 == carteiro ]]; then echo "$C_HOST $C_PORT $CARTEIRO_PID"; else echo "127.0.0.1 $DOVECOT_PORT $DOVECOT_PID"; fi
}

run_fetch() {                             # run_fetch TARGET REP (REP 0: warm-up, not kept)
    local host port pid cpu0 cpu count bytes secs
    read -r host port pid < <(server_of "$1")
    cpu0=$(cputime "$pid")
    read -r count bytes secs < <(timeout "$RUN_TIMEOUT" "${IMAP[@]}" fetch "$host" "$port" fran claveejemplo "$FETCH") \
        || die "FETCH failed against $1"
    ((count == FETCH)) || die "$1: FETCH returned $count messages, expected $FETCH"
    sleep 0.3                             # let dovecot's master reap the session's imap process
    cpu=$(minus "$(cputime "$pid")" "$cpu0")
    ((${2} > 0)) && printf '%s\tfetch\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$secs" "$count" "$bytes" "$cpu" >>"$TSV"
    log "fetch $1 #$2: $secs s, $count messages, $bytes bytes, server CPU $cpu s"
}

run_search() {                            # run_search TARGET REP
    local host port pid cpu0 cpu count secs numbers
    read -r host port pid < <(server_of "$1")
    cpu0=$(cputime "$pid")
    read -r count secs numbers < <(timeout "$RUN_TIMEOUT" "${IMAP[@]}" search "$host" "$port" fran claveejemplo "$WORD") \
        || die "SEARCH failed against $1"
    [[ $numbers == "$EXPECTED" ]] || die "$1: SEARCH TEXT $WORD found $numbers, expected $EXPECTED"
    sleep 0.3
    cpu=$(minus "$(cputime "$pid")" "$cpu0")
    ((${2} > 0)) && printf '%s\tsearch\t%s\t%s\t%s\t0\t%s\n' "$1" "$2" "$secs" "$count" "$cpu" >>"$TSV"
    log "search $1 #$2: $secs s, $count hits, server CPU $cpu s"
}

log "warm-up (not kept): one FETCH and one SEARCH on each"
for target in carteiro dovecot; do run_fetch "$target" 0; run_search "$target" 0; done
log "FETCH 1:$FETCH BODY[] and SEARCH TEXT $WORD over $MESSAGES messages, $REPEAT repetitions"
for ((rep = 1; rep <= REPEAT; rep++)); do
    for target in carteiro dovecot; do run_fetch "$target" "$rep"; done
    for target in carteiro dovecot; do run_search "$target" "$rep"; done
done

HWM_CARTEIRO=$("${TOOL[@]}" vmhwm "$CARTEIRO_PID")
kill -0 "$CARTEIRO_PID" 2>/dev/null || die "carteiro died"
bench_stop "$CARTEIRO_PID" || die "carteiro did not exit cleanly on SIGTERM"
bench_stop "$DOVECOT_PID" || true
# The transcript stream recorded every timed command (and the warm-up's).
fetches=$(grep -c "C: b[0-9]* FETCH 1:$FETCH BODY\[\]" "$OUT" || true)
searches=$(grep -c "C: b[0-9]* SEARCH TEXT $WORD" "$OUT" || true)
((fetches == REPEAT + 1 && searches == REPEAT + 1)) \
    || die "transcript has $fetches FETCH and $searches SEARCH commands, expected $((REPEAT + 1)) each"
TRANSCRIPT_LINES=$(wc -l <"$OUT")

# --- report ------------------------------------------------------------------------

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.6f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -F'\t' -v t="$1" -v j="$2" -v c="$3" '$1 == t && $2 == j { print $c }' "$TSV"; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

mkdir -p "$RESULTS_DIR"
DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ)
REV=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
TXT=$TMP/imap-latest.txt
{
    echo "Carteiro IMAP bench, $DATE"
    echo "machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), kernel $(uname -r);" \
        "load average $LOAD_BEFORE at start, $(cut -d' ' -f1-3 /proc/loadavg) at end"
    echo "carteiro: $REV ($CARTEIRO), --no-persist, transcript on ($TRANSCRIPT_LINES lines streamed);" \
        "dovecot $(dovecot --version 2>/dev/null | cut -d' ' -f1) (Maildir)"
    echo "INBOX: $MESSAGES messages of $SIZE bytes; median of $REPEAT runs after one warm-up each;" \
        "CPU s: server user+system (dovecot: master + reaped imap process)"
    echo
    fmt='%-34s %-9s %9s %9s %9s %7s\n'
    printf "$fmt" job server seconds "msg/s" "MB/s" "CPU s"
    for job in fetch search; do
        label="FETCH 1:$FETCH BODY[] (one session)"
        n=$FETCH
        [[ $job == search ]] && label="SEARCH TEXT $WORD ($HITS hits)" n=$MESSAGES
        for target in carteiro dovecot; do
            s=$(col "$target" "$job" 4 | median)
            mb=$(calc %.1f "$n * $SIZE / $s / 1000000")
            [[ $job == fetch ]] && mb=$(calc %.1f "$(col "$target" "$job" 6 | median) / $s / 1000000")
            printf "$fmt" "$label" "$target" "$(calc %.3f "$s")" "$(calc %.0f "$n / $s")" "$mb" \
                "$(col "$target" "$job" 7 | median)"
            label=""
        done
    done
    echo "(MB/s: FETCH, the literals' octets on the wire; SEARCH, the messages' octets searched)"
    echo
    fmt2='%-34s %9s %7s %8s %14s\n'
    printf "$fmt2" "ratio carteiro / dovecot (medians)" "speed" target verdict "by CPU time"
    for job in fetch search; do
        r=$(calc %.2f "$(col dovecot "$job" 4 | median) / $(col carteiro "$job" 4 | median)")
        c=$(col carteiro "$job" 7 | median) e="n/a"
        awk -v c="$c" 'BEGIN { exit !(c > 0) }' && e=$(calc %.2f "$(col dovecot "$job" 7 | median) / $c")
        v=$(awk -v r="$r" -v t="$TARGET" 'BEGIN { print (r + 0 >= t + 0) ? "met" : "MISSED" }')
        printf "$fmt2" "$job" "$r" "$TARGET" "$v" "$e"
    done
    echo
    echo "carteiro VmHWM: $HWM_CARTEIRO KiB"
    echo
    echo "runs (target job rep seconds count bytes cpu):"
    cat "$TSV"
} >"$TXT"
cp "$TXT" "$RESULTS_DIR/imap-latest.txt"
echo
cat "$TXT"

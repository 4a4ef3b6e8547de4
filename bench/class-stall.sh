#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A class at work on the teacher's machine (issue 17): 30 students, each
# holding 5 connections and typing (bench/classload.py), against the window
# opened on the class (`carteiro --class`, offscreen, with its stall probe)
# and against `carteiro --serve` on the same scenario. Prints, for each, the
# longest event-loop stall in any second (the window's probe: the target is
# under 50 ms), an SMTP probe's NOOP round trips, the lines typed and
# messages accepted, and the peak resident memory (VmHWM); writes
# bench/results/class-stall-latest.txt.
#
#   bench/class-stall.sh [path/to/carteiro]      (or CARTEIRO_BIN=...)
#
# A benchmark, not a test: it fails only when something is broken (a server
# that does not start, a student refused, an error in a session).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PY=/usr/bin/python3
SECONDS_LOADED=${CLASS_SECONDS:-30}
RESULTS_DIR=${BENCH_RESULTS_DIR:-$HERE/results}
SCENARIO=$ROOT/scenarios/examples/clase-exercicios.scenario

log() { printf '%s\n' "class-stall: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

CARTEIRO=${1:-${CARTEIRO_BIN:-}}
[[ -n $CARTEIRO && -x $CARTEIRO ]] || die "usage: bench/class-stall.sh path/to/carteiro"
CARTEIRO=$(readlink -f "$CARTEIRO")

TMP=$(mktemp -d /tmp/carteiro-class.XXXXXX)
DATA_ROOT=$(mktemp -d "$TMP/data.XXXXXX")
source "$HERE/common.sh"
bench_setup_cleanup

REPORT=$TMP/report.txt
{
    echo "carteiro $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo ?), $(date -u +%F), $(nproc) cores"
    echo "30 students x 5 connections typing for ${SECONDS_LOADED} s (bench/classload.py); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    printf '%-22s %10s %10s %14s %14s %9s %9s %9s\n' target "stall max" "stall med" "probe p50/p99" "probe max" lines messages VmHWM
} >"$REPORT"

run() {   # run TAG MODE: MODE is window or serve
    local tag=$1 mode=$2 out=$TMP/$1.out err=$TMP/$1.err
    local data=$DATA_ROOT/$tag
    case $mode in
    window) env QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} CARTEIRO_STALL_PROBE=1 \
            "$CARTEIRO" --class "$SCENARIO" --ephemeral-ports --data-dir "$data" --lang gl >"$out" 2>"$err" </dev/null & ;;
    serve) "$CARTEIRO" --serve --scenario "$SCENARIO" --ephemeral-ports --data-dir "$data" >"$out" 2>"$err" </dev/null & ;;
    esac
    local pid=$!
    PIDS+=("$pid")
    bench_wait_ready "$out" "$err" "$pid" "carteiro ($mode)"
    local smtp pop3 imap host
    smtp=$(bench_listen "$out" 2esi.org submission)
    pop3=$(bench_listen "$out" 2esi.org pop3)
    imap=$(bench_listen "$out" 2esi.org imap)
    host=${smtp%:*}
    local from
    from=$(grep -c '' "$out")
    "$PY" "$HERE/classload.py" "$host" "${smtp##*:}" "${pop3##*:}" "${imap##*:}" "$data/class-passwords" \
        "$SECONDS_LOADED" "$TMP/$tag.json" >/dev/null || die "$mode: the class's sessions failed: $(cat "$TMP/$tag.json")"
    local hwm
    hwm=$(awk '/VmHWM/ {printf "%.0f MiB", $2 / 1024}' "/proc/$pid/status")
    local stall_max=- stall_med=-
    if [[ $mode == window ]]; then
        read -r stall_max stall_med < <(sed -n "$((from + 1)),\$p" "$out" | awk '/^STALL/ { split($2, kv, "="); print kv[2] / 1000 }' \
            | sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%.1f %.1f\n", v[NR], v[int((NR + 1) / 2)]; else print "- -" }')
    fi
    bench_stop "$pid" || true
    "$PY" - "$TMP/$tag.json" "$tag" "$stall_max" "$stall_med" "$hwm" >>"$REPORT" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))
p = s["probe"]
print("%-22s %10s %10s %14s %14s %9d %9d %9s" % (sys.argv[2], sys.argv[3] + " ms", sys.argv[4] + " ms",
      "%s/%s ms" % (p["p50"], p["p99"]), "%s ms" % p["max"], s["lines"], s["messages"], sys.argv[5]))
EOF
}

run "window --class" window
run "--serve" serve
echo "stall: the window's longest gap between two turns of a 5 ms timer, worst and median second (target: under 50 ms in every second)" >>"$REPORT"
cat "$REPORT"
mkdir -p "$RESULTS_DIR"
cp "$REPORT" "$RESULTS_DIR/class-stall-latest.txt"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# fuzz.sh — run every libFuzzer harness (fuzz/) for a bounded time.
#
#   scripts/fuzz.sh [seconds-per-harness] [harness...]
#
# Configures a clang build in ./build-fuzz with CARTEIRO_FUZZ=ON and
# CARTEIRO_SANITIZE=ON (ASan + UBSan), replays fuzz/regressions and the seed
# corpus, then fuzzes each harness for the given time (default 60 s), keeping
# what it learns in build-fuzz/corpus/<harness> (the next run starts from
# there). A crash leaves its input in build-fuzz/artifacts/<harness>/ and makes
# the script exit non-zero; copy that input to fuzz/regressions/<harness>/
# once fixed. Prints per harness: runs, execs/s, coverage (edges), features
# and corpus size. Environment: FUZZ_JOBS (parallel harnesses, default 1),
# CXX_FUZZ (default clang++-14 or clang++).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${1:-60}
shift || true
all=(smtpserver smtpclient pop3server pop3client imapserver httpserver linereader scenarioparser mimeparse mimedowngrade)
harnesses=("$@")
((${#harnesses[@]})) || harnesses=("${all[@]}")

cxx=${CXX_FUZZ:-$(command -v clang++-14 || command -v clang++ || true)}
if [[ -z $cxx ]]; then
    echo "fuzz.sh: clang++ not found (apt-get install clang)" >&2
    exit 2
fi
if ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "fuzz.sh: libFuzzer's runtime is missing (apt-get install libclang-rt-14-dev)" >&2
    exit 2
fi
if [[ ! -f build-fuzz/CMakeCache.txt ]]; then
    cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$cxx" -DCARTEIRO_FUZZ=ON -DCARTEIRO_SANITIZE=ON
fi
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]}"

# Third-party one-time allocations only (see the file); UB is fatal.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

dictionary() {
    case $1 in
        smtp*) echo "$root/fuzz/dict/smtp.dict" ;;
        pop3*) echo "$root/fuzz/dict/pop3.dict" ;;
        imap*) echo "$root/fuzz/dict/imap.dict" ;;
        http*) echo "$root/fuzz/dict/http.dict" ;;
        mime*) echo "$root/fuzz/dict/mime.dict" ;;
        scenario*) echo "$root/fuzz/dict/scenario.dict" ;;
        linereader) echo "$root/fuzz/dict/smtp.dict" ;;
    esac
}

failed=()
summary=()
for h in "${harnesses[@]}"; do
    binary=build-fuzz/fuzz/fuzz_$h
    work=build-fuzz/corpus/$h
    artifacts=build-fuzz/artifacts/$h
    log=build-fuzz/logs/$h.log
    mkdir -p "$work" "$artifacts" "$(dirname "$log")"
    seeds=(fuzz/corpus/$h)
    [[ -d fuzz/regressions/$h ]] && seeds+=(fuzz/regressions/$h)

    # Every input that once crashed, one by one: a failure here is a regression.
    if [[ -d fuzz/regressions/$h ]]; then
        mapfile -t regressions < <(find "fuzz/regressions/$h" -type f | sort)
        if ((${#regressions[@]})) && ! "$binary" "${regressions[@]}" >"$log.replay" 2>&1; then
            echo "fuzz.sh: $h: a regression input crashes again (see $log.replay)" >&2
            failed+=("$h")
            continue
        fi
    fi

    echo "fuzz.sh: $h for ${seconds}s"
    status=0
    parallel=()
    if ((${FUZZ_JOBS:-1} > 1)); then
        parallel=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")
    fi
    # -max_len: the engines' seeds are transcripts of a few KiB; 64 KiB leaves
    # room for over-long lines and big DATA without slowing every run.
    "$binary" "$work" "${seeds[@]}" \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
        -dict="$(dictionary "$h")" -artifact_prefix="$artifacts/" \
        -print_final_stats=1 "${parallel[@]}" >"$log" 2>&1 || status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
    line=$(printf '%-15s %4ss  runs %-10s exec/s %-7s cov %-6s ft %-6s corpus %s' \
        "$h" "$seconds" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}")
    if ((status != 0)); then
        line+="  CRASH (status $status): $(ls -t "$artifacts" | head -1) — see $log"
        failed+=("$h")
    fi
    summary+=("$line")
    echo "$line"
done

echo
echo "fuzz.sh: summary ($seconds s per harness)"
printf '  %s\n' "${summary[@]}"
if ((${#failed[@]})); then
    echo "fuzz.sh: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz.sh: no crash"

#!/usr/bin/env bash
# Bounded libFuzzer runs of every fuzz target (tests/fuzz, issue #14), with AddressSanitizer and
# UndefinedBehaviorSanitizer. Usage: tests/run-fuzz.sh [BUILD_DIR] [SECONDS_PER_TARGET]
#   (defaults: build-fuzz, 30 s; PORTOLAN_FUZZ_SECONDS overrides the time too).
# Each target first replays its checked-in regression inputs (tests/fuzz/regressions/<target>/: every crash found
# lands there), then fuzzes from a seed corpus: the fixtures (tests' and ../shared/fixtures when present), live
# output of this machine (portolan-cli snapshot/ranges, ss, /proc) and tests/fuzz/make_seeds. Fails on any crash,
# leak, sanitizer report or timeout, naming the input and the command that reproduces it.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build-fuzz}
seconds=${2:-${PORTOLAN_FUZZ_SECONDS:-30}}
command -v clang++ >/dev/null || { echo "run-fuzz: clang++ not found (bash .ci/install-deps installs it)" >&2; exit 2; }

flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DPORTOLAN_BUILD_GUI=OFF -DPORTOLAN_BUILD_TESTS=OFF -DPORTOLAN_FUZZ=ON >/dev/null
cmake --build "$build"

fuzz=$build/tests/fuzz
seeds=$build/fuzz-seeds
rm -rf "$seeds" && mkdir -p "$seeds"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# Seeds. Captures: what this machine prints in every format the importers read, and the shared fixtures.
cap=$seeds/fuzz_capture_import && mkdir -p "$cap"
cli=$build/app/portolan-cli
for format in table csv json; do "$cli" snapshot --format "$format" >"$cap/snapshot.$format" 2>/dev/null || true; done
ss -tuanp >"$cap/ss-tuanp.txt" 2>/dev/null || true
ss -tuan >"$cap/ss-tuan.txt" 2>/dev/null || true
cat /proc/net/tcp >"$cap/proc-net-tcp.txt" 2>/dev/null || true
cat /proc/net/udp6 >"$cap/proc-net-udp6.txt" 2>/dev/null || true
if [ -d "$src/../shared/fixtures/captures" ]; then
    cp "$src/../shared/fixtures/captures/"* "$cap/" 2>/dev/null || true
else
    echo "run-fuzz: ../shared/fixtures absent: capture seeds are this machine's output only"
fi
"$fuzz/make_seeds" "$seeds"
mkdir -p "$seeds/fuzz_catalogue_json" "$seeds/fuzz_snapshot_json" "$seeds/fuzz_proc_files"
cp "$src/resources/catalogue/services.json" "$seeds/fuzz_catalogue_json/"
cp "$cap/snapshot.json" "$seeds/fuzz_snapshot_json/" 2>/dev/null || true
cat /proc/self/stat >"$seeds/fuzz_proc_files/stat"
head -n 3 /proc/net/tcp6 >"$seeds/fuzz_proc_files/tcp6" 2>/dev/null || true

status=0
printf '%-22s %8s %10s %8s  %s\n' target seconds executions corpus result
for target_path in "$fuzz"/fuzz_*; do
    target=$(basename "$target_path")
    [ -x "$target_path" ] || continue
    corpus=$build/fuzz-corpus/$target && mkdir -p "$corpus"
    crashes=$build/fuzz-crashes/$target && rm -rf "$crashes" && mkdir -p "$crashes"
    log=$build/fuzz-logs/$target.log && mkdir -p "$(dirname "$log")"
    regressions=$src/tests/fuzz/regressions/$target
    result=ok
    if [ -d "$regressions" ] && ls "$regressions"/* >/dev/null 2>&1; then
        "$target_path" -runs=0 "$regressions"/* >"$log.regressions" 2>&1 || { result="regression fails"; }
    fi
    if [ "$result" = ok ]; then
        mkdir -p "$seeds/$target"
        "$target_path" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" "$seeds/$target" >"$log" 2>&1 ||
            result="CRASH"
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" 2>/dev/null | grep -o '[0-9]*$' || echo 0)
    size=$(find "$corpus" -type f | wc -l)
    printf '%-22s %8s %10s %8s  %s\n' "$target" "$seconds" "${runs:-0}" "$size" "$result"
    if [ "$result" != ok ]; then
        status=1
        echo "---- $target: $result; log $log" >&2
        grep -m1 -A25 'ERROR:\|runtime error\|deadly signal\|==ERROR' "$log" "$log.regressions" 2>/dev/null >&2 || tail -n 30 "$log" >&2
        for input in "$crashes"/*; do
            [ -f "$input" ] && echo "reproduce: $target_path $input   (then add it to tests/fuzz/regressions/$target/)" >&2
        done
    fi
done
exit $status

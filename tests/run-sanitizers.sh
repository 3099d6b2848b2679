#!/usr/bin/env bash
# The test suites under sanitizers (issue #14), failing on any report.
#   tests/run-sanitizers.sh [BUILD_PREFIX] [--all]
#   1. AddressSanitizer + UndefinedBehaviorSanitizer (gcc), LeakSanitizer on: every suite of the Qt-free core
#      (importers, engine and fault injection, fuzz regressions, analysis, conflicts and the elevated path, actions)
#      and the Qt models under churn with QAbstractItemModelTester. --all adds the offscreen widget suites; CI
#      leaves them out to stay inside its 90 minutes (they run uninstrumented in README's test command), and the
#      packaging and translation checks test files, not code. Qt's and fontconfig's one-time allocations that live
#      until exit are suppressed in tests/sanitizers/lsan.supp, nothing of ours.
#   2. ThreadSanitizer (gcc): the snapshot worker and model hand-off (soak_tests: the worker thread and the table
#      model through many refreshes while the crowd churns); --all adds the live window through faults (LiveFaults).
# Any sanitizer report fails the run: halt_on_error / -fno-sanitize-recover make the test process exit non-zero.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
prefix=$src/build-san
all=0
for arg in "$@"; do
    case $arg in
    --all) all=1 ;;
    -*) echo "usage: $0 [BUILD_PREFIX] [--all]" >&2; exit 2 ;;
    *) prefix=$arg ;;
    esac
done
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

common_flags="-O1 -g -fno-omit-frame-pointer"
# The Wine suite and the mingw cross build have nothing to instrument here.
configure() { # DIR FLAGS
    cmake -S "$src" -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS="$common_flags $2" \
        -DCMAKE_EXE_LINKER_FLAGS="$2" -DCMAKE_SHARED_LINKER_FLAGS="$2" >/dev/null
}

asan_suites=(core_tests import_tests analysis_tests conflict_tests action_tests model_tests)
tsan_targets=(soak_tests portolan-crowd)
if [ "$all" = 1 ]; then
    asan_suites+=(widget_tests)
    tsan_targets+=(widget_tests)
fi
asan_targets=("${asan_suites[@]}" portolan-cli portolan-crowd)
# The suites by their ctest label (one per test executable), so that a binary left from an earlier --all run in
# the same build folder is not run; the packaging and translation checks read files, not code.
asan_labels="^($(IFS='|'; echo "${asan_suites[*]}"))\$"

start=$SECONDS
echo "sanitizers: AddressSanitizer + UndefinedBehaviorSanitizer build (${asan_targets[*]})"
configure "$prefix-asan" "-fsanitize=address,undefined -fno-sanitize-recover=undefined"
cmake --build "$prefix-asan" --target "${asan_targets[@]}" -- -j"$jobs"
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$src/tests/sanitizers/lsan.supp:print_suppressions=0"
ctest --test-dir "$prefix-asan" --output-on-failure --parallel "$jobs" -L "$asan_labels" --timeout 900
asan_seconds=$((SECONDS - start))

start=$SECONDS
echo "sanitizers: ThreadSanitizer build (worker and model hand-off: ${tsan_targets[*]})"
configure "$prefix-tsan" "-fsanitize=thread"
cmake --build "$prefix-tsan" --target "${tsan_targets[@]}" -- -j"$jobs"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$src/tests/sanitizers/tsan.supp"
export PORTOLAN_SOAK_REFRESHES=300
# setarch -R: gcc 12's TSan cannot map its shadow under the kernel's high-entropy ASLR (vm.mmap_rnd_bits=32):
# "FATAL: ThreadSanitizer: unexpected memory mapping".
setarch "$(uname -m)" -R "$prefix-tsan/tests/soak_tests"
if [ "$all" = 1 ]; then
    setarch "$(uname -m)" -R "$prefix-tsan/tests/widget_tests" --gtest_filter='LiveFaults.*'
fi
tsan_seconds=$((SECONDS - start))

scope="core + models"
[ "$all" = 1 ] && scope="every suite"
printf '\n%-40s %8s  %s\n' "sanitizer run" "seconds" "result"
printf '%-40s %8d  %s\n' "address+undefined ($scope)" "$asan_seconds" "clean"
printf '%-40s %8d  %s\n' "thread (worker/model soak)" "$tsan_seconds" "clean"

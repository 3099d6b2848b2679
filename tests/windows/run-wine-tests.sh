#!/usr/bin/env bash
# Cross-builds Portolan's core, portolan-cli and the Windows tests with mingw-w64, then runs them under Wine:
#   1. the GoogleTest suite (fails when a test fails, is skipped, or when no test ran at all);
#   2. an end-to-end check: portolan-cli.exe snapshot --format json must list the UDP and TCP sockets that a
#      separate helper process (portolan-socket-holder.exe) holds, in the Linux build's JSON schema.
#
#   tests/windows/run-wine-tests.sh SOURCE_DIR BUILD_DIR
#
# Environment: PORTOLAN_WINE_BENCH=1 also runs bench_windows_enum.exe (500 and 2,500 UDP sockets);
# PORTOLAN_WINE_NETNS=0 skips the private network namespace (see below).
#
# Headless and non-interactive: no X display, a fresh WINEPREFIX under BUILD_DIR, Mono/Gecko prompts disabled.
# Wine 8.0's iphlpapi looks up the owner of every socket on the host by reading /proc/PID/fd of every Wine
# process, so on a busy machine (measured here: ~2,900 sockets from other jobs made the suite take 38 s instead
# of 3 s) the run goes into a private network namespace (`unshare -n`, root only) where only our sockets exist.
set -euo pipefail

if [[ ${1:-} == --inside-netns ]]; then
    INSIDE=1
    shift
else
    INSIDE=0
fi
if [[ $# -ne 2 ]]; then
    echo "usage: $0 SOURCE_DIR BUILD_DIR" >&2
    exit 2
fi
SOURCE_DIR=$(realpath "$1")
BUILD_DIR=$(realpath -m "$2")
SCRIPT=$(realpath "${BASH_SOURCE[0]}")

export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
export WINEARCH=win64
export WINEPREFIX="$BUILD_DIR/wineprefix"
unset DISPLAY WAYLAND_DISPLAY

log() { printf '\n=== %s\n' "$*"; }

find_wine() {
    if command -v wine >/dev/null; then
        echo wine
    elif command -v wine64 >/dev/null; then
        echo wine64
    elif [[ -x /usr/lib/wine/wine64 ]]; then
        echo /usr/lib/wine/wine64
    else
        echo "no wine found: apt-get install wine wine64" >&2
        exit 2
    fi
}

# Z: is Wine's view of /.
winpath() { printf 'Z:%s' "${1//\//\\}"; }

run_under_wine() {
    local wine
    wine=$(find_wine)
    if [[ $INSIDE == 1 ]]; then
        ip link set lo up # a new network namespace starts with loopback down
    fi

    log "fresh Wine prefix in $WINEPREFIX"
    rm -rf "$WINEPREFIX"
    mkdir -p "$WINEPREFIX"
    # One server (and Wine's services) for all the runs below, started before wineboot so nothing else does.
    wineserver -p 120
    trap 'wineserver -k 2>/dev/null || true' EXIT
    timeout -k 10 180 "$wine" wineboot -i >"$BUILD_DIR/wineboot.log" 2>&1 || {
        cat "$BUILD_DIR/wineboot.log"
        echo "wineboot failed" >&2
        return 1
    }

    log "GoogleTest suite under Wine"
    local status=0
    # Output goes to files, never into a pipe: a Wine service started on demand inherits the pipe and would keep
    # the reader waiting for an EOF that comes only when wineserver exits.
    timeout -k 10 600 "$wine" "$BUILD_DIR/portolan-windows-tests.exe" --gtest_brief=0 \
        "--gtest_output=xml:$(winpath "$BUILD_DIR/wine-tests.xml")" >"$BUILD_DIR/wine-tests.log" 2>&1 || status=$?
    cat "$BUILD_DIR/wine-tests.log"
    local ran
    ran=$(sed -n 's/^\[==========\] \([0-9]*\) tests\? from .* ran\..*/\1/p' "$BUILD_DIR/wine-tests.log" | tail -1)
    if [[ -z $ran || $ran -eq 0 ]]; then
        echo "FAIL: no test ran" >&2
        status=1
    fi

    log "end to end: portolan-cli.exe snapshot --format json lists another process's sockets"
    local ready="$BUILD_DIR/holder.ready" stop="$BUILD_DIR/holder.stop"
    rm -f "$ready" "$stop"
    "$wine" "$BUILD_DIR/portolan-socket-holder.exe" "$(winpath "$ready")" "$(winpath "$stop")" 120 \
        >"$BUILD_DIR/holder.log" 2>&1 &
    local holder=$!
    for _ in $(seq 1 600); do
        [[ -s $ready ]] && break
        kill -0 "$holder" 2>/dev/null || break
        sleep 0.1
    done
    local e2e=0
    if [[ ! -s $ready ]]; then
        echo "FAIL: the socket holder did not start" >&2
        cat "$BUILD_DIR/holder.log" >&2
        e2e=1
    else
        timeout -k 10 120 "$wine" "$BUILD_DIR/portolan/app/portolan-cli.exe" snapshot --format json \
            >"$BUILD_DIR/snapshot.json" 2>"$BUILD_DIR/snapshot.err" || e2e=1
        touch "$stop"
        wait "$holder" || e2e=1
        python3 "$SOURCE_DIR/tests/windows/check_snapshot_json.py" "$BUILD_DIR/snapshot.json" "$ready" \
            "$SOURCE_DIR/resources/schema/portolan-snapshot-v1.schema.json" || e2e=1
    fi
    touch "$stop"

    if [[ ${PORTOLAN_WINE_BENCH:-0} == 1 ]]; then
        log "benchmark: enumerate and attribute N UDP sockets"
        timeout -k 10 1800 "$wine" "$BUILD_DIR/bench_windows_enum.exe" 500 2500 >"$BUILD_DIR/bench.txt" || status=1
        cat "$BUILD_DIR/bench.txt"
    fi

    log "summary"
    grep -E '^\[ *(=+|PASSED|FAILED|SKIPPED) *\]' "$BUILD_DIR/wine-tests.log" | tail -n 20 || true
    echo "tests ran: ${ran:-0}, GoogleTest status: $status, end to end: $([[ $e2e == 0 ]] && echo OK || echo FAILED)"
    [[ $status == 0 && $e2e == 0 ]]
}

if [[ $INSIDE == 1 ]]; then
    run_under_wine
    exit $?
fi

log "cross-build (mingw-w64) into $BUILD_DIR"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$SOURCE_DIR/tests/windows" -B "$BUILD_DIR" "${generator[@]}" \
    -DCMAKE_TOOLCHAIN_FILE="$SOURCE_DIR/.ci/mingw-w64-x86_64.cmake" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"

if [[ ${PORTOLAN_WINE_NETNS:-1} == 1 ]] && command -v ip >/dev/null && unshare -n true 2>/dev/null; then
    exec unshare -n -- bash "$SCRIPT" --inside-netns "$SOURCE_DIR" "$BUILD_DIR"
fi
echo "(no private network namespace: Wine will see, and slowly look up, every socket on this machine)"
run_under_wine

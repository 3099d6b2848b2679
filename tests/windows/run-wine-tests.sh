#!/usr/bin/env bash
# Cross-builds Portolan's core, portolan-cli and the Windows tests with mingw-w64, then runs them under Wine:
#   1. the GoogleTest suite (fails when a test fails, is skipped, or when no test ran at all);
#   2. an end-to-end check: portolan-cli.exe snapshot --format json must list the UDP and TCP sockets that a
#      separate helper process (portolan-socket-holder.exe) holds, in the Linux build's JSON schema.
#
#   tests/windows/run-wine-tests.sh SOURCE_DIR BUILD_DIR
#
# Environment: PORTOLAN_WINE_BENCH=1 also runs bench_windows_enum.exe (500 and 2,500 UDP sockets);
# PORTOLAN_WINE_NETNS=0 skips the private network namespace (see wine-env.sh).
#
# Headless and non-interactive: no X display, a fresh WINEPREFIX under BUILD_DIR, Mono/Gecko prompts disabled
# (wine-env.sh); on a busy machine the run goes into a private network namespace where only our sockets exist.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/wine-env.sh" "$@"

log() { printf '\n=== %s\n' "$*"; }

# Z: is Wine's view of /.
winpath() { printf 'Z:%s' "${1//\//\\}"; }

run_under_wine() {
    log "fresh Wine prefix in $WINEPREFIX"
    boot_wine

    log "GoogleTest suite under Wine"
    local status=0
    # Output goes to files, never into a pipe: a Wine service started on demand inherits the pipe and would keep
    # the reader waiting for an EOF that comes only when wineserver exits.
    timeout -k 10 600 "$WINE" "$BUILD_DIR/portolan-windows-tests.exe" --gtest_brief=0 \
        "--gtest_output=xml:$(winpath "$BUILD_DIR/wine-tests.xml")" >"$BUILD_DIR/wine-tests.log" 2>&1 || status=$?
    cat "$BUILD_DIR/wine-tests.log"
    tests_ran "$BUILD_DIR/wine-tests.log" || status=1

    log "end to end: portolan-cli.exe snapshot --format json lists another process's sockets"
    local ready="$BUILD_DIR/holder.ready" stop="$BUILD_DIR/holder.stop"
    rm -f "$ready" "$stop"
    "$WINE" "$BUILD_DIR/portolan-socket-holder.exe" "$(winpath "$ready")" "$(winpath "$stop")" 120 \
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
        timeout -k 10 120 "$WINE" "$BUILD_DIR/portolan/app/portolan-cli.exe" snapshot --format json \
            >"$BUILD_DIR/snapshot.json" 2>"$BUILD_DIR/snapshot.err" || e2e=1
        touch "$stop"
        wait "$holder" || e2e=1
        python3 "$SOURCE_DIR/tests/windows/check_snapshot_json.py" "$BUILD_DIR/snapshot.json" "$ready" \
            "$SOURCE_DIR/resources/schema/portolan-snapshot-v1.schema.json" || e2e=1
    fi
    touch "$stop"

    if [[ ${PORTOLAN_WINE_BENCH:-0} == 1 ]]; then
        log "benchmark: enumerate and attribute N UDP sockets"
        timeout -k 10 1800 "$WINE" "$BUILD_DIR/bench_windows_enum.exe" 500 2500 >"$BUILD_DIR/bench.txt" || status=1
        cat "$BUILD_DIR/bench.txt"
    fi

    log "summary"
    grep -E '^\[ *(=+|PASSED|FAILED|SKIPPED) *\]' "$BUILD_DIR/wine-tests.log" | tail -n 20 || true
    echo "tests ran: ${RAN:-0}, GoogleTest status: $status, end to end: $([[ $e2e == 0 ]] && echo OK || echo FAILED)"
    [[ $status == 0 && $e2e == 0 ]]
}

if [[ $INSIDE == 1 ]]; then
    run_under_wine
    exit $?
fi

log "cross-build (mingw-w64) into $BUILD_DIR"
cross_build tests/windows
enter_private_netns
run_under_wine

#!/usr/bin/env bash
# Cross-builds the conflict engine's Windows suite with mingw-w64 and runs it under Wine, in a private network
# namespace when root (Wine looks up the owner of every host socket; see tests/windows/run-wine-tests.sh).
#
#   tests/core/conflicts/windows/run-wine-tests.sh SOURCE_DIR BUILD_DIR
#
# Fails when a test fails, is skipped, or when no test ran.
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

run_under_wine() {
    local wine=wine
    command -v wine >/dev/null || wine=/usr/lib/wine/wine64
    [[ $INSIDE == 1 ]] && command -v ip >/dev/null && ip link set lo up
    rm -rf "$WINEPREFIX"
    mkdir -p "$WINEPREFIX"
    wineserver -p 120
    trap 'wineserver -k 2>/dev/null || true' EXIT
    timeout -k 10 180 "$wine" wineboot -i >"$BUILD_DIR/wineboot.log" 2>&1 || {
        cat "$BUILD_DIR/wineboot.log"
        return 1
    }
    # The tests start portolan-conflicts-cli.exe by its file name: run from the build directory.
    cd "$BUILD_DIR"
    local status=0
    timeout -k 10 900 "$wine" ./portolan-conflicts-windows-tests.exe 2>&1 | tee "$BUILD_DIR/wine-tests.log" ||
        status=$?
    local ran
    ran=$(sed -n 's/^\[==========\] \([0-9]*\) tests\? from .* ran\..*/\1/p' "$BUILD_DIR/wine-tests.log" | tail -1)
    if [[ -z $ran || $ran -eq 0 ]]; then
        echo "FAIL: no test ran" >&2
        status=1
    fi
    grep -E '^\[ *(PASSED|FAILED|SKIPPED) *\]' "$BUILD_DIR/wine-tests.log" | tail -n 20 || true
    return $status
}

if [[ $INSIDE == 1 ]]; then
    run_under_wine
    exit $?
fi
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$SOURCE_DIR/tests/core/conflicts/windows" -B "$BUILD_DIR" "${generator[@]}" \
    -DCMAKE_TOOLCHAIN_FILE="$SOURCE_DIR/.ci/mingw-w64-x86_64.cmake" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"
if [[ ${PORTOLAN_WINE_NETNS:-1} == 1 ]] && unshare -n true 2>/dev/null; then
    exec unshare -n -- bash "$SCRIPT" --inside-netns "$SOURCE_DIR" "$BUILD_DIR"
fi
run_under_wine

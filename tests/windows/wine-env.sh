# The Wine prologue of tests/windows/run-wine-tests.sh: arguments, a headless Wine, the cross build, the private netns.
# Sourced with the script's arguments, `[--inside-netns] SOURCE_DIR BUILD_DIR`:
#
#     source "$(dirname "${BASH_SOURCE[0]}")/wine-env.sh" "$@"
#
# It sets INSIDE, SOURCE_DIR, BUILD_DIR, SCRIPT (the sourcing script) and a headless, non-interactive Wine
# environment (no X display, Mono/Gecko prompts disabled, WINEPREFIX under BUILD_DIR), and defines:
#   cross_build DIR       configures SOURCE_DIR/DIR with mingw-w64 into BUILD_DIR and builds it
#   enter_private_netns   runs the script again inside a private network namespace when it can; returns when not
#   boot_wine             (inside) loopback up, a fresh prefix, one wineserver, wineboot; sets WINE
#   tests_ran LOG         sets RAN to the number of tests a GoogleTest log says ran; fails, saying so, when none

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
SCRIPT=$(realpath "${BASH_SOURCE[1]}")

export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
export WINEARCH=win64
export WINEPREFIX="$BUILD_DIR/wineprefix"
unset DISPLAY WAYLAND_DISPLAY

cross_build() {
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    cmake -S "$SOURCE_DIR/$1" -B "$BUILD_DIR" "${generator[@]}" \
        -DCMAKE_TOOLCHAIN_FILE="$SOURCE_DIR/.ci/mingw-w64-x86_64.cmake" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$BUILD_DIR" -j "$(nproc)"
}

# Wine 8.0's iphlpapi looks up the owner of every socket on the host by reading /proc/PID/fd of every Wine
# process, so on a busy machine (measured here: ~2,900 sockets from other jobs made the Windows suite take 38 s
# instead of 3 s) the run goes into a private network namespace (`unshare -n`, root only) where only our sockets
# exist. PORTOLAN_WINE_NETNS=0 skips it.
enter_private_netns() {
    if [[ ${PORTOLAN_WINE_NETNS:-1} == 1 ]] && command -v ip >/dev/null && unshare -n true 2>/dev/null; then
        exec unshare -n -- bash "$SCRIPT" --inside-netns "$SOURCE_DIR" "$BUILD_DIR"
    fi
    echo "(no private network namespace: Wine will see, and slowly look up, every socket on this machine)"
}

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

boot_wine() {
    WINE=$(find_wine)
    if [[ $INSIDE == 1 ]]; then
        ip link set lo up # a new network namespace starts with loopback down
    fi
    rm -rf "$WINEPREFIX"
    mkdir -p "$WINEPREFIX"
    # One server (and Wine's services) for all the runs that follow, started before wineboot so nothing else does.
    wineserver -p 120
    trap 'wineserver -k 2>/dev/null || true' EXIT
    timeout -k 10 180 "$WINE" wineboot -i >"$BUILD_DIR/wineboot.log" 2>&1 || {
        cat "$BUILD_DIR/wineboot.log"
        echo "wineboot failed" >&2
        return 1
    }
}

tests_ran() {
    RAN=$(sed -n 's/^\[==========\] \([0-9]*\) tests\? from .* ran\..*/\1/p' "$1" | tail -1)
    if [[ -z $RAN || $RAN -eq 0 ]]; then
        echo "FAIL: no test ran" >&2
        return 1
    fi
}

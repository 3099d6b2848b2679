#!/usr/bin/env bash
# Builds Portolan (Release) and runs every test suite through ctest. Usage: tests/run-all.sh [BUILD_DIR]
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build"
# The Windows backend: cross-built with mingw-w64 and run under Wine (real Win32 calls, real sockets, a real
# Wine registry); prints its GoogleTest summary and fails when any test fails or none ran.
bash "$src/tests/windows/run-wine-tests.sh" "$src" "$build-mingw"
# Qt tests draw on the offscreen platform: no display needed.
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel 2

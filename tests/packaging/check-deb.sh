#!/usr/bin/env bash
# Builds the .deb with cpack from a finished build and checks what it holds (issue #13): the two programs, the
# desktop file, icon, AppStream metadata and polkit policy in their /usr places, library dependencies worked out
# by dpkg-shlibdeps, and desktop file and metadata that pass their validators.
#
#   tests/packaging/check-deb.sh BUILD_DIR
set -euo pipefail
build=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { # DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@" >"$work/check.log" 2>&1; then
        echo "ok: $what"
    else
        echo "FAIL: $what"
        sed 's/^/    /' "$work/check.log"
        failures=$((failures + 1))
    fi
}

(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
}
deb=$(find "$work/out" -maxdepth 1 -name 'portolan_*.deb' | head -n 1)
[[ -n $deb ]] || {
    cat "$work/cpack.log"
    echo "FAIL: cpack made no portolan_*.deb"
    exit 1
}
echo "built $(basename "$deb")"
dpkg-deb -c "$deb" | awk '{ print $NF }' >"$work/contents"
for path in ./usr/bin/portolan ./usr/bin/portolan-cli ./usr/share/applications/portolan.desktop \
    ./usr/share/icons/hicolor/scalable/apps/portolan.svg ./usr/share/metainfo/org.portolan.Portolan.metainfo.xml \
    ./usr/share/polkit-1/actions/org.portolan.apply.policy; do
    check "the package holds $path" grep -qxF "$path" "$work/contents"
done
depends=$(dpkg-deb -f "$deb" Depends)
check "Depends names the Qt 6 libraries (dpkg-shlibdeps): $depends" grep -q 'libqt6widgets6' <<<"$depends"
check "Depends names spdlog" grep -q 'libspdlog' <<<"$depends"
suggests=$(dpkg-deb -f "$deb" Suggests)
check "Suggests a CJK font for the Japanese UI: $suggests" grep -q 'fonts-noto-cjk' <<<"$suggests"
dpkg-deb -x "$deb" "$work/root"
check "desktop-file-validate portolan.desktop" desktop-file-validate "$work/root/usr/share/applications/portolan.desktop"
check "appstreamcli validate the metainfo" appstreamcli validate --no-net --pedantic \
    "$work/root/usr/share/metainfo/org.portolan.Portolan.metainfo.xml"
check "the policy's programs are the packaged ones" grep -q '/usr/bin/portolan-cli' \
    "$work/root/usr/share/polkit-1/actions/org.portolan.apply.policy"
check "the packaged CLI runs" "$work/root/usr/bin/portolan-cli" snapshot --format csv
[[ $failures == 0 ]] || {
    echo "$failures check(s) failed"
    exit 1
}
echo "the .deb is complete"

#!/usr/bin/env bash
# Refreshes translations/portolan_*.ts from the GUI's sources (issue #13): new tr() strings are added as
# unfinished, strings gone from the sources are dropped, locations are updated. Run it after changing any
# user-visible string, or after merging branches that did, then translate what is unfinished:
#   translations/update.sh                      # all .ts files
#   python3 translations/ts_tool.py unfinished translations/portolan_de.ts
# The sources are the ones translations.cmake compiles the .qm files for: app/, widgets/ and model/qt/ (*.cpp).
# tests/translations/check-ts.sh runs this same lupdate command on copies and fails when a .ts is not complete.
#
# Usage: update.sh [--lupdate PATH] [--keep-obsolete] [TS_FILE...]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
lupdate=${LUPDATE:-}
obsolete=-no-obsolete
files=()
while [ $# -gt 0 ]; do
    case $1 in
    --lupdate) lupdate=$2; shift 2 ;;
    --keep-obsolete) obsolete=; shift ;;
    -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
    *) files+=("$1"); shift ;;
    esac
done
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then lupdate=$candidate; break; fi
    done
fi
[ -n "$lupdate" ] || { echo "update.sh: lupdate not found (install qt6-l10n-tools or pass --lupdate)" >&2; exit 2; }
if [ ${#files[@]} -eq 0 ]; then
    files=("$here"/portolan_*.ts)
fi

cd "$root"
mapfile -t sources < <(find app widgets model/qt -name '*.cpp' | LC_ALL=C sort)
# The include paths let lupdate see the class declarations behind out-of-line tr() calls (its context names).
"$lupdate" -silent $obsolete -locations relative -source-language en \
    -I app -I widgets -I model/qt -I model "${sources[@]}" -ts "${files[@]}"

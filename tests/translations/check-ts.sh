#!/usr/bin/env bash
# The translation check (issue #13): fails, listing them, when a translations/portolan_*.ts
#   - is not listed in translations/translations.cmake (it would never be compiled and embedded),
#   - has unfinished or obsolete (vanished) messages after lupdate against the sources, or
#   - differs from what lupdate makes of it (someone added, changed or removed a tr() string without running
#     translations/update.sh; line numbers alone do not count),
# or when lrelease reports an unfinished or untranslated message.
# lupdate runs on temporary copies, with translations/update.sh's options and sources: the checked-in files are
# never touched. Fix a failure with translations/update.sh, then translate what is unfinished
# (python3 translations/ts_tool.py unfinished translations/portolan_<lang>.ts) and commit the .ts files.
#
# Usage: check-ts.sh SOURCE_DIR [LUPDATE [LRELEASE]]
set -uo pipefail

source_dir=$(cd "${1:?usage: check-ts.sh SOURCE_DIR [LUPDATE [LRELEASE]]}" && pwd)
lupdate=${2:-/usr/lib/qt6/bin/lupdate}
lrelease=${3:-$(dirname "$lupdate")/lrelease}
for tool in "$lupdate" "$lrelease"; do
    [ -x "$tool" ] || { echo "check-ts: $tool not found (qt6-l10n-tools)"; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

# Prints "KIND<TAB>context<TAB>source" for each unfinished or obsolete message of a .ts file.
problems() {
    awk '
        /<name>/ { sub(/.*<name>/, ""); sub(/<\/name>.*/, ""); context = $0 }
        /<source>/ { text = $0; sub(/.*<source>/, "", text); source = text }
        /<translation[ >]/ || /<translation\/>/ {
            kind = ""
            if ($0 ~ /type="unfinished"/) kind = "unfinished"
            else if ($0 ~ /type="(obsolete|vanished)"/) kind = "obsolete"
            if (kind != "") { sub(/<\/source>.*/, "", source); printf "%s\t%s\t%s\n", kind, context, source }
        }' "$1"
}

shopt -s nullglob
ts_files=("$source_dir"/translations/portolan_*.ts)
[ ${#ts_files[@]} -gt 0 ] || { echo "check-ts: no translations/portolan_*.ts in $source_dir"; exit 2; }
for ts in "${ts_files[@]}"; do
    name=$(basename "$ts")
    grep -q "translations/$name" "$source_dir/translations/translations.cmake" \
        || fail "$name is not listed in translations/translations.cmake"
    cp "$ts" "$work/$name"
done

# The same lupdate as translations/update.sh, keeping obsolete messages so that they can be reported.
if ! bash "$source_dir/translations/update.sh" --lupdate "$lupdate" --keep-obsolete "$work"/portolan_*.ts \
    >"$work/lupdate.log" 2>&1; then
    cat "$work/lupdate.log"
    fail "lupdate failed"
fi
grep -i "warning" "$work/lupdate.log" && fail "lupdate warned (see above)"

for ts in "${ts_files[@]}"; do
    name=$(basename "$ts")
    copy="$work/$name"
    total=$(grep -c "<source>" "$copy")
    list=$(problems "$copy")
    if [ -n "$list" ]; then
        fail "$name: $(grep -c . <<<"$list") of $total messages unfinished or obsolete after lupdate:"
        sed 's/^/    /' <<<"$list"
    fi
    if ! diff -u <(grep -v "<location" "$ts") <(grep -v "<location" "$copy") >"$work/$name.diff"; then
        fail "$name is not what lupdate makes of it (run translations/update.sh):"
        head -40 "$work/$name.diff" | sed 's/^/    /'
    fi
    # lrelease on the checked-in file: what the build embeds.
    report=$("$lrelease" "$ts" -qm "$work/${name%.ts}.qm" 2>&1)
    if ! grep -q "(\([0-9]*\) finished and 0 unfinished)" <<<"$report" || grep -qi "untranslated" <<<"$report"; then
        fail "$name: lrelease reports unfinished or untranslated messages:"
        sed 's/^/    /' <<<"$report"
    fi
    [ -z "$list" ] && echo "ok: $name, $total messages, $(grep -o '[0-9]* finished' <<<"$report")"
done

if [ $failed -ne 0 ]; then
    echo "Run translations/update.sh, translate the unfinished messages" \
        "(python3 translations/ts_tool.py unfinished translations/portolan_<lang>.ts), and commit the .ts files."
    exit 1
fi
echo "All translations complete."

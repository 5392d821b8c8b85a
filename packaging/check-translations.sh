#!/usr/bin/env bash
# Fails when a user-visible string has no finished Chinese translation. Runs Qt 6's lupdate over the same sources
# as the update_translations target (ui/CMakeLists.txt: the core dirs, ui/, app/main.cpp) into a temporary copy of
# each .ts, so a tr() added without a translation shows up here even if nobody re-ran lupdate. The tracked .ts
# files are never written. Fix a failure with `cmake --build --preset dev --target update_translations`, then
# translate the listed messages (Qt Linguist, or by hand) and remove their type="unfinished".
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ] && "$candidate" -version 2>&1 | grep -q 'version 6\.'; then
            lupdate=$candidate
            break
        fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "check-translations: Qt 6 lupdate not found (install qt6-l10n-tools, or set LUPDATE)" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same file set as RHDESK_CORE_SOURCES + the rhdesk_ui glob + app/main.cpp (src/sandbox has no user text).
{
    find src -path src/sandbox -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print
    find ui -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \)
    echo app/main.cpp
} | LC_ALL=C sort >"$work/sources.lst"

failed=0
shopt -s nullglob
for ts in resources/translations/*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -no-obsolete -locations none -I src -I ui "@$work/sources.lst" -ts "$copy"

    # lupdate writes one element per line (a <source> spans lines only when the text holds a newline).
    problems=$(awk '
        function unxml(s) {
            gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s)
            gsub(/&amp;/, "\\&", s)
            return s
        }
        /<name>/ { ctx = $0; sub(/.*<name>/, "", ctx); sub(/<\/name>.*/, "", ctx) }
        /<message/ { src = ""; insrc = 0; bad = ""; forms = 0; empty = 0 }
        /<source>/ { insrc = 1 }
        insrc { line = $0; sub(/.*<source>/, "", line); sub(/<\/source>.*/, "", line)
                src = (src == "" ? line : src "\\n" line) }
        /<\/source>/ { insrc = 0 }
        /<translation[^>]*type="unfinished"/ { bad = "unfinished" }
        /<translation><\/translation>|<translation\/>/ { bad = "untranslated" }
        /<numerusform><\/numerusform>|<numerusform\/>/ { bad = "untranslated" }
        /<\/message>/ { if (bad != "") printf "  %s [%s] %s\n", unxml(ctx), bad, unxml(src) }
    ' "$copy")
    total=$(grep -c '<message' "$copy" || true)
    if [ -n "$problems" ]; then
        count=$(printf '%s\n' "$problems" | wc -l)
        echo "check-translations: $ts: $count of $total messages need a translation:"
        printf '%s\n' "$problems"
        failed=1
    else
        echo "check-translations: $ts: all $total messages translated"
    fi
    if ! cmp -s "$ts" "$copy"; then
        echo "check-translations: note: $ts is not what lupdate makes of the sources now (a string changed or" \
             "was removed); run the update_translations target and commit the result"
    fi
done
exit $failed

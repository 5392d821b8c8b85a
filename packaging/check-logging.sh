#!/usr/bin/env bash
# Fails when a logging category breaks the house rules (docs/style.md, "logging categories"):
#  - each category name ("rhdesk.x") is defined by exactly one Q_LOGGING_CATEGORY, so QT_LOGGING_RULES
#    "rhdesk.x.debug=true" means one part of the program;
#  - every category is declared with QtInfoMsg (or higher) as its default threshold, so debug lines stay off in
#    every build until QT_LOGGING_RULES turns them on;
#  - names start with "rhdesk.".
set -euo pipefail
cd "$(dirname "$0")/.."

# Files still allowed to lack the threshold, each with its reason. Keep this empty.
threshold_exempt=()

mapfile -t lines < <(git grep -n -E '^\s*Q_LOGGING_CATEGORY\(' -- '*.cpp' '*.h' || true)
status=0
declare -A seen=()
for line in "${lines[@]}"; do
    file=${line%%:*}
    name=$(sed -E 's/.*Q_LOGGING_CATEGORY\([^,]+,\s*"([^"]*)".*/\1/' <<<"$line")
    if [[ "$name" != rhdesk.* ]]; then
        echo "check-logging: $file: category \"$name\" does not start with rhdesk." >&2
        status=1
    fi
    if [ -n "${seen[$name]:-}" ]; then
        echo "check-logging: \"$name\" is defined twice: ${seen[$name]} and $file (one category per name)" >&2
        status=1
    fi
    seen[$name]=$file
    if ! grep -qE ',\s*Qt(Info|Warning|Critical)Msg\s*\)' <<<"$line"; then
        exempt=0
        for e in "${threshold_exempt[@]}"; do [ "$e" = "$file" ] && exempt=1; done
        if [ $exempt -eq 0 ]; then
            echo "check-logging: $file: \"$name\" needs QtInfoMsg as its default threshold" \
                "(Q_LOGGING_CATEGORY(lc, \"$name\", QtInfoMsg))" >&2
            status=1
        fi
    fi
done
[ $status -eq 0 ] && echo "check-logging: ${#lines[@]} categories, one definition each, debug off by default"
exit $status

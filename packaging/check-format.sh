#!/usr/bin/env bash
# Fails when any tracked C++ file differs from .clang-format (clang-format 14, as Debian 12 ships it).
set -euo pipefail
cd "$(dirname "$0")/.."
formatter=$(command -v clang-format-14 || command -v clang-format)
mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
[ ${#files[@]} -eq 0 ] && exit 0
"$formatter" --dry-run --Werror "${files[@]}"
echo "check-format: ${#files[@]} files clean"

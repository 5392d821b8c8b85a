#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (preset asan, gcc), run as
# tests/run-all.sh runs it. Any memory error, leak (LeakSanitizer, at each test's exit) or undefined behaviour
# fails the test that hit it (halt_on_error, -fno-sanitize-recover=all; options in CMakePresets.json). Leaks
# inside Qt and system libraries that are not ours are suppressed in tests/support/lsan.supp, each with its reason.
# Usage: tests/run-asan.sh [ctest options…]   e.g. tests/run-asan.sh -R tst_downloader
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan
# The window-fit tests are left to the normal suite: under the sanitizers' slowdown a vertical scroll bar appears in
# the form after a run and narrows every field by its width (29 px), so "no field changed width after a run" fails
# without any memory fault (seen 2026-11; why the form grows only then is not known yet).
bash tests/support/test-session.sh ctest --preset asan -E 'tst_windowfit' "$@"

#!/usr/bin/env bash
# Sets up (Debian packages), builds with warnings as errors and runs every test. GUI tests run offscreen;
# keychain tests get a private D-Bus session with an unlocked gnome-keyring, so nothing touches the user's own.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
bash tests/support/test-session.sh ctest --preset ci "$@"

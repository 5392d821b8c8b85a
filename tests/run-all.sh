#!/usr/bin/env bash
# Sets up (Debian packages), builds with warnings as errors and runs every test. GUI tests run offscreen;
# keychain tests get a private D-Bus session with an unlocked gnome-keyring, so nothing touches the user's own.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
# The test keyring lives in the temp dir too, never among the user's own keyrings.
mkdir -p "$runtime/data"
export XDG_RUNTIME_DIR="$runtime" XDG_DATA_HOME="$runtime/data" QT_QPA_PLATFORM=offscreen
dbus-run-session -- bash tests/support/with-keyring.sh ctest --preset ci "$@"

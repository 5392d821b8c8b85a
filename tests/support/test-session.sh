#!/usr/bin/env bash
# Runs "$@" the way the test suite runs: GUI offscreen, a private XDG runtime and data dir, and a private D-Bus
# session with an unlocked gnome-keyring, so nothing touches the user's own config, keyring or session.
set -euo pipefail
runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
# The test keyring lives in the temp dir too, never among the user's own keyrings.
mkdir -p "$runtime/data"
export XDG_RUNTIME_DIR="$runtime" XDG_DATA_HOME="$runtime/data" QT_QPA_PLATFORM=offscreen
dbus-run-session -- bash "$(dirname "$0")/with-keyring.sh" "$@"

#!/usr/bin/env bash
# Inside a private D-Bus session: start gnome-keyring's Secret Service unlocked, warm it up, then run "$@".
# If the keyring cannot start, the tests still run and the keychain tests take the "no keychain" path.
set -u
if command -v gnome-keyring-daemon >/dev/null 2>&1; then
    eval "$(printf '%s' rhdesk-tests | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
    # The first write can meet a locked collection; one store and lookup makes it ready.
    printf 'warm' | secret-tool store --label=rhdesk-warmup rhdesk warmup >/dev/null 2>&1 || true
    secret-tool lookup rhdesk warmup >/dev/null 2>&1 || true
fi
exec "$@"

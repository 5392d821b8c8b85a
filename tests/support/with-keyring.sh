#!/usr/bin/env bash
# Inside a private D-Bus session: start gnome-keyring's Secret Service unlocked, warm it up, then run "$@".
# The keychain tests need a real Secret Service: when it does not start, this says why and fails, rather than let
# those tests quietly take the "no keychain" path.
set -u
fail() {
    echo "with-keyring: $*" >&2
    echo "with-keyring: install gnome-keyring and libsecret-tools (bash packaging/install-deps.sh)" >&2
    exit 1
}
command -v gnome-keyring-daemon >/dev/null 2>&1 || fail "gnome-keyring-daemon is missing"
command -v secret-tool >/dev/null 2>&1 || fail "secret-tool is missing"
errors=$(mktemp)
env_lines=$(printf '%s' rhdesk-tests | gnome-keyring-daemon --unlock --components=secrets 2>"$errors") ||
    fail "gnome-keyring-daemon did not start: $(cat "$errors")"
rm -f "$errors"
eval "$env_lines"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
# The first write can meet a locked collection; one store and lookup makes it ready.
printf 'warm' | secret-tool store --label=rhdesk-warmup rhdesk warmup >/dev/null 2>&1 ||
    fail "the Secret Service refused a test secret (secret-tool store)"
[ "$(secret-tool lookup rhdesk warmup 2>/dev/null)" = warm ] ||
    fail "the Secret Service did not give the test secret back (secret-tool lookup)"
exec "$@"

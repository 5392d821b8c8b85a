#!/usr/bin/env bash
# Installs every Debian 12 package rhdesk needs to build, test and run.
# The one list: README, .ci/run and developers all call this script.
# Idempotent and quiet when everything is already there.
# Usage: install-deps.sh [--fuzz]   --fuzz adds the optional group for the libFuzzer harnesses (tests/run-fuzz.sh).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6 qt6-image-formats-plugins
    qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev
    clang-format-14
    xvfb xauth fonts-wqy-microhei
    dbus dbus-x11 gnome-keyring libsecret-tools
)

# Optional: clang and its libFuzzer/sanitizer runtimes (the asan preset uses gcc's, which build-essential brings).
fuzz_packages=(clang-14 libclang-rt-14-dev)

for arg in "$@"; do
    case "$arg" in
    --fuzz) packages+=("${fuzz_packages[@]}") ;;
    *)
        echo "install-deps: unknown option $arg (known: --fuzz)" >&2
        exit 2
        ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

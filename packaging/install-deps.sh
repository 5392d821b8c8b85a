#!/usr/bin/env bash
# Installs the Debian 12 packages rhdesk needs. The one list: README, .ci/run and developers all call this script.
#   bash packaging/install-deps.sh           build, test and run (README's two commands)
#   bash packaging/install-deps.sh package   the same plus the packaging tools (build-deb.sh, check-package.sh,
#                                            test-fresh-root.sh)
#   bash packaging/install-deps.sh fuzz      the same plus clang for the libFuzzer harnesses (tests/run-fuzz.sh)
# Groups combine (`package fuzz`). Idempotent and quiet when everything is already there. As root it runs apt-get
# itself, else through sudo; with neither it prints the exact command to run as root.
set -euo pipefail

base=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6 qt6-image-formats-plugins
    qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libssl-dev
    libquazip1-qt6-dev libcsv-dev libicu-dev
    clang-format-14
    xvfb xauth fonts-wqy-microhei
    dbus dbus-x11 gnome-keyring libsecret-tools
)
# dpkg-buildpackage and dh; lintian, appstreamcli, desktop-file-validate; mmdebstrap for a fresh Debian root and
# netpbm to turn its screenshot (XWD) into a PNG.
package=(debhelper dpkg-dev fakeroot lintian appstream desktop-file-utils mmdebstrap netpbm)

# clang and its libFuzzer/sanitizer runtimes (the asan preset uses gcc's, which build-essential brings).
fuzz=(clang-14 libclang-rt-14-dev)

packages=("${base[@]}")
for group in "$@"; do
    case "$group" in
    package) packages+=("${package[@]}") ;;
    fuzz) packages+=("${fuzz[@]}") ;;
    *)
        echo "usage: $0 [package] [fuzz]" >&2
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

echo "install-deps: ${#missing[@]} Debian packages to install (with what they need): ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
    echo "install-deps: not root; using sudo (it may ask for your password)"
else
    echo "install-deps: not root and there is no sudo. As root (e.g. after 'su -'), run:" >&2
    echo "    apt-get update && apt-get install --no-install-recommends ${missing[*]}" >&2
    echo "then run this again." >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: apt-get update"
"${sudo[@]}" apt-get update -q
# apt's own lines (Get:, Unpacking, Setting up) are the progress: a first install downloads a few hundred MB.
echo "install-deps: apt-get install (this can take several minutes on a fresh machine)"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "install-deps: done"

#!/usr/bin/env bash
# Installs the package into a fresh Debian 12 root (mmdebstrap) as a new user would and tries it:
#  1. `apt-get install --no-install-recommends ./rhdesk_*.deb` — Depends alone must be enough;
#  2. `rhdesk --version` and `rhdesk --help` with no display and no D-Bus session: exit 0;
#  3. a CJK font is there (fontconfig), then `rhdesk --sandbox --lang zh_CN` for 10 s under xvfb-run (installed only
#     now, so it cannot supply what the package forgot), with a screenshot of the window:
#     build/fresh-root/sandbox-zh_CN.png — look at it: the Chinese must be glyphs, not boxes.
# Needs root (mmdebstrap makes a chroot), the Debian archive and build/deb/ (packaging/build-deb.sh). Takes 3 to 4
# minutes on a 2-core machine with a fast mirror (it downloads about 200 MB each time). Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
    echo "test-fresh-root: mmdebstrap needs root here; run: sudo bash packaging/test-fresh-root.sh" >&2
    exit 2
fi
version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
deb=$PWD/build/deb/rhdesk_${version}_$(dpkg --print-architecture).deb
if [ ! -f "$deb" ]; then
    echo "test-fresh-root: no $deb; build it first: bash packaging/build-deb.sh" >&2
    exit 2
fi
out=$PWD/build/fresh-root
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs inside the root. Never stops on a failed check: it notes it in results/failures, so that the results still
# come out of the root (a failing hook would end mmdebstrap before copy-out).
cat >"$work/inside.sh" <<'INSIDE'
#!/bin/sh
set -u
r=/tmp/results
mkdir -p $r
note() { echo "$*" >>$r/failures; }
export DEBIAN_FRONTEND=noninteractive
cd /tmp
start=$(date +%s)
apt-get install -y -q --no-install-recommends ./rhdesk_*.deb >$r/install.log 2>&1 || note "apt-get install failed"
echo "install: $(($(date +%s) - start)) s" >>$r/timings
rhdesk --version >$r/version.txt 2>&1 || note "rhdesk --version exited with $? (no display)"
rhdesk --help >$r/help.txt 2>&1 || note "rhdesk --help exited with $? (no display)"
fc-list :lang=zh family >$r/cjk-fonts.txt 2>&1
[ -s $r/cjk-fonts.txt ] || note "no font with Chinese glyphs installed"
apt-get install -y -q --no-install-recommends xvfb xauth >$r/install-xvfb.log 2>&1 || note "xvfb install failed"
mkdir -p /tmp/fb
mkdir -m 700 /tmp/runtime
export XDG_RUNTIME_DIR=/tmp/runtime # as a desktop session has it
start=$(date +%s)
xvfb-run -a -s '-screen 0 1440x900x24 -fbdir /tmp/fb' sh -c '
    rhdesk --sandbox --lang zh_CN >/tmp/results/sandbox.log 2>&1 &
    pid=$!
    sleep 10
    cp /tmp/fb/Xvfb_screen0 /tmp/results/screen.xwd
    kill $pid || { echo "rhdesk --sandbox quit by itself" >>/tmp/results/failures; exit 0; }
    wait $pid 2>/dev/null' || true
echo "sandbox window: $(($(date +%s) - start)) s" >>$r/timings
exit 0
INSIDE

echo "test-fresh-root: making a Debian 12 root, installing $(basename "$deb") and trying it"
start=$(date +%s)
mmdebstrap --variant=apt \
    --customize-hook="copy-in $deb $work/inside.sh /tmp" \
    --customize-hook='chroot "$1" sh /tmp/inside.sh' \
    --customize-hook="copy-out /tmp/results $out" \
    bookworm /dev/null \
    "deb http://deb.debian.org/debian bookworm main" \
    "deb http://deb.debian.org/debian bookworm-updates main" \
    "deb http://deb.debian.org/debian-security bookworm-security main"
echo "test-fresh-root: took $(($(date +%s) - start)) s in all; inside the root:"
sed 's/^/    /' "$out/results/timings"

r=$out/results
status=0
if [ -s "$r/failures" ]; then
    sed 's/^/test-fresh-root: FAIL: /' "$r/failures" >&2
    status=1
fi
grep -q "$version" "$r/version.txt" || { echo "test-fresh-root: FAIL: --version said: $(cat "$r/version.txt")" >&2; status=1; }
echo "test-fresh-root: rhdesk --version: $(cat "$r/version.txt")"
echo "test-fresh-root: Chinese fonts: $(paste -sd';' "$r/cjk-fonts.txt")"
if [ -s "$r/sandbox.log" ]; then
    echo "test-fresh-root: what rhdesk --sandbox printed:"
    sed 's/^/    /' "$r/sandbox.log"
fi
if grep -qE '404|[Ee]rror' "$r/sandbox.log" 2>/dev/null; then
    echo "test-fresh-root: FAIL: the sandbox run logged an error" >&2
    status=1
fi
if [ -f "$r/screen.xwd" ]; then
    xwdtopnm "$r/screen.xwd" 2>/dev/null | pnmtopng >"$out/sandbox-zh_CN.png"
    echo "test-fresh-root: screenshot: $out/sandbox-zh_CN.png"
else
    echo "test-fresh-root: FAIL: no screenshot" >&2
    status=1
fi
[ $status -eq 0 ] && echo "test-fresh-root: passed"
exit $status

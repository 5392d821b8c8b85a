#!/usr/bin/env bash
# CI's packaging stage: builds the Debian package (build-deb.sh) and checks it as Debian and the desktops would:
# lintian with 0 errors and 0 warnings (overrides only with a reason, in packaging/debian/*lintian-overrides),
# AppStream (appstreamcli --pedantic, offline) and desktop-file-validate, the package's fields and files, hardening
# and stripping of the binary, and the packaged `rhdesk --version` and `--help` with no display at all.
# `--no-build` checks what build/deb/ already holds. Needs `bash packaging/install-deps.sh package`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
    bash packaging/build-deb.sh
fi
arch=$(dpkg --print-architecture)
version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
deb=build/deb/rhdesk_${version}_${arch}.deb
dbgsym=build/deb/rhdesk-dbgsym_${version}_${arch}.deb
changes=build/deb/rhdesk_${version}_${arch}.changes
failed=0
fail() {
    echo "check-package: FAIL: $*" >&2
    failed=1
}
step() { echo "check-package: $*"; }

step "lintian (errors and warnings fail; info shown)"
start=$(date +%s)
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$changes" || fail "lintian"
step "lintian took $(($(date +%s) - start)) s"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

step "AppStream metadata and desktop file"
appstreamcli validate --pedantic --no-net packaging/io.github.rhdesk.metainfo.xml || fail "appstreamcli validate"
# The installed tree: metainfo, desktop file and icon found where the software centres look for them.
appstreamcli validate-tree --pedantic --no-net "$root" || fail "appstreamcli validate-tree"
desktop-file-validate "$root/usr/share/applications/rhdesk.desktop" || fail "desktop-file-validate"

step "package fields (dpkg -I)"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Section)" = graphics ] || fail "Section is $(field Section), not graphics"
[[ "$(field Maintainer)" =~ \<[^@\>]+@[^\>]+\> ]] || fail "Maintainer has no address: $(field Maintainer)"
depends=$(field Depends)
for needed in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins 'fonts-noto-cjk | fonts-wqy-microhei' \
    libqt6widgets6 libqt6keychain1; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done
[[ "$(field Recommends)" == *gnome-keyring* ]] || fail "Recommends lacks a keychain service"
[ -n "$(field Description | sed -n 2p)" ] || fail "no extended description"

step "package files (dpkg -c)"
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/rhdesk ./usr/share/applications/rhdesk.desktop ./usr/share/icons/hicolor/scalable/apps/rhdesk.svg \
    ./usr/share/metainfo/io.github.rhdesk.metainfo.xml ./usr/share/man/man1/rhdesk.1.gz \
    ./usr/share/doc/rhdesk/copyright ./usr/share/doc/rhdesk/changelog.gz; do
    grep -qxF "$path" <<<"$listing" || fail "$path is not in the package"
done
unexpected=$(grep -vE '^\./($|usr/($|bin/|share/($|applications/|icons/|metainfo/|man/|doc/)))' <<<"$listing" || true)
[ -z "$unexpected" ] || fail "unexpected files in the package: $unexpected"
[ -f "$dbgsym" ] || fail "no debug symbol package $dbgsym"
grep -qE '/usr/lib/debug/\.build-id/.*\.debug$' <<<"$(dpkg-deb -c "$dbgsym")" || fail "the -dbgsym package holds no .debug file"

step "binary: stripped and hardened"
bin=$root/usr/bin/rhdesk
# (readelf's output is read whole: `readelf | grep -q` can kill readelf with SIGPIPE, which pipefail reports.)
sections=$(readelf -S -W "$bin")
symbols=$(readelf --dyn-syms -W "$bin")
! grep -q '\.debug_info' <<<"$sections" || fail "the binary is not stripped"
grep -q 'Type:.*DYN' <<<"$(readelf -h "$bin")" || fail "the binary is not PIE"
grep -q GNU_RELRO <<<"$(readelf -l -W "$bin")" || fail "no RELRO"
grep -qE 'BIND_NOW|FLAGS.*NOW' <<<"$(readelf -d -W "$bin")" || fail "no BIND_NOW"
grep -q '__stack_chk_fail' <<<"$symbols" || fail "no stack protector"
grep -qE '__[a-z]+_chk' <<<"$symbols" || fail "no _FORTIFY_SOURCE functions"

step "the packaged binary with no display: --version, --help"
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)
if out=$("${nodisplay[@]}" "$bin" --version 2>&1); then
    [[ "$out" == *"$version"* ]] || fail "rhdesk --version printed '$out', not the version $version"
else
    fail "rhdesk --version exited with $? and no display: $out"
fi
if out=$("${nodisplay[@]}" "$bin" --help 2>&1); then
    [[ "$out" == *--sandbox* ]] || fail "rhdesk --help does not list --sandbox: $out"
else
    fail "rhdesk --help exited with $? and no display: $out"
fi

if [ $failed -ne 0 ]; then
    echo "check-package: FAILED" >&2
    exit 1
fi
echo "check-package: $deb is clean"

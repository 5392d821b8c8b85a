#!/usr/bin/env bash
# Builds the Debian package the Debian way (dpkg-buildpackage → dh with CMake, packaging/debian/) into build/deb/:
# rhdesk_<version>_<arch>.deb, rhdesk-dbgsym_…deb, the source package (.dsc, .tar.xz), .buildinfo and .changes.
# Nothing is written into the source tree: dpkg-buildpackage puts its results in the parent of the folder it builds,
# so the tree (tracked and new files, as they are now; not build/) is copied to build/deb/rhdesk-<version>, with
# packaging/debian as its debian/, and built there. Needs the packaging tools: `bash packaging/install-deps.sh package`.
# Takes about as long as a release build (nothing is reused: the package is built clean, as a buildd would).
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/deb

cmake_version=$(sed -nE 's/^project\(rhdesk VERSION ([0-9.]+).*/\1/p' CMakeLists.txt)
deb_version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
if [ "$cmake_version" != "$deb_version" ]; then
    echo "build-deb: CMakeLists.txt says version $cmake_version but packaging/debian/changelog says $deb_version;" \
        "add a changelog entry (dch -c packaging/debian/changelog -v $cmake_version)" >&2
    exit 1
fi

src=$out/rhdesk-$deb_version # the name dpkg-source expects
rm -rf "$out"
mkdir -p "$src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Tracked and untracked-but-not-ignored files that exist now: what a commit of this tree would hold.
    git ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done |
        tar --null -T - -cf - | tar -xf - -C "$src"
else
    tar --exclude=./build --exclude=./.git -cf - . | tar -xf - -C "$src"
fi
rm -rf "$src/debian"
cp -a packaging/debian "$src/debian"

echo "build-deb: building rhdesk $deb_version in $src (dpkg-buildpackage, RelWithDebInfo, hardening=+all)"
start=$(date +%s)
(cd "$src" && dpkg-buildpackage --build=full --no-sign -j"$(nproc)")
echo "build-deb: done in $(($(date +%s) - start)) s:"
ls -l "$out"/*.deb "$out"/*.changes

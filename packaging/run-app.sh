#!/usr/bin/env bash
# Sets up (Debian packages), builds and starts rhdesk. Arguments go to the app, e.g. --sandbox, --lang zh_CN.
# With no display (a server, a container) the app runs under xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
app=build/release/app/rhdesk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-app: no display; starting under xvfb-run (screen 1440x900)" >&2
    exec xvfb-run -a -s '-screen 0 1440x900x24' "$app" "$@"
fi
exec "$app" "$@"

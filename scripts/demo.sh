#!/usr/bin/env bash
# Installs what is missing, builds Comptoir and opens it on its built-in demo data.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOMPTOIR_BUILD_TESTS=OFF >/dev/null
cmake --build build --target comptoir

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting Comptoir on a virtual X server (xvfb-run). Stop it with Ctrl+C." >&2
  exec xvfb-run -a -s "-screen 0 1440x900x24" build/src/app/comptoir --demo "$@"
fi
exec build/src/app/comptoir --demo "$@"

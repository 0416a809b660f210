#!/usr/bin/env bash
# Screenshots of every page of the demo in Dutch, French and English (and English on the
# dark palette) under a virtual X server, into docs/screenshots/ as <page>-<lang>.png.
# Look at them after a change to the user interface: clipped or overflowing text shows here.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${COMPTOIR_BUILD_DIR:-build} # another configured build folder may be given
./scripts/install-deps.sh
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOMPTOIR_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target comptoir
out=docs/screenshots
mkdir -p "$out"
# A throw-away home: the demo and the settings start fresh, the user's own stay untouched.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# The demo data is shared by the runs; each starts with fresh settings (column widths
# remembered in one language do not carry over to the next).
run() {
  local config
  config=$(mktemp -d "$home/config.XXXX")
  HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$config" \
    xvfb-run -a -s "-screen 0 1440x900x24" "$build/src/app/comptoir" --demo --screenshot "$out" "$@" >/dev/null
}
for lang in nl fr en; do
  run --language "$lang" --screenshot-suffix "-$lang"
done
run --language en --appearance dark --screenshot-suffix "-dark"

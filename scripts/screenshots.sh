#!/usr/bin/env bash
# Screenshots of every page of the demo in Dutch, French and English (and English on the
# dark palette) under a virtual X server, into docs/screenshots/ as <page>-<lang>.png.
# Look at them after a change to the user interface: clipped or overflowing text shows here.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOMPTOIR_BUILD_TESTS=OFF >/dev/null
cmake --build build --target comptoir
out=docs/screenshots
mkdir -p "$out"
# A throw-away home: the demo and the settings start fresh, the user's own stay untouched.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run() {
  HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    xvfb-run -a -s "-screen 0 1440x900x24" build/src/app/comptoir --demo --screenshot "$out" "$@"
}
for lang in nl fr en; do
  run --language "$lang" --screenshot-suffix "-$lang"
done
run --language en --appearance dark --screenshot-suffix "-dark"

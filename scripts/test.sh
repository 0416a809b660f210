#!/usr/bin/env bash
# Installs what is missing, builds Comptoir with warnings as errors and runs the whole
# test suite through ctest. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOMPTOIR_WERROR=ON -DCOMPTOIR_BUILD_TESTS=ON
cmake --build build-tests

# Tests that use the OS keychain talk to a real Secret Service: a private D-Bus session
# with an unlocked gnome-keyring, torn down when the tests end.
export COMPTOIR_TEST_HOME
COMPTOIR_TEST_HOME=$(mktemp -d)
trap 'rm -rf "$COMPTOIR_TEST_HOME"' EXIT
exec dbus-run-session -- bash -c '
  export HOME="$COMPTOIR_TEST_HOME" XDG_DATA_HOME="$COMPTOIR_TEST_HOME/.local/share"
  mkdir -p "$XDG_DATA_HOME/keyrings"
  eval "$(printf "comptoir-tests\n" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
  ctest --test-dir build-tests --output-on-failure -j2 -LE "slow|bench"
'

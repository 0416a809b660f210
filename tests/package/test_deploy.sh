#!/usr/bin/env bash
# cmake/ComptoirDeploy.cmake, which the Windows and macOS installs use to run windeployqt /
# macdeployqt and copy the other libraries, run on Linux through its Windows branch with a
# stand-in for Qt's deploy tool (tests/package/deploy/): each component's install must
# call the deploy tool for its executables and copy the non-system library they link.
#
#   tests/package/test_deploy.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d /tmp/comptoir-deploy-test.XXXXXX)
trap 'rm -rf "$work"' EXIT

cmake -S "$here/deploy" -B "$work/build" -G Ninja -DCOMPTOIR_SOURCE_DIR="$source_dir" >"$work/log" 2>&1 || { cat "$work/log"; fail "configure"; }
cmake --build "$work/build" >>"$work/log" 2>&1 || { cat "$work/log"; fail "build"; }
for component in app portal; do
  cmake --install "$work/build" --component "$component" --prefix "$work/$component" >>"$work/log" 2>&1 \
    || { cat "$work/log"; fail "install of $component"; }
done
calls_app=$(cat "$work/app/deploy-calls.txt")
calls_portal=$(cat "$work/portal/deploy-calls.txt")
echo "app: $calls_app"
echo "portal: $calls_portal"
[ "$calls_app" = 'EXECUTABLE bin/comptoir GENERATE_QT_CONF ADDITIONAL_EXECUTABLES bin/comptoir-cli' ] || fail "the app's deploy call"
[ "$calls_portal" = 'EXECUTABLE bin/comptoir-portal GENERATE_QT_CONF' ] || fail "the portal's deploy call"
[ -f "$work/app/bin/libhelper.so" ] || fail "the app's own library was not copied beside it"
[ -f "$work/portal/bin/libhelper.so" ] || fail "the portal's own library was not copied beside it"
if ls "$work/app/bin" | grep -q "^libc\.\|^libstdc"; then fail "system libraries were copied"; fi
echo "passed"

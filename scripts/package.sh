#!/usr/bin/env bash
# Builds Comptoir's Debian packages — comptoir (the app and comptoir-cli) and comptoir-portal —
# in Release with Debian's hardening flags, checks them with lintian, and prints where they
# are (build-package/packages/). Install with: sudo apt-get install ./build-package/packages/comptoir_*.deb
# Extra arguments go to tests/package/test_package.sh when the first one is --test, which then
# also installs the packages into a throw-away root, runs them and purges them.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cppflags=$(dpkg-buildflags --get CPPFLAGS)
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $cppflags"
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S . -B build-package -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOMPTOIR_BUILD_TESTS=OFF \
  -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
cmake --build build-package
rm -rf build-package/packages
cpack -G DEB --config build-package/CPackConfig.cmake -B build-package/packages >/dev/null
rm -rf build-package/packages/_CPack_Packages
echo "== lintian"
lintian --fail-on error,warning --suppress-tags initial-upload-closes-no-bugs build-package/packages/*.deb 2>&1 \
  | grep -v "^running with root privileges" || true
lintian --fail-on error,warning --suppress-tags initial-upload-closes-no-bugs build-package/packages/*.deb >/dev/null 2>&1
if [ "${1:-}" = "--test" ]; then
  shift
  bash tests/package/test_package.sh build-package "$@"
fi
echo "== packages"
ls -1 "$PWD"/build-package/packages/*.deb

#!/usr/bin/env bash
# The Windows installer's recipe, checked on Linux: CPack's NSIS generator with this build's
# configuration (cmake/ComptoirPackaging.cmake) and makensis (Debian's nsis package) must
# compile an installer — which compiles the uninstaller's question about the user's data
# (installers/windows/uninstall-user-data.nsh) — with the Start-menu shortcut, both
# components (the portal unticked) and the question before the program's files are removed.
# The programs inside are this build's Linux ones and windeployqt does not run (it is
# Windows-only): this checks the recipe, not a Windows build. Exits 77 without makensis.
#
#   tests/package/test_nsis.sh <build-dir>
set -euo pipefail
build=$(cd "${1:?usage: test_nsis.sh <build-dir>}" && pwd)
command -v makensis >/dev/null || { echo "SKIP: makensis (Debian package nsis) is missing" >&2; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d /tmp/comptoir-nsis-test.XXXXXX)
trap 'rm -rf "$work"' EXIT

cpack -G NSIS --config "$build/CPackConfig.cmake" -B "$work" -D CPACK_NSIS_COMPRESSOR=zlib >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; find "$work" -name NSISOutput.log -exec cat {} +; fail "cpack -G NSIS failed"; }
installer=$(ls "$work"/comptoir-*.exe)
file "$installer" | grep -q "PE32 executable" || fail "not a Windows program: $(file "$installer")"
nsi=$(find "$work/_CPack_Packages" -name project.nsi)
grep -qF 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\Comptoir.lnk" "$INSTDIR\bin\comptoir.exe"' "$nsi" || fail "no Start-menu shortcut"
grep -qF 'WriteUninstaller "$INSTDIR\Uninstall.exe"' "$nsi" || fail "no uninstaller"
grep -q '^Section "Comptoir" app' "$nsi" || fail "no app component"
grep -q '^Section /o "Reference portal (for demonstrations and tests)" portal' "$nsi" || fail "the portal component is not unticked"
question=$(grep -n 'uninstall-user-data.nsh' "$nsi" | cut -d: -f1)
removal=$(grep -n ';Remove files we installed' "$nsi" | cut -d: -f1)
[ -n "$question" ] && [ -n "$removal" ] && [ "$question" -lt "$removal" ] || fail "the question about the user's data does not come before the files are removed"
echo "passed: $(basename "$installer") compiled ($(stat -c %s "$installer") bytes)"

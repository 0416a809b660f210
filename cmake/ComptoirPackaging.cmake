# CPack: the packages made from the install rules of installers/CMakeLists.txt.
#   Linux    DEB, one package per component: comptoir (app) and comptoir-portal (portal),
#            with run-time dependencies read off the binaries by dpkg-shlibdeps
#            (scripts/package.sh; checked by tests/package).
#   Windows  NSIS installer with both components (the portal unticked), Start-menu
#            shortcut, uninstaller that asks before removing the user's data.
#   macOS    DragNDrop: a DMG holding Comptoir.app.
# installers/README.md says how to build each one.
# Included from installers/CMakeLists.txt, whose variables (COMPTOIR_APP_ID,
# COMPTOIR_ICON_DIR, COMPTOIR_PACKAGE_MAINTAINER) it uses.
set(CPACK_PACKAGE_NAME comptoir)
set(CPACK_PACKAGE_VENDOR Comptoir)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Comptoir)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Comptoir)
set(CPACK_PACKAGE_CONTACT "${COMPTOIR_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/ComptoirCPackOptions.cmake)
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/ComptoirDebStrip.cmake)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "\\\\.user$")

# --- Components ----------------------------------------------------------------------------
set(CPACK_COMPONENTS_ALL app portal)
set(CPACK_COMPONENT_APP_DISPLAY_NAME "Comptoir")
set(CPACK_COMPONENT_APP_DESCRIPTION
    "The desktop application and comptoir-cli, the command-line tool for bookkeepers and scripts.")
set(CPACK_COMPONENT_APP_REQUIRED ON)
set(CPACK_COMPONENT_PORTAL_DISPLAY_NAME "Reference portal (for demonstrations and tests)")
set(CPACK_COMPONENT_PORTAL_DESCRIPTION
    "comptoir-portal serves Comptoir's Portal API with demo data. Not needed to use Comptoir.")
set(CPACK_COMPONENT_PORTAL_DISABLED ON) # unticked in the Windows installer

# --- Debian --------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # <package>_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${COMPTOIR_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Depends: from the ELF files, by dpkg-shlibdeps
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_APP_PACKAGE_NAME comptoir)
set(CPACK_DEBIAN_PORTAL_PACKAGE_NAME comptoir-portal)
# What dpkg-shlibdeps cannot see, because Qt loads it at run time: the SQLite driver of
# Qt Sql (the cache) and the SVG icon engine (every icon). The platform plugins (xcb,
# offscreen) are in libqt6gui6, TLS (OpenSSL) comes with libqt6network6.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PORTAL_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own texts (buttons of standard dialogs) in Dutch and French; a Secret Service for
# saved sign-ins (without one Comptoir still works, it just cannot remember them).
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PORTAL_PACKAGE_SUGGESTS "comptoir")
set(CPACK_DEBIAN_APP_DESCRIPTION
"back-office for merchants with CCV payment terminals
Comptoir shows the turnover, transactions and day closes of the CCV payment
terminals of one shop or several, from a local copy of the merchant's portal
data: every page opens at once and works offline. It includes comptoir-cli,
the command-line tool for bookkeepers and scripts.")
set(CPACK_DEBIAN_PORTAL_DESCRIPTION
"reference portal for Comptoir, for demonstrations and tests
comptoir-portal serves Comptoir's Portal API v1 over HTTP with a realistic
demo merchant (locations, terminals, transactions, day closes) and the
sign-in rules of the real portal. It is not needed to use Comptoir.")

# --- Windows (NSIS) ------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "Comptoir")
set(CPACK_NSIS_DISPLAY_NAME "Comptoir ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\comptoir.exe")
file(TO_NATIVE_PATH "${COMPTOIR_ICON_DIR}/${COMPTOIR_APP_ID}.ico" _ico)
set(CPACK_NSIS_MUI_ICON "${_ico}")
set(CPACK_NSIS_MUI_UNIICON "${_ico}")
set(CPACK_PACKAGE_EXECUTABLES comptoir Comptoir) # the Start-menu shortcut
set(CPACK_NSIS_MUI_FINISHPAGE_RUN comptoir.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (comptoir-cli) on the PATH
set(CPACK_NSIS_UNINSTALL_NAME Uninstall)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# CPack 3.25 writes an ANSI NSIS script (no "Unicode true"): the uninstaller's question in
# Dutch and French is converted from UTF-8 to the build machine's ANSI code page, which
# holds its accents on Western European Windows (cp1252).
file(TO_NATIVE_PATH "${CMAKE_BINARY_DIR}/installers/uninstall-user-data.nsh" _nsh)
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include /CHARSET=UTF8 \\\"${_nsh}\\\"")

# --- macOS (DragNDrop) ---------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Comptoir ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)

if(WIN32)
  set(CPACK_GENERATOR NSIS)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE) # one DMG: Comptoir.app with both
else()
  set(CPACK_GENERATOR DEB)
endif()

include(CPack)

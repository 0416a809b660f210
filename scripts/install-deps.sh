#!/usr/bin/env bash
# Installs exactly the Debian 12 packages Comptoir needs that are not installed yet.
# Idempotent and non-interactive; run as root (or with sudo available).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-pdf-dev qt6-svg-dev
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qtkeychain-qt6-dev libxlsxwriter-dev
  catch2 libbenchmark-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  poppler-utils python3 zlib1g-dev
  dpkg-dev fakeroot lintian appstream desktop-file-utils man-db nsis
  fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"

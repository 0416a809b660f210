#!/usr/bin/env bash
# The Debian packages as a user gets them: made by CPack from <build-dir>, checked with
# lintian, appstreamcli and desktop-file-validate, installed with apt-get into a throw-away
# copy of this machine (an overlay of / in a private mount namespace: the machine itself is
# not changed), the installed programs run, then purged; nothing they installed may be
# left, and nothing of the system's may be gone.
#
#   tests/package/test_package.sh <build-dir> [<version>]
#
# Needs root (apt-get, mount); exits 77 (skipped) without it. Without overlayfs it falls
# back to the machine itself, and refuses if Comptoir is installed there already.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8

build=$(cd "${1:?usage: test_package.sh <build-dir> [<version>]}" && pwd)
version=${2:-$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
start=$(date +%s)
step() { echo "== $(( $(date +%s) - start )) s: $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: installing packages needs root" >&2
  exit 77
fi
for tool in cpack lintian appstreamcli desktop-file-validate dpkg-deb apt-get; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/install-deps.sh"
done

work=$(mktemp -d /tmp/comptoir-package-test.XXXXXX)
trap 'rm -rf "$work"' EXIT

step "cpack -G DEB"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
mkdir -p "$work/debs"
mv "$work"/cpack/*.deb "$work/debs/"
app_deb="$work/debs/comptoir_${version}-1_$(dpkg --print-architecture).deb"
portal_deb="$work/debs/comptoir-portal_${version}-1_$(dpkg --print-architecture).deb"
[ -f "$app_deb" ] && [ -f "$portal_deb" ] || fail "expected $app_deb and $portal_deb, got: $(ls "$work/debs")"

step "package contents and dependencies"
dpkg-deb -c "$app_deb" | awk '{print $6}' >"$work/app.files"
for f in ./usr/bin/comptoir ./usr/bin/comptoir-cli ./usr/share/applications/eu.comptoir.Comptoir.desktop \
         ./usr/share/metainfo/eu.comptoir.Comptoir.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/eu.comptoir.Comptoir.svg \
         ./usr/share/icons/hicolor/48x48/apps/eu.comptoir.Comptoir.png ./usr/share/icons/hicolor/256x256/apps/eu.comptoir.Comptoir.png \
         ./usr/share/man/man1/comptoir.1.gz ./usr/share/man/man1/comptoir-cli.1.gz \
         ./usr/share/doc/comptoir/copyright ./usr/share/doc/comptoir/changelog.Debian.gz; do
  grep -qxF "$f" "$work/app.files" || fail "comptoir package lacks $f"
done
if grep -q "comptoir-portal" "$work/app.files"; then fail "the comptoir package must not hold the portal"; fi
dpkg-deb -c "$portal_deb" | awk '{print $6}' | grep -qxF ./usr/bin/comptoir-portal || fail "comptoir-portal package lacks its program"
depends=$(dpkg-deb -f "$app_deb" Depends)
echo "comptoir Depends: $depends"
# Read off the binaries by dpkg-shlibdeps, plus the plugins Qt loads at run time.
for d in libqt6core6 libqt6widgets6 libqt6keychain1 libsqlite3-0 libqt6sql6-sqlite libqt6svg6; do
  [[ ", $depends," == *", $d"[\ ,]* ]] || fail "comptoir does not depend on $d"
done

step "lintian"
# initial-upload-closes-no-bugs is about uploads to Debian's archive, which these are not.
lintian --fail-on error,warning --display-info --suppress-tags initial-upload-closes-no-bugs \
  "$app_deb" "$portal_deb" 2>&1 | grep -v "^running with root privileges" || fail "lintian found problems (above)"

step "AppStream metadata and desktop entry"
mkdir -p "$work/extract"
dpkg-deb -x "$app_deb" "$work/extract"
appstreamcli validate --no-net "$work/extract/usr/share/metainfo/eu.comptoir.Comptoir.metainfo.xml"
desktop-file-validate "$work/extract/usr/share/applications/eu.comptoir.Comptoir.desktop"

# The part that runs in the installed system (the overlay, or the machine itself).
cat >"$work/inside.sh" <<'INSIDE'
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
debs=$1 version=$2 scratch=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
apt-get install -y -q -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=300 --no-install-recommends "$debs"/*.deb >"$scratch/apt-install.log" 2>&1 \
  || { cat "$scratch/apt-install.log"; fail "apt-get install failed"; }
dpkg-query -L comptoir comptoir-portal | sort -u >"$scratch/installed.files"

out=$(comptoir-cli --version) && [ "$out" = "comptoir-cli $version" ] || fail "comptoir-cli --version said: $out"
out=$(QT_QPA_PLATFORM=offscreen comptoir --version) && [ "$out" = "Comptoir $version" ] || fail "comptoir --version said: $out"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY comptoir --version) && [ "$out" = "Comptoir $version" ] || fail "comptoir --version without a display said: $out"
out=$(comptoir-portal --version 2>/dev/null) && [ "$out" = "comptoir-portal $version" ] || fail "comptoir-portal --version said: $out"
man -w comptoir comptoir-cli comptoir-portal >/dev/null || fail "a man page is not found by man"

# The installed programs really work: the Qt SQLite driver (a plugin the package depends
# on) writes a cache, and the app draws its pages (the SVG icon engine) from it.
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
comptoir-cli demo-cache --out "$scratch/demo.sqlite" --days 3 --tx-per-day 40 --end 2026-06-30 >/dev/null
QT_QPA_PLATFORM=offscreen comptoir --cache "$scratch/demo.sqlite" --screenshot "$scratch/shots" >/dev/null 2>&1 \
  || fail "the installed comptoir could not open a cache and draw its pages"
[ -s "$scratch/shots/dashboard.png" ] && [ -s "$scratch/shots/transactions.png" ] || fail "no screenshots from the installed comptoir"

apt-get purge -y -q -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=300 comptoir comptoir-portal >"$scratch/apt-purge.log" 2>&1 \
  || { cat "$scratch/apt-purge.log"; fail "apt-get purge failed"; }
if dpkg-query -W -f='${Status}\n' comptoir comptoir-portal 2>/dev/null | grep -q "installed"; then fail "still installed after purge"; fi
left=0
while read -r f; do
  [ -d "$f" ] && continue # shared folders such as /usr/share/icons/hicolor stay
  if [ -e "$f" ] || [ -L "$f" ]; then echo "left behind: $f" >&2; left=1; fi
done <"$scratch/installed.files"
[ "$left" -eq 0 ] || fail "files are left after purging"
for d in /usr/share/doc/comptoir /usr/share/doc/comptoir-portal; do [ ! -e "$d" ] || fail "$d is left"; done
INSIDE

install_at_home() {
  step "no overlay: installing on this machine itself"
  if dpkg-query -W -f='${Status}\n' comptoir comptoir-portal 2>/dev/null | grep -q "install ok installed"; then
    fail "Comptoir is installed on this machine already; the test will not replace it (apt-get purge comptoir comptoir-portal)"
  fi
  mkdir -p "$work/scratch"
  bash "$work/inside.sh" "$work/debs" "$version" "$work/scratch"
}

step "install, run, purge in a throw-away root"
mkdir -p "$work/root"
if ! unshare -m --propagation private true 2>/dev/null; then
  install_at_home
else
  # In a private mount namespace: a tmpfs for the overlay's writable layer, the overlay of
  # / as the new root, with /proc and /dev; then the check of what changed.
  set +e
  unshare -m --propagation private bash -euo pipefail -c '
    work=$1 version=$2
    mkdir -p "$work/layer"
    mount -t tmpfs -o size=2g tmpfs "$work/layer" || exit 99
    mkdir -p "$work/layer/upper" "$work/layer/work"
    mount -t overlay overlay -o "lowerdir=/,upperdir=$work/layer/upper,workdir=$work/layer/work" "$work/root" || exit 99
    mount -t proc proc "$work/root/proc"
    mount --rbind /dev "$work/root/dev"
    mkdir -p "$work/root/comptoir-test/debs" "$work/root/comptoir-test/scratch"
    cp "$work"/debs/*.deb "$work/root/comptoir-test/debs/"
    cp "$work/inside.sh" "$work/root/comptoir-test/"
    chroot "$work/root" bash /comptoir-test/inside.sh /comptoir-test/debs "$version" /comptoir-test/scratch
    # What the install and purge changed in the root: only the package system'"'"'s own
    # records, caches and logs may differ; no file of the system may be deleted.
    cd "$work/layer/upper"
    changed=$(find . \( -type f -o -type l -o -type c \) ! -path "./comptoir-test/*" \
      ! -path "./var/lib/dpkg/*" ! -path "./var/lib/apt/*" ! -path "./var/cache/*" ! -path "./var/log/*" \
      ! -path "./usr/share/icons/hicolor/icon-theme.cache" ! -path "./usr/share/applications/mimeinfo.cache" \
      ! -path "./etc/ld.so.cache" ! -path "./tmp/*" ! -path "./root/*" ! -path "./run/*" | sort)
    if [ -n "$changed" ]; then
      echo "left behind or removed in the system by install + purge:" >&2
      echo "$changed" >&2
      exit 1
    fi
  ' bash "$work" "$version"
  rc=$?
  set -e
  if [ "$rc" -eq 99 ]; then
    install_at_home
  elif [ "$rc" -ne 0 ]; then
    fail "the installed packages did not pass (above)"
  fi
fi

step "passed: lintian, install, comptoir-cli/comptoir/comptoir-portal --version, a cache and pages drawn, purge, nothing left"

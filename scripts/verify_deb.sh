#!/usr/bin/env bash
# Checks the Debian package end to end, as root on a Debian or Ubuntu system:
#  1. builds it with dist/build.sh (or, with --reuse, takes the .deb already in dist/out/);
#  2. installs it with apt-get and checks every file landed (binary, desktop file, metainfo,
#     MIME XML, hicolor icons at their sizes) and that dpkg's triggers registered the MIME type;
#  3. validates the installed desktop file and metainfo (desktop-file-validate, appstreamcli);
#  4. starts /usr/bin/stepwise on a new temporary test.stepwise.ron under Xvfb and checks the
#     window (title names the file, _NET_WM_ICON is set, WM_CLASS matches StartupWMClass), that
#     the file was created with the starter ladders and is locked while open, takes a screenshot,
#     quits with Ctrl+Q and checks a clean exit;
#  5. removes the package and checks it leaves nothing behind.
#
# Needs: root, apt, desktop-file-utils, appstream, x11-utils (xprop), util-linux (flock) and what
# scripts/smoke.sh needs (xvfb xdotool imagemagick ...); dist/build.sh needs cargo-deb.
# Usage: scripts/verify_deb.sh [--reuse] [screenshot.png]
set -euo pipefail
cd "$(dirname "$0")/.."

reuse=no
if [ "${1:-}" = --reuse ]; then reuse=yes; shift; fi
shot=${1:-target/smoke/deb.png}
mkdir -p "$(dirname "$shot")"
[ "$(id -u)" -eq 0 ] || { echo "verify_deb.sh installs a package: run it as root" >&2; exit 1; }

fail() { echo "FAIL: $*" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)

echo "--- the package"
if [ "$reuse" = no ] || ! ls dist/out/stepwise_"$version"-*.deb >/dev/null 2>&1; then
  dist/build.sh
fi
deb=$(ls dist/out/stepwise_"$version"-*.deb)
dpkg-deb --field "$deb" Package Version Architecture Depends Installed-Size

echo "--- apt-get install ./$deb"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "./$deb" >/dev/null
dpkg -s stepwise | grep -E '^(Status|Version):'

echo "--- installed files"
desktop=/usr/share/applications/stepwise.desktop
metainfo=/usr/share/metainfo/org.stepwise.Stepwise.metainfo.xml
mimexml=/usr/share/mime/packages/stepwise.xml
for f in /usr/bin/stepwise "$desktop" "$metainfo" "$mimexml" /usr/share/icons/hicolor/scalable/apps/stepwise.svg \
  /usr/share/doc/stepwise/README.md; do
  [ -f "$f" ] || fail "$f is not installed"
  echo "ok $f"
done
[ -x /usr/bin/stepwise ] || fail "/usr/bin/stepwise is not executable"
for px in 16 32 48 64 128 256 512; do
  icon=/usr/share/icons/hicolor/${px}x${px}/apps/stepwise.png
  [ -f "$icon" ] || fail "$icon is not installed"
  [ "$(identify -format '%wx%h' "$icon")" = "${px}x${px}" ] || fail "$icon is not ${px}x${px}"
  echo "ok $icon (${px}x${px})"
done
/usr/bin/stepwise --version

# dpkg runs update-mime-database and update-desktop-database through triggers when
# shared-mime-info and desktop-file-utils are installed.
if [ -f /usr/share/mime/globs2 ]; then
  grep -q '^[0-9]*:application/x-stepwise:\*\.stepwise\.ron$' /usr/share/mime/globs2 ||
    fail "the MIME database does not know *.stepwise.ron (update-mime-database trigger)"
  echo "ok MIME database: *.stepwise.ron is application/x-stepwise"
fi
if [ -f /usr/share/applications/mimeinfo.cache ]; then
  grep -q '^application/x-stepwise=.*stepwise\.desktop' /usr/share/applications/mimeinfo.cache ||
    fail "mimeinfo.cache does not send application/x-stepwise to stepwise.desktop"
  echo "ok desktop database: application/x-stepwise opens with stepwise.desktop"
fi

echo "--- validators"
desktop-file-validate "$desktop"
echo "ok desktop-file-validate $desktop"
appstreamcli validate --no-net "$metainfo"

echo "--- /usr/bin/stepwise in a window"
work=$(mktemp -d)
data="$work/test.stepwise.ron"
. scripts/xvfb.sh
trap 'cleanup_xvfb; rm -rf "$work"' EXIT
start_xvfb
open_window /usr/bin/stepwise "$data"
[ -n "$wid" ] || fail "no window appeared"
echo "window $wid"
for _ in $(seq 100); do [ -f "$data" ] && break; sleep 0.1; done
sleep 1.5

title=$(xdotool getwindowname "$wid")
echo "title: $title"
case "$title" in *test.stepwise.ron*) ;; *) fail "the window title does not name the file" ;; esac
wm_class=$(xprop -id "$wid" WM_CLASS)
echo "$wm_class"
case "$wm_class" in *'"stepwise"'*) ;; *) fail "WM_CLASS does not match StartupWMClass=stepwise" ;; esac
icon_prop=$(xprop -id "$wid" _NET_WM_ICON) # the size, then the icon drawn in ASCII
echo "$icon_prop" >"${shot%.png}-icon.txt"
echo "$(echo "$icon_prop" | head -n 1) (all of it in ${shot%.png}-icon.txt)"
case "$icon_prop" in *"Icon (128 x 128)"*) ;; *) fail "_NET_WM_ICON does not hold the 128 px icon" ;; esac

[ -f "$data" ] || fail "$data was not created"
/usr/bin/stepwise --check "$data"
[ -f "$data.lock" ] || fail "$data.lock was not created"
if flock --nonblock "$data.lock" true; then fail "$data.lock is not locked while the window is open"; fi
echo "ok $data.lock is held"

import -window root "$shot"
colours=$(identify -format '%k' "$shot")
echo "screenshot $shot has $colours colours"
[ "$colours" -ge 16 ] || fail "the screenshot looks blank"

focus_window
xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
kill -0 "$app" 2>/dev/null && fail "Stepwise did not quit on Ctrl+Q"
status=0
wait "$app" || status=$?
app=
[ "$status" -eq 0 ] || fail "Stepwise exited with status $status"
echo "ok clean exit"
flock --nonblock "$data.lock" true || fail "$data.lock is still held after exit"
/usr/bin/stepwise --check "$data"

echo "--- apt-get purge stepwise"
apt-get purge -y -qq stepwise >/dev/null
for f in /usr/bin/stepwise "$desktop" "$metainfo" "$mimexml" /usr/share/icons/hicolor/256x256/apps/stepwise.png; do
  [ ! -e "$f" ] || fail "$f is still there after purge"
done
if [ -f /usr/share/mime/globs2 ] && grep -q 'application/x-stepwise' /usr/share/mime/globs2; then
  fail "the MIME type is still registered after purge"
fi
echo "ok removed cleanly"
echo "deb verification passed"

#!/usr/bin/env bash
# Builds a release of Stepwise into dist/out/ and prints the sizes.
#   Linux:   stepwise (the binary), stepwise_<version>-1_<arch>.deb (cargo deb) and
#            stepwise-<version>-linux-<arch>.tar.gz (binary, desktop file, metainfo, MIME XML,
#            icons and README in a bin/ + share/ layout).
#   macOS:   Stepwise.app and Stepwise-<version>-macos-<arch>.zip (not tested in CI).
#   Windows: stepwise.exe with its icon and version info from build.rs (Git Bash; not tested in CI).
#
# Needs: cargo; on Linux also cargo-deb (`cargo install cargo-deb --locked`) and GNU tar.
# Usage: dist/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
out=dist/out
mkdir -p "$out"

# The packaging files carry the version too; a release must not ship mismatched ones.
grep -q "<release version=\"$version\"" dist/linux/org.stepwise.Stepwise.metainfo.xml ||
  { echo "dist/linux/org.stepwise.Stepwise.metainfo.xml has no <release> for $version" >&2; exit 1; }
[ "$(grep -c "<string>$version</string>" dist/macos/Info.plist)" -eq 2 ] ||
  { echo "dist/macos/Info.plist: CFBundleShortVersionString/CFBundleVersion are not $version" >&2; exit 1; }

if [ "$(uname -s)" = Linux ] && ! cargo deb --version >/dev/null 2>&1; then
  echo "dist/build.sh needs cargo-deb on Linux: cargo install cargo-deb --locked" >&2
  exit 1
fi

echo "--- cargo build --release --locked (Stepwise $version)"
cargo build --release --locked
# Honours CARGO_TARGET_DIR and cargo config; JSON's "C:\\..." becomes "C:/..." on Windows.
target_dir=$(cargo metadata --format-version 1 --no-deps |
  sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p' | sed 's|\\\\|/|g')

size() { wc -c <"$1" | awk -v f="$1" '{ printf "%10d bytes  %5.1f MiB  %s\n", $1, $1 / 1048576, f }'; }

case "$(uname -s)" in
  Linux)
    arch=$(uname -m)
    cp "$target_dir/release/stepwise" "$out/stepwise"

    echo "--- cargo deb --no-build"
    rm -f "$out"/stepwise_*.deb
    cargo deb --no-build --output "$out/"
    deb=$(ls "$out"/stepwise_"$version"-*.deb)

    echo "--- tar.gz"
    name="stepwise-$version-linux-$arch"
    stage="$out/$name"
    rm -rf "$stage"
    install -Dm755 "$out/stepwise" "$stage/bin/stepwise"
    install -Dm644 dist/linux/stepwise.desktop "$stage/share/applications/stepwise.desktop"
    install -Dm644 dist/linux/org.stepwise.Stepwise.metainfo.xml \
      "$stage/share/metainfo/org.stepwise.Stepwise.metainfo.xml"
    install -Dm644 dist/linux/stepwise.xml "$stage/share/mime/packages/stepwise.xml"
    install -Dm644 dist/icons/stepwise.svg "$stage/share/icons/hicolor/scalable/apps/stepwise.svg"
    for px in 16 32 48 64 128 256 512; do
      install -Dm644 "dist/icons/stepwise-$px.png" "$stage/share/icons/hicolor/${px}x${px}/apps/stepwise.png"
    done
    install -Dm644 README.md "$stage/README.md"
    cat >"$stage/INSTALL.txt" <<EOF
Stepwise $version for Linux ($arch)

Run it from here:       bin/stepwise
Install for yourself:   cp -r bin share ~/.local/
                        update-mime-database ~/.local/share/mime      (if you have it)
                        update-desktop-database ~/.local/share/applications   (if you have it)
Then Stepwise is in your applications menu, and files named *.stepwise.ron open in it.
(~/.local/bin must be on your PATH for the menu entry to start it.)

Install for everyone:   sudo cp -r bin share /usr/local/   (then the two update commands on
                        /usr/local/share/...), or use the .deb on Debian and Ubuntu.
EOF
    tarball="$out/$name.tar.gz"
    tar --create --gzip --file "$tarball" --directory "$out" \
      --sort=name --owner=0 --group=0 --numeric-owner "$name"
    rm -rf "$stage"

    echo "--- sizes"
    size "$out/stepwise"
    size "$deb"
    size "$tarball"
    ;;

  Darwin)
    arch=$(uname -m)
    app="$out/Stepwise.app"
    rm -rf "$app"
    mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
    cp "$target_dir/release/stepwise" "$app/Contents/MacOS/stepwise"
    cp dist/macos/Info.plist "$app/Contents/Info.plist"
    cp dist/icons/stepwise.icns "$app/Contents/Resources/stepwise.icns"
    zip="$out/Stepwise-$version-macos-$arch.zip"
    rm -f "$zip"
    ditto -c -k --keepParent "$app" "$zip"

    echo "--- sizes"
    size "$app/Contents/MacOS/stepwise"
    size "$zip"
    ;;

  MINGW* | MSYS* | CYGWIN*)
    cp "$target_dir/release/stepwise.exe" "$out/stepwise.exe"

    echo "--- sizes"
    size "$out/stepwise.exe"
    ;;

  *)
    echo "dist/build.sh knows Linux, macOS and Windows (Git Bash); built $target_dir/release/stepwise only" >&2
    ;;
esac

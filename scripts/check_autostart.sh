#!/usr/bin/env bash
# Checks the start-up entry that Settings writes ("Start Stepwise when I log in") with
# desktop-file-validate, as the launcher's desktop file is checked (scripts/verify_deb.sh): once
# for a plain path, once for a program and a progress file whose paths need quoting and escaping
# (a space, a dollar sign, a percent sign, a backslash). Runs examples/write_autostart.rs (built by
# `cargo test`). Usage: scripts/check_autostart.sh   (needs desktop-file-utils)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=target/debug/examples/write_autostart
[ -x "$bin" ] || cargo build --quiet --example write_autostart
"$bin" "$work/plain/stepwise.desktop"
"$bin" "$work/odd/stepwise.desktop" '/opt/my apps/step$wise' '/home/a/100% \mine.ron'
for entry in "$work/plain/stepwise.desktop" "$work/odd/stepwise.desktop"; do
  desktop-file-validate "$entry"
  grep '^Exec=' "$entry"
done
# What a desktop runs: GLib reads the key (one level of backslashes) and splits it as a shell
# would (the quotes and the escapes inside them); "%%" is a literal "%".
/usr/bin/python3 - "$work/odd/stepwise.desktop" <<'PY'
import sys
from gi.repository import GLib
keys = GLib.KeyFile()
keys.load_from_file(sys.argv[1], GLib.KeyFileFlags.NONE)
ok, argv = GLib.shell_parse_argv(keys.get_string("Desktop Entry", "Exec"))
argv = [a.replace("%%", "%") for a in argv]
want = ["/opt/my apps/step$wise", "--quiet", "--", "/home/a/100% \\mine.ron"]
assert argv == want, (argv, want)
print("runs:", argv)
PY
echo "OK: both start-up entries are valid desktop entries, and the odd one runs the right program on the right file"

#!/usr/bin/env bash
# Reminders in a real window (release build, Xvfb) over a real D-Bus session bus:
#
#   scripts/notify_check.sh [SHOT.png]
#     A practice time 65-125 s ahead. A stand-in notification service (scripts/fake_notifyd.py)
#     owns org.freedesktop.Notifications and dbus-monitor watches the bus. Checks that Stepwise
#     draws no frame while it waits, that one Notify call ("Practice time", no sound) comes at the
#     planned minute, and that clicking it (the service sends ActionInvoked "default") opens the
#     Practice screen, which the window remembers when it is closed. SHOT: a screenshot then.
#   scripts/notify_check.sh idle [SECS]
#     The idle cost of a window whose next practice time is an hour away: CPU (all of Stepwise's
#     threads) and frames drawn over SECS seconds (default 60), for BENCHMARKS.md.
#
# Needs: xvfb xdotool imagemagick dbus python3-gi gir1.2-glib-2.0 (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${NOTIFY_CHECK_BUS:-}" ]; then
  # Built before the session's HOME is moved into a temporary folder (cargo reads it).
  cargo build --release --quiet --example gen_library
  cargo build --release --quiet
  exec env NOTIFY_CHECK_BUS=1 dbus-run-session -- "$0" "$@"
fi
mode=notify; secs=60; shot=""
case "${1:-}" in
  idle) mode=idle; secs=${2:-60} ;;
  *.png) shot=$(realpath -m "$1") ;;
esac
work=$(mktemp -d)
. scripts/xvfb.sh
trap 'cleanup_xvfb; kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
# A home of its own: no window preferences, no autostart entry, no progress file of the person's.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
mkdir -p "$HOME"

now=$(date +%s)
if [ "$mode" = idle ]; then
  at=$((now + 3600 - now % 60))
else
  at=$(((now + 65 + 59) / 60 * 60))
fi
target/release/examples/gen_library --starter --practice-at "$(date -d "@$at" +%H:%M)" --out "$work/library.ron" >/dev/null

/usr/bin/python3 scripts/fake_notifyd.py "$work/notified.log" --click 1 >"$work/notifyd.out" 2>&1 &
for _ in $(seq 50); do grep -q owns "$work/notifyd.out" 2>/dev/null && break; sleep 0.1; done
grep -q owns "$work/notifyd.out" || { echo "FAIL: the stand-in notification service did not start" >&2; cat "$work/notifyd.out" >&2; exit 1; }
dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" >"$work/monitor.log" 2>&1 &

start_xvfb
STEPWISE_FRAME_LOG=1 open_window target/release/stepwise "$work/library.ron" 2>"$work/stderr.log"
[ -n "$wid" ] || { echo "FAIL: no window" >&2; exit 1; }
xdotool mousemove 1270 790
sleep 5
frames() { grep -c '^frame ' "$work/stderr.log" || true; }
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$app/stat"; }

if [ "$mode" = idle ]; then
  f0=$(frames); c0=$(cpu); sleep "$secs"; f1=$(frames); c1=$(cpu)
  awk -v c=$((c1 - c0)) -v t="$ticks" -v s="$secs" -v f=$((f1 - f0)) -v m=$(((at - $(date +%s)) / 60)) \
    'BEGIN { printf "idle, next practice time %d min away: %.2f %% of one core over %d s, %d frames\n", m, 100 * c / t / s, s, f }'
  exit 0
fi

# Waiting: no frames, until two seconds before the time.
f0=$(frames); c0=$(cpu)
sleep $((at - $(date +%s) - 2))
f1=$(frames); c1=$(cpu); waited=$((at - 2 - now - 5))
echo "waiting ${waited} s for the practice time: $((f1 - f0)) frames, $(awk -v c=$((c1 - c0)) -v t="$ticks" -v s="$waited" 'BEGIN { printf "%.2f", 100 * c / t / s }') % of one core"
[ "$((f1 - f0))" -eq 0 ] || { echo "FAIL: the window drew frames while waiting" >&2; exit 1; }
[ ! -s "$work/notified.log" ] || { echo "FAIL: a reminder came early" >&2; cat "$work/notified.log" >&2; exit 1; }

# The time comes: one Notify, within a few seconds of it; clicked a second later.
for _ in $(seq 150); do [ -s "$work/notified.log" ] && break; sleep 0.1; done
sleep 3
cat "$work/notified.log"
[ "$(wc -l <"$work/notified.log")" -eq 1 ] || { echo "FAIL: expected one notification" >&2; exit 1; }
IFS=$'\t' read -r when appname summary body actions hints <"$work/notified.log"
late=$(awk -v w="$when" -v a="$at" 'BEGIN { printf "%.1f", w - a }')
echo "Notify came ${late} s after the planned time $(date -d "@$at" +%H:%M:%S)"
awk -v l="$late" 'BEGIN { exit !(l >= 0 && l < 10) }' || { echo "FAIL: not at the planned time" >&2; exit 1; }
[ "$appname" = Stepwise ] && [ "$summary" = "Practice time" ] || { echo "FAIL: app '$appname', title '$summary'" >&2; exit 1; }
case "$actions" in default,*) ;; *) echo "FAIL: no default action ($actions)" >&2; exit 1 ;; esac
case "$hints" in *suppress-sound*) ;; *) echo "FAIL: sound not suppressed ($hints)" >&2; exit 1 ;; esac
grep -q 'member=Notify' "$work/monitor.log" && grep -q '"Practice time"' "$work/monitor.log" \
  || { echo "FAIL: dbus-monitor saw no Notify call" >&2; cat "$work/monitor.log" >&2; exit 1; }
echo "dbus-monitor saw: $(grep -m1 'member=Notify' "$work/monitor.log" | sed 's/^ *//')"
[ -z "$shot" ] || import -window root "$shot"
kill -0 "$app" 2>/dev/null || { echo "FAIL: Stepwise exited after the notification:" >&2; grep -v "^frame " "$work/stderr.log" | tail -20 >&2; exit 1; }

# The click opened Practice: the window remembers its screen when it closes. The window is
# looked up again first (raised from a notification, it may be mapped anew).
wid=$(xdotool search --onlyvisible --pid "$app" | head -n 1)
focus_window
xdotool key --window "$wid" ctrl+q
for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
prefs=$(grep -rl 'stepwise-ui' "$XDG_DATA_HOME" 2>/dev/null | head -n 1)
[ -n "$prefs" ] && grep -q 'screen:Practice' "$prefs" \
  || { echo "FAIL: the click did not open Practice (${prefs:-no preferences saved})" >&2; [ -n "$prefs" ] && cat "$prefs" >&2; exit 1; }
echo "OK: the reminder came at the practice time and its click opened the Today card"

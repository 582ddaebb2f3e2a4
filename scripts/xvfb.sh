# Sourced by the real-window scripts (smoke, shot, pacer_cpu, pacer_drift, startup).
# start_xvfb: starts Xvfb on a free display, exports DISPLAY, waits until it answers.
# open_window CMD...: starts CMD, sets $app (its pid) and $wid (its window, once mapped).
# open_breathe_on_starter WORKDIR: Stepwise on the starter ladders, on the Breathe screen
#   (with STEPWISE_FRAME_LOG set, its stderr goes to WORKDIR/stderr.log).
# cleanup_xvfb: stops the window and Xvfb (call it from an EXIT trap).

# A window that fails to open must not wait for a click on its error dialog in a script.
export STEPWISE_NO_DIALOG=1

start_xvfb() {
  local n
  for n in $(seq 20 99); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
  done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$n"
  unset WAYLAND_DISPLAY
  for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "Xvfb did not start on $DISPLAY" >&2
  return 1
}

open_window() {
  "$@" &
  app=$!
  wid=$(timeout 30 xdotool search --sync --onlyvisible --pid "$app" | head -n 1)
}

# Without a window manager nothing gives the window keyboard focus: do it before typing.
focus_window() {
  xdotool windowfocus "$wid"
  sleep 0.3
}

# open_breathe_on_starter WORKDIR: builds what it needs, writes the starter ladders to
# WORKDIR/library.ron, starts Xvfb and Stepwise on it, and opens the Breathe screen.
open_breathe_on_starter() {
  cargo build --release --quiet --example gen_library
  cargo build --release --quiet
  target/release/examples/gen_library --starter --out "$1/library.ron" >/dev/null
  start_xvfb
  if [ -n "${STEPWISE_FRAME_LOG:-}" ]; then
    # One line a frame (src/shell.rs): kept in WORKDIR/stderr.log for the caller to read.
    open_window target/release/stepwise "$1/library.ron" 2>"$1/stderr.log"
  else
    open_window target/release/stepwise "$1/library.ron"
  fi
  sleep 2
  focus_window
  xdotool key b
  sleep 1
}

cleanup_xvfb() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
}

# The command line (stepwise --help, --check) and what the program says when its window cannot
# open (on the terminal, and in a dialog when started from a desktop).

# stepwise --help. Keep the command names and options (stepwise, --quiet, --check, --help,
# --version) as they are, and the descriptions lined up in one column.
cli-usage =
    Stepwise - practise small, steady steps with social anxiety.

    Usage:
      stepwise            open your progress file (in your data folder)
      stepwise PATH       open the progress file at PATH (created with starter ladders if missing)
      stepwise --quiet [PATH]  start minimised, for practice reminders (used when starting
                          with the computer)
      stepwise --check PATH  check that a progress file opens, and say what it holds
      stepwise --help     show this help
      stepwise --version  show the version

    Stepwise is a self-help practice tool, not treatment.
cli-check-needs-path = --check needs the path of a progress file.
# $flag is the option typed, such as --frobnicate.
cli-unknown-option = Unknown option { $flag }. Try 'stepwise --help'.
cli-one-file = Stepwise opens one file at a time. Try 'stepwise --help'.
# stepwise --check PATH, when the file opens. Each variable is a count.
cli-check-ok = OK: { $ladders } ladders, { $exposures } exposures, { $entries } journal entries, { $sessions } breathing sessions

# The window stopped after it had opened.
cli-window-failed = Stepwise stopped because its window failed. Your progress file holds everything saved up to then; open Stepwise again to go on.
# The window could not open at all: no display (no desktop session).
cli-no-screen = Stepwise could not open its window. Your progress file was not opened or changed. No screen to show a window on was found (is a desktop session running?).
# The window could not open at all: the graphics driver.
cli-no-graphics = Stepwise could not open its window. Your progress file was not opened or changed. Most often this means the graphics driver offers no OpenGL 2 or newer; updating it usually helps.

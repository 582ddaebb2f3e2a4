#!/usr/bin/python3
"""Reads Stepwise's window the way a screen reader (Orca) does: over AT-SPI, from the tree
AccessKit exposes. Prints the screen's controls in reading order and checks them.

Usage: atspi_tree.py PID SCREEN [--rows]
  PID     Stepwise's process id
  SCREEN  a name for the output ("Ladders", ...)
  --rows  also check that each step row is read in its visual order
Exit status 1 when the window has no name "Stepwise", a control has no name, an image (a plot)
has no name, or a step row is read out of order.
"""
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

CONTROLS = {
    "push button", "toggle button", "check box", "radio button", "slider", "spin button", "text",
    "entry", "combo box", "menu item", "link", "page tab", "list item", "scroll bar",
}


def find_app(pid, seconds=20):
    end = time.time() + seconds
    while time.time() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid and app.get_child_count() > 0:
                    return app
            except GLib.Error:
                continue
        time.sleep(0.5)
    return None


def walk(node, depth, out):
    try:
        role, name = node.get_role_name(), node.get_name() or ""
    except GLib.Error:
        return
    out.append((depth, role, name))
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            walk(child, depth + 1, out)


def main():
    pid, screen = int(sys.argv[1]), sys.argv[2]
    rows = "--rows" in sys.argv
    app = find_app(pid)
    if app is None:
        print(f"{screen}: no accessible application for pid {pid}")
        return 1
    nodes = []
    walk(app, 0, nodes)
    problems = []
    windows = [(r, n) for d, r, n in nodes if r in ("frame", "window")]
    print(f"{screen}: window {windows[:1]}")
    if not windows or windows[0][1] != "Stepwise":
        problems.append(f"the window is not named Stepwise: {windows[:1]}")
    controls = [(r, n) for d, r, n in nodes if r in CONTROLS]
    unnamed = [r for r, n in controls if not n.strip()]
    images = [(r, n) for d, r, n in nodes if r in ("image", "image map", "canvas")]
    print(f"{screen}: {len(controls)} controls, {len(unnamed)} unnamed; {len(images)} images")
    for _, r, n in ((d, r, n) for d, r, n in nodes if r in CONTROLS or r in ("image", "heading")):
        print(f"  [{r}] {n}")
    if unnamed:
        problems.append(f"{len(unnamed)} controls without a name: {unnamed}")
    for r, n in images:
        if not n.strip():
            problems.append(f"an image without a name ({r})")
    unknown = [n for d, r, n in nodes if r == "unknown"]
    if unknown:
        problems.append(f"{len(unknown)} elements of unknown role: {unknown[:5]}")
    if rows:
        names = [n for d, r, n in nodes]
        for step in (1, 2):
            row = [f"Drag handle for step {step}", f"Step {step}", f"Estimate for step {step}",
                   f"Move step {step} up", f"Move step {step} down", f"Delete step {step}"]
            at = [names.index(x) if x in names else -1 for x in row]
            print(f"{screen}: step {step} read as {[row[i] for i in sorted(range(len(row)), key=lambda i: at[i])]}")
            if -1 in at or at != sorted(at):
                problems.append(f"step {step}'s row is read out of order: {at}")
    for p in problems:
        print(f"{screen}: PROBLEM: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

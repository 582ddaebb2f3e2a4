#!/usr/bin/python3
"""Reads Stepwise's window the way a screen reader (Orca) does: over AT-SPI, from the tree
AccessKit exposes. Prints the screen's controls in reading order and checks them.

Usage: atspi_tree.py PID SCREEN [--rows] [--lang TAG] [--tab MESSAGE-ID]
  PID     Stepwise's process id
  SCREEN  a name for the output ("Ladders", ...)
  --rows  also check that each step row is read in its visual order
  --lang  the language the window should speak (default en): names are read from
          assets/i18n/TAG/*.ftl, the app's own messages
  --tab   a message id (shell-screen-ladders) whose text must be among the names: the screen's
          tab, read in that language
Exit status 1 when the window has no name "Stepwise", a control has no name, an image (a plot)
has no name, a step row is read out of order, or the tab is not named in the language.
"""
import glob
import os
import re
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


def messages(lang):
    """The simple one-line messages of a language: id -> text with { $var } placeholders."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "i18n", lang)
    out = {}
    for path in sorted(glob.glob(os.path.join(root, "*.ftl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^([a-z][a-z0-9-]*) = (.+)$", line.rstrip("\n"))
                if m:
                    out[m.group(1)] = m.group(2)
    return out


def message(catalogue, msg_id, **variables):
    text = catalogue[msg_id]
    for name, value in variables.items():
        text = re.sub(r"\{ *\$" + name + r" *\}", str(value), text)
    return text


def option(name):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None


def main():
    pid, screen = int(sys.argv[1]), sys.argv[2]
    rows = "--rows" in sys.argv
    lang = option("--lang") or "en"
    catalogue = messages(lang)
    tab = option("--tab")
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
    names = [n for d, r, n in nodes]
    if tab:
        expected = message(catalogue, tab)
        print(f"{screen}: tab {expected!r} {'found' if expected in names else 'MISSING'} ({lang})")
        if expected not in names:
            problems.append(f"no element is named {expected!r}: the window does not speak {lang}")
    if rows:
        for step in (1, 2):
            row = [message(catalogue, f"ladders-step-{part}", number=step)
                   for part in ("drag-name", "name", "estimate-name", "up-name", "down-name", "delete-name")]
            at = [names.index(x) if x in names else -1 for x in row]
            print(f"{screen}: step {step} read as {[row[i] for i in sorted(range(len(row)), key=lambda i: at[i])]}")
            if -1 in at or at != sorted(at):
                problems.append(f"step {step}'s row is read out of order: {at}")
    for p in problems:
        print(f"{screen}: PROBLEM: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# A minimal XDND drag source (python3-xlib), used by scripts/drop_shot.sh: drags FILE over the
# middle of window WID, screenshots the screen to HOVER.png while it is held there, drops it, and
# screenshots DROPPED.png once the drop has settled. Speaks just what winit's X11 target needs
# (winit src/platform_impl/linux/x11/dnd.rs): Enter (version 5, text/uri-list), Position, Drop,
# and the text/uri-list answer when the target converts XdndSelection.
# Usage: scripts/xdnd_drop.py WID FILE HOVER.png DROPPED.png
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

from Xlib import X, Xatom, display, protocol

wid, path, hover_png, dropped_png = int(sys.argv[1], 0), Path(sys.argv[2]).resolve(), sys.argv[3], sys.argv[4]
uri_list = ("file://" + urllib.parse.quote(str(path)) + "\r\n").encode()

d = display.Display()
atom = lambda name: d.intern_atom(name)
XdndAware, XdndSelection, uri_type = atom("XdndAware"), atom("XdndSelection"), atom("text/uri-list")
target = d.create_resource_object("window", wid)
aware = target.get_full_property(XdndAware, Xatom.ATOM)
if not aware:
    sys.exit(f"window {wid:#x} has no XdndAware property: not a drop target")
print(f"target {wid:#x} speaks XDND version {aware.value[0]}")

# The source: an unmapped window that owns XdndSelection and receives the target's replies.
src = d.screen().root.create_window(0, 0, 1, 1, 0, X.CopyFromParent)
src.set_selection_owner(XdndSelection, X.CurrentTime)


def send(name, data):
    """Sends an XDND client message about our source window to the target."""
    ev = protocol.event.ClientMessage(window=target, client_type=atom(name), data=(32, [src.id] + data))
    target.send_event(ev, event_mask=0, propagate=False)
    d.flush()


def pump(seconds, until=None):
    """Handles events for up to `seconds` (answering selection requests); returns the client
    message named `until` if it arrives first."""
    end = time.time() + seconds
    while time.time() < end:
        while d.pending_events():
            ev = d.next_event()
            if ev.type == X.SelectionRequest and ev.selection == XdndSelection:
                ok = ev.target == uri_type
                if ok:
                    ev.requestor.change_property(ev.property, uri_type, 8, uri_list)
                print(f"selection request for {d.get_atom_name(ev.target)}: {'answered' if ok else 'refused'}")
                reply = protocol.event.SelectionNotify(
                    time=ev.time, requestor=ev.requestor, selection=ev.selection,
                    target=ev.target, property=ev.property if ok else X.NONE)
                ev.requestor.send_event(reply)
                d.flush()
            elif ev.type == X.ClientMessage:
                name = d.get_atom_name(ev.client_type)
                print(f"{name}: {list(ev.data[1][1:])}")
                if name == until:
                    return ev
        time.sleep(0.02)
    return None


# Aim at the middle of the target, in root coordinates.
geom = target.get_geometry()
pos = target.translate_coords(d.screen().root, 0, 0)
x, y = -pos.x + geom.width // 2, -pos.y + geom.height // 2

send("XdndEnter", [5 << 24, uri_type, 0, 0])
send("XdndPosition", [0, (x << 16) | y, X.CurrentTime, atom("XdndActionCopy")])
status = pump(5, until="XdndStatus")
if status is None or not status.data[1][1] & 1:
    send("XdndLeave", [0, 0, 0, 0])
    sys.exit("the target did not accept the drag")
pump(1.0)  # the selection request (winit asks for the data on Position) and a repaint
subprocess.run(["import", "-window", "root", hover_png], check=True)

send("XdndDrop", [0, X.CurrentTime, 0, 0])
if pump(5, until="XdndFinished") is None:
    sys.exit("no XdndFinished after the drop")
pump(2.0)  # let the import preview appear
subprocess.run(["import", "-window", "root", dropped_png], check=True)

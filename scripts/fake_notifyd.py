#!/usr/bin/python3
"""A stand-in desktop notification service for scripts/notify_check.sh: it owns
org.freedesktop.Notifications on the session bus, answers as a real one does (Notify returns an
id; GetServerInformation, GetCapabilities, CloseNotification), writes one line per notification
to LOG ("EPOCH_SECONDS<TAB>app<TAB>summary<TAB>body<TAB>actions<TAB>hints"), and, with --click
SECS, clicks each one that offers the "default" action SECS seconds later (the ActionInvoked
signal a real daemon sends, then NotificationClosed with reason 2, dismissed).

Usage: /usr/bin/python3 scripts/fake_notifyd.py LOG [--click SECS]
Needs Debian's python3-gi and gir1.2-glib-2.0 (Gio's D-Bus), run inside dbus-run-session."""
import sys
import time

from gi.repository import Gio, GLib

XML = """
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/><arg type="u" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
  </interface>
</node>"""

PATH = "/org/freedesktop/Notifications"
IFACE = "org.freedesktop.Notifications"
log_path = sys.argv[1]
click_after = float(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--click" else None
next_id = [0]


def emit(conn, name, args):
    conn.emit_signal(None, PATH, IFACE, name, args)
    return False


def on_call(conn, sender, path, iface, method, params, invocation):
    if method == "Notify":
        app, _replaces, _icon, summary, body, actions, hints, _timeout = params.unpack()
        next_id[0] += 1
        nid = next_id[0]
        with open(log_path, "a") as log:
            log.write("%.3f\t%s\t%s\t%s\t%s\t%s\n" % (time.time(), app, summary, body, ",".join(actions), sorted(hints)))
        invocation.return_value(GLib.Variant("(u)", (nid,)))
        if click_after is not None and "default" in actions[0::2]:
            GLib.timeout_add(int(click_after * 1000), emit, conn, "ActionInvoked", GLib.Variant("(us)", (nid, "default")))
            GLib.timeout_add(int(click_after * 1000) + 50, emit, conn, "NotificationClosed", GLib.Variant("(uu)", (nid, 2)))
    elif method == "CloseNotification":
        invocation.return_value(None)
    elif method == "GetCapabilities":
        invocation.return_value(GLib.Variant("(as)", (["actions", "body"],)))
    elif method == "GetServerInformation":
        invocation.return_value(GLib.Variant("(ssss)", ("fake-notifyd", "Stepwise tests", "1.0", "1.2")))


def on_bus(conn, name):
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    conn.register_object(PATH, node.interfaces[0], on_call, None, None)


def on_name(conn, name):
    print("fake-notifyd: owns", name, flush=True)


Gio.bus_own_name(Gio.BusType.SESSION, IFACE, Gio.BusNameOwnerFlags.NONE, on_bus, on_name, None)
GLib.MainLoop().run()

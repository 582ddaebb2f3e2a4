#!/usr/bin/env bash
# Checks Stepwise's calendar export with a parser nobody on this project wrote: Debian's
# python3-icalendar reads the file, and python3-dateutil expands each weekly rule over the next
# four weeks; every occurrence must land on a planned day at the planned local time, with a
# reminder 10 minutes before and a stable UID. Runs examples/write_ics.rs (built by `cargo test`).
# Usage: scripts/check_ics.sh   (needs python3-icalendar)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp --suffix=.ics)
trap 'rm -f "$out"' EXIT
if [ -x target/debug/examples/write_ics ]; then
  target/debug/examples/write_ics "$out"
else
  cargo run --quiet --example write_ics -- "$out"
fi
/usr/bin/python3 - "$out" <<'PY'
import sys, datetime
import icalendar
from dateutil.rrule import rrulestr

cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
assert cal["VERSION"] == "2.0", cal["VERSION"]
planned = {
    "practice-time-1001@stepwise": ({0, 2, 4}, datetime.time(18, 30)),  # Mon, Wed, Fri
    "practice-time-1002@stepwise": ({5}, datetime.time(9, 5)),  # Sat
}
# Exported on Monday 23 March 2026; the clocks change on Sunday 29 March in Rome.
start = datetime.datetime(2026, 3, 23, 0, 0)
end = start + datetime.timedelta(weeks=4)
events = list(cal.walk("VEVENT"))
assert len(events) == 2, len(events)
for event in events:
    uid = str(event["UID"])
    days, at = planned[uid]
    dtstart = event.decoded("DTSTART")
    assert dtstart.tzinfo is None, f"{uid}: floating local time expected, got {dtstart!r}"
    assert str(event["SUMMARY"]) == "Practice time", event["SUMMARY"]
    alarms = list(event.walk("VALARM"))
    assert len(alarms) == 1 and alarms[0].decoded("TRIGGER") == datetime.timedelta(minutes=-10), alarms
    rule = event["RRULE"].to_ical().decode()
    occurrences = list(rrulestr(rule, dtstart=dtstart).between(start, end, inc=True))
    expected = [
        datetime.datetime.combine(start.date() + datetime.timedelta(days=d), at)
        for d in range(28)
        if (start.date() + datetime.timedelta(days=d)).weekday() in days
    ]
    assert occurrences == expected, (uid, occurrences, expected)
    print(f"{uid}: {rule}, {len(occurrences)} occurrences in four weeks, first {occurrences[0]}, last {occurrences[-1]}")
print("calendar export: ok")
PY

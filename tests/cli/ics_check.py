# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks an exported .ics file with an independent parser (python3-icalendar) against the
practice file it came from, read with Python's own sqlite3.

Usage: ics_check.py PRACTICE_FILE ICS_FILE FIRST_DAY LAST_DAY [THERAPIST_ID]
Prints the UIDs, one a line, for comparing two exports. Exits 1 with the reason on a mismatch.
"""

import datetime
import re
import sqlite3
import sys
import zoneinfo

import icalendar


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def practice_zone(db):
    row = db.execute(
        "SELECT value FROM practice_settings WHERE key = 'practice.timeZone'").fetchone()
    return zoneinfo.ZoneInfo(row[0] if row and row[0] else "UTC")


def utc_bounds(zone, first_day, last_day):
    start = datetime.datetime.combine(first_day, datetime.time(0, 0), zone)
    end = datetime.datetime.combine(last_day + datetime.timedelta(days=1),
                                    datetime.time(0, 0), zone)
    return start.astimezone(datetime.timezone.utc), end.astimezone(datetime.timezone.utc)


def stored_instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def expected_appointments(db, start, end, therapist_id):
    """Appointments with any part of their time in [start, end), cancelled ones included."""
    rows = db.execute("SELECT a.id, a.start_utc, a.end_utc, a.therapist_id, c.family_name, "
                      "a.desk_notes, COALESCE(a.cancel_reason, '') "
                      "FROM appointments a JOIN clients c ON c.id = a.client_id").fetchall()
    return [row for row in rows
            if stored_instant(row[1]) < end and stored_instant(row[2]) > start
            and (therapist_id is None or row[3] == therapist_id)]


def main():
    if len(sys.argv) not in (5, 6):
        fail(__doc__)
    db_path, ics_path = sys.argv[1], sys.argv[2]
    first_day = datetime.date.fromisoformat(sys.argv[3])
    last_day = datetime.date.fromisoformat(sys.argv[4])
    therapist_id = int(sys.argv[5]) if len(sys.argv) == 6 else None

    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    start, end = utc_bounds(practice_zone(db), first_day, last_day)
    expected = expected_appointments(db, start, end, therapist_id)
    if not expected:
        fail("the demo practice has no appointments in the range: nothing would be checked")

    with open(ics_path, "rb") as file:
        raw = file.read()
    calendar = icalendar.Calendar.from_ical(raw)
    if calendar.name != "VCALENDAR" or str(calendar.get("VERSION")) != "2.0" \
            or not calendar.get("PRODID"):
        fail("not a VCALENDAR with VERSION 2.0 and a PRODID")
    events = calendar.walk("VEVENT")
    if len(events) != len(expected):
        fail(f"{len(events)} events in the file, {len(expected)} appointments in the range")

    by_id = {row[0]: row for row in expected}
    uid_shape = re.compile(r"^appointment-(\d+)@[0-9a-f-]{36}\.stillpoint$")
    uids = []
    for event in events:
        uid = str(event.get("UID"))
        match = uid_shape.match(uid)
        if not match or int(match.group(1)) not in by_id:
            fail(f"unexpected UID {uid}")
        row = by_id[int(match.group(1))]
        for name, stored in (("DTSTART", row[1]), ("DTEND", row[2])):
            value = event.decoded(name)
            if not isinstance(value, datetime.datetime) or value.utcoffset() != \
                    datetime.timedelta(0) or str(value.tzinfo) != "UTC":
                fail(f"{uid}: {name} {value!r} is not a UTC time")
            if value != stored_instant(stored):
                fail(f"{uid}: {name} {value} but the appointment says {stored}")
        if "DESCRIPTION" in event:
            fail(f"{uid} has a DESCRIPTION")
        summary = str(event.get("SUMMARY"))
        # Family names, desk notes and cancellation reasons never reach a calendar.
        for private in (row[4], row[5], row[6]):
            if private and len(private) > 3 and private in summary:
                fail(f"{uid}: the title {summary!r} shows {private!r}")
        uids.append(uid)
    if len(set(uids)) != len(uids):
        fail("two events share a UID")
    # Every DTSTART line of the text itself ends in Z (no TZID, no floating time).
    starts = re.findall(rb"^DTSTART[^\r\n]*", raw, re.MULTILINE)
    if len(starts) != len(events) or not all(re.fullmatch(rb"DTSTART:\d{8}T\d{6}Z", s)
                                             for s in starts):
        fail(f"DTSTART lines not all in UTC: {starts[:3]}")
    print("\n".join(sorted(uids)))


if __name__ == "__main__":
    main()

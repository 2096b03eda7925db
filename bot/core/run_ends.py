"""A run with a clocked start and an end that names a day only: «с 10:00 5 декабря до 7
декабря», «5 декабря в 10:00 откроется выставка, продлится до 7 декабря» (parse69). It is a
timed event (`all_day` False) whose end is the midnight after its last day — an instant like
any other, so both stores keep it as they keep every timed event, the clash checks see the
whole run, and iCalendar writes DTEND as a DATE-TIME beside the DATE-TIME DTSTART, the only
form RFC 5545 allows (§3.6.1: DTEND "MUST be specified as a date with local time if and only
if the DTSTART property is also specified as a date with local time"; §3.8.2.2: DTEND's value
type must be DTSTART's). Shown, it names the last day without a clock."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta


def run_last_day(start: datetime, end: datetime | None) -> date | None:
    """The last day of a timed run whose end names no clock: `end` at midnight, at least two
    days after `start`'s day (the day before it is later than the start's); None otherwise —
    an evening ending at the next midnight («20:00–00:00») keeps its clock. Both in the same
    zone (naive wall clock or aware local)."""
    if end is None or end.time() != time() or start.time() == time():
        return None
    last = (end - timedelta(days=1)).date()
    return last if last > start.date() else None


def run_end(last: date) -> datetime:
    """The end of a run whose last day is `last` (naive wall clock): the midnight after it."""
    return datetime.combine(last + timedelta(days=1), time())

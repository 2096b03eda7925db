"""The rhythm of a saved series read from its meeting days: a weekly repeat on several
weekdays («по вторникам и четвергам», Recurrence.weekdays) has gaps of several lengths (2
and 5 days) yet a steady rhythm — each meeting on the next of its weekdays (series82).
School-local dates throughout; Monday = 0."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise


def next_on(day: date, weekdays: frozenset[int]) -> date:
    """The first day after `day` whose weekday is one of `weekdays` (not empty)."""
    return next(
        day + timedelta(days=n)
        for n in range(1, 8)
        if (day + timedelta(days=n)).weekday() in weekdays
    )


def weekly_days(days: list[date]) -> frozenset[int]:
    """The weekdays a series meeting on `days` (sorted) keeps when it meets weekly on several
    of them: each meeting on the next of those weekdays after the one before, and a weekday
    met twice (the week seen repeating: Tuesday, Thursday, Tuesday). frozenset() for any
    other rhythm — one weekday (a plain weekly series), a gap, or too few meetings to tell."""
    weekdays = frozenset(d.weekday() for d in days)
    if len(weekdays) < 2 or len(days) <= len(weekdays):
        return frozenset()
    if all(next_on(a, weekdays) == b for a, b in pairwise(days)):
        return weekdays
    return frozenset()

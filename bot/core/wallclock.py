"""School wall-clock times → instants, across daylight-saving changes (PEP 495 folds).

An ambiguous local time (autumn: 02:30 happens twice in Europe/Berlin) means its first
occurrence (fold=0). A local time that does not exist (spring: the clock jumps from 02:00 to
03:00) is moved forward by the gap's length — 02:30 becomes 03:30 — which is what fold=0
gives for it; callers that store an event keep its length and tell the person.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo


def local_instant(day: date, at: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of wall-clock `at` on `day` in `tz` (rules above)."""
    return datetime.combine(day, at, tzinfo=tz).replace(fold=0).astimezone(UTC)


def resolve_local(naive: datetime, tz: ZoneInfo) -> datetime:
    """A naive school wall-clock datetime as an aware one in `tz` (rules above)."""
    return local_instant(naive.date(), naive.time(), tz).astimezone(tz)


def does_not_exist(naive: datetime, tz: ZoneInfo) -> bool:
    """True for a wall-clock time skipped by a DST change (e.g. 02:30 on 28.03.2027, Berlin)."""
    return resolve_local(naive, tz).replace(tzinfo=None) != naive.replace(tzinfo=None)

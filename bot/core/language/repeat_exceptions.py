"""Days a daily repeat skips: "ежедневно кроме понедельника", "каждый день, кроме субботы и
воскресенья", "ежедневно кроме выходных", "кроме пн и чт".

The phrase is read only right after the daily word it qualifies; the skipped days are kept
on the draft's Recurrence (`except_weekdays`, Monday = 0), so no occurrence is stored and the
card does not claim those days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH
from bot.core.language.parts import D
from bot.core.language.tokens import Scanner, gate
from bot.core.models import EventDraft

_DAY = (
    r"(?:понедельник\w*|вторник\w*|сред\w*|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*"
    r"|пн|вт|ср|чт|пт|сб|вс)\.?(?![а-я])"
)
_EXCEPT = re.compile(
    rf"\s*,?\s*кроме\s+((?:{_DAY})(?:\s*(?:,|\bи\b)\s*(?:{_DAY}))*|выходных(?:\s+дней)?)"
)
_ONE_DAY = re.compile(_DAY)


def take_except_weekdays(sc: Scanner, end: int) -> frozenset[int]:
    """The weekdays (Monday = 0) an exception phrase starting at `end` (where the daily word
    ends) names, taken from the scanner; empty when no such phrase follows."""
    m = _EXCEPT.match(sc.text, end)
    if m is None or not sc.is_free(m.start(), m.end()):
        return frozenset()
    sc.take_match(m)
    if m.group(1).startswith("выходн"):
        return frozenset({5, 6})
    days = (cal.weekday_number(d.group(0)) for d in _ONE_DAY.finditer(m.group(1)))
    return frozenset(d for d in days if d is not None)


_DAYS = rf"(?:{_DAY})(?:\s*(?:,|\bи\b)\s*(?:{_DAY}))*"
_DATES = rf"(?:{D})(?:\s+{MONTH})?(?:\s*(?:,|\bи\b)\s*(?:{D})(?:\s+{MONTH})?)*"
# «(кроме 1 и 2 января)», «кроме 31 декабря и 1 января», «кроме понедельника»,
# «кроме субботы и воскресенья», «кроме выходных» — anywhere in the message: a programme's
# days off, written after its clocks as often as after «ежедневно»
_SKIP = re.compile(
    rf"(?<![а-я])кроме\s+(?:(?P<dates>{_DATES})\s+(?P<month>{MONTH})(?![а-я])"
    rf"|(?P<days>{_DAYS}|выходных(?:\s+дней)?))"
)
# «выходной — понедельник», «выходные дни: понедельник, вторник», «понедельник — выходной»,
# «по понедельникам выходной»: a place's or a programme's closed weekdays
_DAY_OFF = re.compile(
    rf"(?<![а-я])выходн(?:ой|ые)(?:\s+дн(?:ень|и|ь))?\s*(?:[-:—–]\s*|\s)(?:(?:в|во|по)\s+)?"
    rf"(?P<after>{_DAYS})"
    rf"|(?<![а-я])(?:по\s+)?(?P<before>{_DAYS})\s*(?:[-:—–]\s*)?выходн(?:ой|ые)(?:\s+дн(?:ень|и|ь))?"
    rf"(?![а-я])"
)
_AFTER_DAILY = re.compile(
    r"(?:ежедневно|каждый\s+(?:день|вечер)|каждое\s+утро|каждые\s+сутки)\s*,?\s*$"
)
_DATE_DAY = re.compile(rf"(?P<day>{D})(?:\s+(?P<month>{MONTH}))?")
gate(_SKIP, re.compile("кроме"))
gate(_DAY_OFF, re.compile("выходн"))


@dataclass(frozen=True, slots=True)
class SkippedDays:
    """Days a message says its repeat skips: dates («кроме 1 и 2 января») and weekdays
    (Monday = 0: «кроме понедельника», «выходной — понедельник»)."""

    dates: frozenset[date] = frozenset()
    weekdays: frozenset[int] = frozenset()


def take_skipped_days(sc: Scanner, today: date) -> SkippedDays:
    """Take from the scanner every phrase naming days the event skips — «кроме 1 и 2
    января», «кроме понедельника», «выходной — понедельник» — anywhere in the message, before
    the dates are read (a skipped day is never the event's day); the dates resolved from
    `today` as any day-and-month is (this year, or the next when past)."""
    dates: set[date] = set()
    weekdays: set[int] = set()
    for m in [*sc.find(_SKIP), *sc.find(_DAY_OFF)]:
        if not sc.is_free(m.start(), m.end()):
            continue
        groups = m.groupdict()
        if groups.get("days") and _AFTER_DAILY.search(sc.text, max(0, m.start() - 30), m.start()):
            continue  # «ежедневно, кроме понедельника»: the daily rule's own (above)
        sc.take_match(m)
        if groups.get("dates"):
            dates |= _dates_of(f"{groups['dates']} {groups['month']}", today)
            continue
        days = groups.get("days") or groups.get("after") or groups.get("before") or ""
        if days.startswith("выходн"):
            weekdays |= {5, 6}
            continue
        found = (cal.weekday_number(d.group(0)) for d in _ONE_DAY.finditer(days))
        weekdays |= {d for d in found if d is not None}
    return SkippedDays(frozenset(dates), frozenset(weekdays))


def _dates_of(written: str, today: date) -> set[date]:
    """The dates of «1 и 2 января», «31 декабря и 1 января»: each day with the month written
    after it (the next one written, as «1 и 2 января» says January of both)."""
    found = list(_DATE_DAY.finditer(written))
    out: set[date] = set()
    for i, m in enumerate(found):
        month_word = next((n.group("month") for n in found[i:] if n.group("month")), None)
        month = cal.month_number(month_word) if month_word else None
        day = cal.resolve_day_month(int(m.group("day")), month, today) if month else None
        if day is not None:
            out.add(day)
    return out


def with_skipped_days(draft: EventDraft, skipped: SkippedDays) -> EventDraft:
    """`draft` with the days `skipped` left out of its repeat (Recurrence's except_dates, and
    for a daily one except_weekdays: a weekly series meets on one weekday, a day off on
    another is none of its meetings), its first meeting moved off a skipped day (a day, or
    a week for a weekly one, at a time); any other draft unchanged (a run stored whole has
    no meetings to leave out). «по средам в 15:00 …, кроме 6 января»: that Wednesday left
    out, as «кроме 1 и 2 января» of a daily programme (review74)."""
    rec = draft.recurrence
    if rec is None or not (skipped.dates or skipped.weekdays):
        return draft
    if draft.all_day:
        return draft  # the days of a span, read whole: a run, no meetings to leave out
    daily = rec.freq == "daily"
    rec = replace(
        rec,
        except_dates=rec.except_dates | skipped.dates,
        except_weekdays=rec.except_weekdays | (skipped.weekdays if daily else frozenset()),
    )
    start = draft.start
    # a weekly repeat on several weekdays («по вторникам и четвергам») moves on a day at a
    # time to the next of its days, never a week past the other one (series82)
    step = timedelta(days=1 if daily or rec.weekdays else 7)
    shift = timedelta()
    while start is not None and len(rec.except_weekdays) < 7 and shift < 14 * step:
        day = (start + shift).date()
        listed = not rec.weekdays or day.weekday() in rec.weekdays
        if listed and day not in rec.except_dates and day.weekday() not in rec.except_weekdays:
            break
        shift += step
    if start is None or not shift:
        return replace(draft, recurrence=rec)
    return replace(
        draft,
        recurrence=rec,
        start=start + shift,
        end=draft.end + shift if draft.end is not None else None,
        sessions=tuple((a + shift, b + shift if b else None) for a, b in draft.sessions),
    )

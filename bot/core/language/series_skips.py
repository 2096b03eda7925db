"""«без 6 января» on a repeating draft's card: the series without the meetings on those
days (Recurrence.except_dates). The card offers it for the meetings that fall on a day off
or in каникулы (newcomer walk 2026-12-02m, finding 12); any meeting of the series may be
named: «без 6 и 13 января», «сохрани без 6.01», «без 30 декабря и 6 января».
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from bot.core.drafts import occurrences
from bot.core.language.calendar import MONTH, month_number
from bot.core.models import EventDraft

# the whole reply: «без …», «сохрани без …», «давайте без …», «можно без …»
_WITHOUT = re.compile(
    r"^\s*(?:(?:сохрани(?:те|ть)?|давайте|можно|тогда|да|ок)[\s,]+)*без\s+(?P<days>.+?)[\s.!]*$",
    re.IGNORECASE,
)
# one day: «6 января», «6.01», «6-го», or a bare «6» taking the month of the next one named
_DAY = re.compile(rf"(?P<day>\d{{1,2}})(?:\s*-?го)?(?:\s+(?P<month>{MONTH})|\.(?P<num>\d{{1,2}}))?")
_SEPARATOR = re.compile(r"^(?:\s*(?:,|\bи\b)\s*)$")


def _days(text: str) -> list[tuple[int, int | None]] | None:
    """(day, month or None) of every day named, in order; None when the text is anything but
    days joined by commas and «и»."""
    found: list[tuple[int, int | None]] = []
    at = 0
    for m in _DAY.finditer(text):
        between = text[at : m.start()]
        if (found and not _SEPARATOR.match(between)) or (not found and between.strip()):
            return None
        month = m.group("month")
        number = month_number(month) if month else (int(m.group("num")) if m.group("num") else None)
        found.append((int(m.group("day")), number))
        at = m.end()
    if not found or text[at:].strip():
        return None
    months: list[tuple[int, int | None]] = []
    following: int | None = None
    for day, month in reversed(found):  # «6 и 13 января»: the 6th is in January too
        following = month if month is not None else following
        months.append((day, following))
    return list(reversed(months))


def without_days(text: str, draft: EventDraft, tz: ZoneInfo | None) -> EventDraft | None:
    """`draft` (a repeating one with a start) without its meetings on the days `text` names
    («без 6 января»); None when `text` is no such reply, names a day that is no meeting of
    the series, or would leave no meeting at all. A day without a month is the series'
    meeting on that day of the month when exactly one has it. `tz`: the school's zone (the
    draft's start is its wall-clock time; None: UTC, the same days)."""
    m = _WITHOUT.match(text)
    if m is None or draft.recurrence is None or draft.start is None:
        return None
    named = _days(m.group("days").lower())
    if named is None:
        return None
    tz = tz or ZoneInfo("UTC")
    start = draft.start if draft.start.tzinfo else draft.start.replace(tzinfo=tz)
    meetings = [s.astimezone(tz).date() for s in occurrences(start, draft.recurrence, tz)]
    skipped: set[date] = set()
    for day, month in named:
        fits = [d for d in meetings if d.day == day and (month is None or d.month == month)]
        if len(fits) != 1:
            return None
        skipped.add(fits[0])
    if not set(meetings) - skipped:
        return None
    recurrence = replace(
        draft.recurrence, except_dates=draft.recurrence.except_dates | frozenset(skipped)
    )
    return replace(draft, recurrence=recurrence)

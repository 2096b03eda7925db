"""Which day a bare weekday names in a move request («перенеси лекцию на пятницу»).

A weekday said with no qualifier names the nearest such day of the frame the sentence is
about. For a new event, or a question, that frame is now: «в пятницу» is the coming Friday
(bot.core.language.temporal.resolve_weekday). A move is said about an event, and people
move an event within its own week («перенесём с четверга на пятницу»): the lecture on
Thursday 10 December moved «на пятницу» on Tuesday 1 December is Friday 11 December, not
Friday 4 December, which lies before the event in another week (newcomer walk 2026-12-01g,
#8). So a bare weekday in a move is that weekday of the event's own week (Monday to
Sunday) when that day lies after today, else — the event's week has begun and that day is
today or past — the usual nearest one from now. When the event is in the current week both
rules give the same day for every weekday still ahead.

Qualified weekdays keep their meaning from now: «на эту пятницу», «на следующую пятницу»,
«на ближайшую пятницу», «в пятницу на следующей неделе», and any date written out. The two
readings differ only for an event in a later week; the move card always shows the full new
date («Станет: 11 декабря (пт)»), so the choice is seen before «да».
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from bot.core.language.moscow_time import take_moscow_time
from bot.core.language.temporal import extract_temporal
from bot.core.language.tokens import Scanner
from bot.core.language.typos import correct_typos

log = logging.getLogger(__name__)


def bare_weekday(text: str, now: datetime) -> int | None:
    """The weekday (0 = Monday) `text` names with no qualifier and no date («на пятницу»,
    «в среду в 16:00»), else None (`now`: the school's naive wall-clock time)."""
    try:
        sc = Scanner(correct_typos(text[:500])[0])
        take_moscow_time(sc)
        parts = extract_temporal(sc, now, periods=False)
    except Exception:
        log.exception("bare_weekday failed on %r", text[:200])
        return None
    if parts.day_blocked or parts.day_first is not None or parts.week_offset is not None:
        return None
    if parts.weekday is None or parts.weekday_mode != "plain":
        return None
    return parts.weekday


def weekday_for_move(weekday: int, event_day: date, today: date) -> date | None:
    """The day a bare `weekday` names when moving an event on `event_day`: that weekday of
    the event's week (Monday to Sunday) when it is after `today`; None when it is not (the
    caller keeps the reading from now)."""
    monday = event_day - timedelta(days=event_day.weekday())
    day = monday + timedelta(days=weekday)
    return day if day > today else None

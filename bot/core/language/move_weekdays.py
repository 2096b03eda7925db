"""Which day a bare weekday names in a move request («перенеси лекцию на пятницу»).

A weekday said with no qualifier names the nearest such day of the frame the sentence is
about. For a new event, or a question, that frame is now: «в пятницу» is the coming Friday
(bot.core.language.temporal.resolve_weekday). A move is said about an event, and people
move an event to a day near it («перенесём с четверга на пятницу»): the lecture on
Thursday 10 December moved «на пятницу» on Tuesday 1 December is Friday 11 December, not
Friday 4 December, six days before it (newcomer walk 2026-12-01g, #8). So a bare weekday in
a move is the such weekday nearest to the event's own day — the one before it or the one
after it, never a week away when a day or three will do — among the days after today:
Sunday 20 December «на понедельник» is Monday 21, not Monday 14 of the week before (walk
2026-12-01i, #7, which a Monday-to-Sunday week got wrong); Thursday 10 «на понедельник» is
Monday 7 (three days before) rather than Monday 14 (four after). The two neighbours are 7
days apart, so one of them is always strictly nearer. When the nearer one is today or
past, the other (after the event) is taken. The event's own weekday names its own day: the
caller says the event is already then (walk i, #6) instead of a card «18 → 18 декабря».

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
    """The day a bare `weekday` (0 = Monday) names when moving an event on `event_day`: of
    that weekday's two neighbours of `event_day` (at most 6 days before, at most 6 after;
    `event_day` itself when it is that weekday) the nearer one that is after `today`, else
    the one after the event; None when even that is not after `today` (the caller keeps the
    reading from now)."""
    after = event_day + timedelta(days=(weekday - event_day.weekday()) % 7)
    before = after - timedelta(days=7) if after != event_day else after
    nearer = before if (event_day - before) < (after - event_day) else after
    for day in (nearer, after):
        if day > today:
            return day
    return None

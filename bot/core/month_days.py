"""A day number written for a plan line held with one month (files74): the line «Кросс —
указан только срок «март» (март 2027)» is answered «исправь 7: 12» or «исправь 7: 12 в
10:00», the 12th of that month — the month is the line's own, never today's."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from bot.core.models import DayPeriod, EventDraft

# «12», «12-е», «12го», «12 числа», then anything (a clock): the day number alone first
_DAY_FIRST = re.compile(
    r"^\s*(\d{1,2})(?:\s*-?\s*(?:е|го|ое)|\s+числа)?(?=$|[\s,])(.*)$", re.DOTALL
)
_CLOCK_NEXT = re.compile(r"^\s*[:.]\d")  # «12:30», «12.03»: not a day number
# what may follow the day number: nothing, or a clock or a range of clocks («в 10:00», «,
# 15:00», «с 9 до 11», «в 10 утра»), then anything (a place, classes: «15 в 10:00, спортзал»,
# «15, 10:00, 7А»: review75); a word («12 декабря», «12 человек») or a number of something
# else («10, 11 классы», «5, 6 урок», «с 5 по 9 класс»: classes, lessons) is a text of its own
_COUNTED = r"(?!\s*-?\s*(?:[а-яё](?![а-яё])|класс|кл(?![а-яё])|урок|лет|чел|по(?![а-яё])))"
# a clock: with minutes or a unit («10:00», «10 утра») whatever follows; a bare hour not
# followed by what it counts («11 классы», «11А», «с 5 по 9»)
_HOUR = rf"\d{{1,2}}(?:[:.]\d\d|\s*(?:ч\b\.?|час\w*|утра|дня|вечера)|{_COUNTED})"
_CLOCK_AFTER = re.compile(
    rf"^(?:\s*,?\s*(?:(?:в|с|к|до)\s+)?{_HOUR}(?:\s*(?:-|–|—|до)\s*{_HOUR})?"
    r"(?:(?=[\s,;.]).*)?)?\s*$",
    re.DOTALL | re.IGNORECASE,
)


def day_of_period(text: str, period: DayPeriod | None) -> str:
    """`text` with a leading day number written as that day of `period`'s month, in full
    («12 в 10:00» -> «12.03.2027 в 10:00») when `period` is one month and the day is in it;
    `text` as it is otherwise (a date, a clock, a period of several months, no period)."""
    if period is None or (period.first.year, period.first.month) != (
        period.last.year,
        period.last.month,
    ):
        return text
    found = _DAY_FIRST.match(text)
    if found is None or _CLOCK_NEXT.match(found[2]) or not _CLOCK_AFTER.match(found[2]):
        return text
    number = int(found[1])
    if not period.first.day <= number <= period.last.day:
        return text
    day = date(period.first.year, period.first.month, number)
    return f"{day.strftime('%d.%m.%Y')}{found[2]}"


def held_for_a_day(draft: EventDraft) -> EventDraft:
    """A plan line saved as a run through whole months (a row «декабрь», files75:
    run_ends.is_through_months; `draft` all day, `end` the last day's midnight) as it is
    held for a day, with those months as its `period`: a day written for it by «исправь N:
    16 декабря в 13:00» (or «исправь N: 16») replaces the run, never moves it whole. Any
    other draft as it is."""
    if not draft.all_day or draft.start is None or draft.end is None:
        return draft
    first, last = draft.start.date(), draft.end.date()
    if first.day != 1 or (last + timedelta(days=1)).day != 1 or last <= first:
        return draft
    period = DayPeriod(first, last, "month")
    return replace(draft, start=None, end=None, all_day=False, period=period)


def through_period(draft: EventDraft, period: DayPeriod) -> EventDraft:
    """`draft` (held `no_day`) as the deputy head means a month, a term or the year named
    alone — going on all through `period`'s days: all day from its first to its last
    (inclusive, midnight wall clock), no longer held for a day (files75;
    bot.core.run_ends.is_through_months tells such a run, which takes no hour of its
    students or room, from an exhibition's)."""
    first = datetime.combine(period.first, time())
    last = datetime.combine(period.last, time())
    doubts = tuple(d for d in draft.doubts if d != "no_day")
    return replace(draft, start=first, end=last, all_day=True, time_known=True, doubts=doubts)


def term_months(first: date, last: date) -> tuple[date, date] | None:
    """The whole months a term from `first` to `last` (inclusive) is held in: from the month
    most of whose days past `first` are in it (its own when it starts by the 15th, else the
    next) to the one most of whose days before `last` are (its own when it ends on the 15th
    or later, else the one before) — the ministry's II quarter 2 November – 30 December is
    November–December, the IV 29 March – 26 May April–May (files75). None when no whole
    month is left."""
    start = first.replace(day=1)
    if first.day > 15:
        start = (start + timedelta(days=31)).replace(day=1)
    end = last.replace(day=calendar.monthrange(last.year, last.month)[1])
    if last.day < 15:
        end = last.replace(day=1) - timedelta(days=1)
    return (start, end) if start < end else None

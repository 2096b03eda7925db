"""A plan file's period-grid column («II четверть», «Триместр 3») checked against the
school's own terms (files66).

The exports layer has no school calendar, so it checks a cell's day by the months its
column's part of the year may hold (bot.exports.period_grid, `other_period`). Once the
school has set its own dates of a neighbouring term, the planner decides instead: a
column's day fits when it falls from the day after the previous term ends to the day before
the next one starts — the term itself and the vacations on both sides of it (an excursion
in the spring vacation is written under the III quarter or the IV, both right). A
half-year's column is read by its terms as well (files69: «I полугодие» is the I and II
quarters), the months only when the school set no neighbour term.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from bot.core.language.doubts import PLANNING_NEXT_YEAR_FROM
from bot.core.models import DayPeriod, EventDraft
from bot.core.month_days import term_months, through_period
from bot.core.school_calendar import SchoolCalendar, TermKind

# the header's word for a part of the year -> the calendar's kind of terms it is counted in
_KINDS = {"четверть": TermKind.QUARTER, "триместр": TermKind.TRIMESTER}
_HALF = "полугодие"
_DAY = timedelta(days=1)


def fits_own_term(day: date, period: tuple[str, int], calendar: SchoolCalendar) -> bool | None:
    """Whether the local `day` may be under a column of `period` (("четверть", 2)) by the
    school's own terms — from the day after the term before it ends to the day before the
    term after it starts, each bound only when the school set that term; None when they
    cannot say: the school set neither neighbour term of that school year, divides it
    otherwise (trimesters under a quarter's column), or names a term the year has not.

    A half-year («I полугодие») is its terms (files69): the I and II quarters, the III and
    IV; with trimesters the half-years part inside the II trimester, so its terms only tell
    a day that cannot be under the column (under «I полугодие» once the III trimester has
    begun, under «II полугодие» before the I has ended) and the months decide the rest."""
    return _fits(day, column_bounds(day, period, calendar, own_only=True), period, calendar)


def fits_year_terms(day: date, period: tuple[str, int], calendar: SchoolCalendar) -> bool | None:
    """`fits_own_term` by the terms the bot applies whether or not the school set them —
    the ministry's standard year until it does (README: «the Ministry's standard year
    applies») — for a column the school's own terms cannot judge (files74: «17.01» under
    «I полугодие» was saved unasked, January being an edge month of the half-year). None
    for a day outside the school year's terms (a summer day is judged by the months: its
    school year is not always the plan's) and where `fits_own_term` gives None for its
    own reasons (another division of the year, a half-year inside the II trimester)."""
    terms = calendar.year_of(day).terms
    if not terms or not min(t.start for t in terms) <= day <= max(t.end for t in terms):
        return None
    return _fits(day, column_bounds(day, period, calendar, own_only=False), period, calendar)


def column_bounds(
    day: date, period: tuple[str, int], calendar: SchoolCalendar, *, own_only: bool
) -> tuple[date | None, date | None] | None:
    """The first and last local day a column of `period` holds in `day`'s school year: the
    day after the term before it ends, the day before the term after it starts (None for a
    side with no such term, or, `own_only`, one the school did not set itself); None when
    neither side is bounded or the year is not divided so."""
    word, number = period
    terms = sorted(calendar.year_of(day).terms, key=lambda t: t.number)
    span = _term_span(word, number, calendar.kind, len(terms))
    if span is None:
        return None
    low, high = span
    # with `own_only`, only the bounds the school itself set: a neighbour term the
    # ministry's year gives is no proof (the school may run its I quarter to 3 November
    # and have set only the IV)
    before = terms[low - 2] if low > 1 else None
    after = terms[high] if high < len(terms) else None
    if before is not None and own_only and not before.by_school:
        before = None
    if after is not None and own_only and not after.by_school:
        after = None
    first = before.end + _DAY if before is not None else None
    last = after.start - _DAY if after is not None else None
    return None if first is None and last is None else (first, last)


def _fits(
    day: date,
    bounds: tuple[date | None, date | None] | None,
    period: tuple[str, int],
    calendar: SchoolCalendar,
) -> bool | None:
    if bounds is None:
        return None
    first, last = bounds
    fits = (first is None or first <= day) and (last is None or day <= last)
    if fits and period[0] == _HALF and calendar.kind is TermKind.TRIMESTER:
        return None  # within the trimesters' outer bounds: the months decide
    return fits


def _term_span(word: str, number: int, kind: TermKind, count: int) -> tuple[int, int] | None:
    """The first and last term (by number) a column of (`word`, `number`) lies in, in a
    year of `count` terms of `kind`; None when that year does not count them so."""
    if word == _HALF and number in (1, 2):
        if kind is TermKind.QUARTER and count == 4:
            return 2 * number - 1, 2 * number  # I: the I and II quarters; II: III and IV
        if kind is TermKind.TRIMESTER and count == 3:
            return number, number + 1  # I: the I and II trimesters; II: II and III
        return None
    if _KINDS.get(word) is not kind or not 1 <= number <= count:
        return None
    return number, number


def in_term_column(
    draft: EventDraft, period: tuple[str, int] | None, calendar: SchoolCalendar
) -> EventDraft:
    """A period grid's draft with its `other_period` doubt set by the school's own terms
    (`fits_own_term`), else by the terms the bot applies (`fits_year_terms`: the
    ministry's year until the school sets its own), or as the month check left it when
    neither can say."""
    if period is None or draft.start is None:
        return draft
    day = draft.start.date()
    fits = fits_own_term(day, period, calendar)
    if fits is None:
        fits = fits_year_terms(day, period, calendar)
    if fits is None:
        return draft
    doubts = tuple(d for d in draft.doubts if d != "other_period")
    return replace(draft, doubts=doubts if fits else (*doubts, "other_period"))


def column_note(
    draft: EventDraft, period: tuple[str, int] | None, calendar: SchoolCalendar
) -> dict[str, object]:
    """What a plan's line held `other_period` says of its column, as JSON for the pending
    row: {"column": {"word": "полугодие", "number": 1, "first": "2026-09-01" or None,
    "last": …, "own": whether the school set those bounds}}; {} for any other draft. The
    dates are the column's local days (`column_bounds`), by the school's own terms when
    they bound it, else by the terms the bot applies."""
    if period is None or draft.start is None or "other_period" not in draft.doubts:
        return {}
    day = draft.start.date()
    own = column_bounds(day, period, calendar, own_only=True)
    bounds = own or column_bounds(day, period, calendar, own_only=False)
    first, last = bounds if bounds is not None else (None, None)
    return {
        "column": {
            "word": period[0],
            "number": period[1],
            "first": None if first is None else first.isoformat(),
            "last": None if last is None else last.isoformat(),
            "own": own is not None,
        }
    }


# «в течение полугодия», «на протяжении II четверти»: going on all through the part of the
# year (a term alone, «II четверть», is some day in it; «по согласованию» under a term's
# column names no term at all)
_THROUGHOUT = re.compile(
    r"^\s*(?:в\s+течение|на\s+протяжении)\s+(?:всей\s+|всего\s+)?"
    r"(?:(?:iv|i{1,3}|[1-4])\s*-?\s*(?:[а-я]{1,2}\s+)?)?(?:четверт|полугоди|триместр)",
    re.IGNORECASE,
)


def term_period(
    draft: EventDraft,
    period: tuple[str, int] | None,
    written: str | None,
    calendar: SchoolCalendar,
    now: datetime,
) -> EventDraft:
    """A plan row held for its day whose cell named a whole part of the year (`written`:
    «в течение полугодия» under «II полугодие», «II четверть» in a «Сроки» cell; `period`:
    ("полугодие", 2)) with that part's days as its `period`: from its first term's start to
    its last term's end in the school year planned (the one `now`, the school's naive wall
    clock, is in; from June on the coming one), by the school's own terms or the ministry's
    year (files74). `draft` as it is otherwise (a day, a month kept, a year not divided so)."""
    if draft.start is not None or draft.period is not None or period is None or not written:
        return draft
    day = now.date()
    if PLANNING_NEXT_YEAR_FROM <= day.month <= 8:
        day = date(day.year, 9, 1)
    terms = sorted(calendar.year_of(day).terms, key=lambda t: t.number)
    span = _term_span(period[0], period[1], calendar.kind, len(terms))
    if span is None:
        return draft
    first, last = terms[span[0] - 1].start, terms[span[1] - 1].end
    months = term_months(first, last) if _THROUGHOUT.match(written) else None
    if months is not None:  # «в течение полугодия»: a run through its months (files75)
        return through_period(draft, DayPeriod(*months, "term", period[1], period[0], written))
    kept = DayPeriod(first, last, "term", period[1], period[0], written)
    return replace(draft, period=kept)

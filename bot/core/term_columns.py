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

from dataclasses import replace
from datetime import date, timedelta

from bot.core.models import EventDraft
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
    word, number = period
    terms = sorted(calendar.year_of(day).terms, key=lambda t: t.number)
    span = _term_span(word, number, calendar.kind, len(terms))
    if span is None:
        return None
    low, high = span
    # only the bounds the school itself set: a neighbour term the ministry's year gives is
    # no proof (the school may run its I quarter to 3 November and have set only the IV)
    before = terms[low - 2] if low > 1 else None
    after = terms[high] if high < len(terms) else None
    first = before.end + _DAY if before is not None and before.by_school else None
    last = after.start - _DAY if after is not None and after.by_school else None
    if first is None and last is None:
        return None
    fits = (first is None or first <= day) and (last is None or day <= last)
    if fits and word == _HALF and calendar.kind is TermKind.TRIMESTER:
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
    (`fits_own_term`), or as the month check left it when they cannot say."""
    if period is None or draft.start is None:
        return draft
    fits = fits_own_term(draft.start.date(), period, calendar)
    if fits is None:
        return draft
    doubts = tuple(d for d in draft.doubts if d != "other_period")
    return replace(draft, doubts=doubts if fits else (*doubts, "other_period"))

"""A plan file's period-grid column («II четверть», «Триместр 3») checked against the
school's own terms (files66).

The exports layer has no school calendar, so it checks a cell's day by the months its
column's part of the year may hold (bot.exports.period_grid, `other_period`). Once the
school has set its own dates of a neighbouring term, the planner decides instead: a
column's day fits when it falls from the day after the previous term ends to the day before
the next one starts — the term itself and the vacations on both sides of it (an excursion
in the spring vacation is written under the III quarter or the IV, both right).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bot.core.models import EventDraft
from bot.core.school_calendar import SchoolCalendar, TermKind

# the header's word for a part of the year -> the calendar's kind of terms; half-years
# («полугодие») have no terms of their own: their months decide
_KINDS = {"четверть": TermKind.QUARTER, "триместр": TermKind.TRIMESTER}
_DAY = timedelta(days=1)


def fits_own_term(day: date, period: tuple[str, int], calendar: SchoolCalendar) -> bool | None:
    """Whether the local `day` may be under a column of `period` (("четверть", 2)) by the
    school's own terms — from the day after the term before it ends to the day before the
    term after it starts, each bound only when the school set that term; None when they
    cannot say: the school set neither neighbour term of that school year, divides it
    otherwise (trimesters under a quarter's column), or the column is a half-year or a term
    the year has not."""
    word, number = period
    if _KINDS.get(word) is not calendar.kind:
        return None
    year = calendar.year_of(day)
    terms = sorted(year.terms, key=lambda t: t.number)
    if not 1 <= number <= len(terms):
        return None
    # only the bounds the school itself set: a neighbour term the ministry's year gives is
    # no proof (the school may run its I quarter to 3 November and have set only the IV)
    before = terms[number - 2] if number > 1 else None
    after = terms[number] if number < len(terms) else None
    first = before.end + _DAY if before is not None and before.by_school else None
    last = after.start - _DAY if after is not None and after.by_school else None
    if first is None and last is None:
        return None
    return (first is None or first <= day) and (last is None or day <= last)


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

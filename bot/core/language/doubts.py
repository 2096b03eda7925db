"""What the parser doubts about a draft it built, as codes the bot acts on.

Codes: `date_typo` (a misspelt date word, corrected or not), `impossible_date` ("31.11"),
`past` (the start is already over), `other_year` (the start lies outside the current school
year, so the card must show the year), `year_guessed` (a date written without a year had
passed this year and was taken for next year), `end_before_start`, `several_dates` (equally
likely starts). The school year runs from 1 September to 31 August.
"""

from __future__ import annotations

from datetime import date, datetime

# Doubts the bot asks about before saving (the others are shown on the card).
ASKED = frozenset({"impossible_date", "past", "year_guessed", "end_before_start", "several_dates"})
ORDER = (
    "date_typo",
    "impossible_date",
    "past",
    "other_year",
    "year_guessed",
    "end_before_start",
    "several_dates",
)


def school_year(day: date) -> int:
    """The calendar year in which the school year holding `day` began (September)."""
    return day.year if day.month >= 9 else day.year - 1


def timing_doubts(
    start: datetime | None, all_day: bool, now: datetime, *, rolled_year: bool
) -> set[str]:
    """Doubts about when a draft starts, relative to `now` (both naive school wall-clock)."""
    found: set[str] = set()
    if start is None:
        return found
    if (all_day and start.date() < now.date()) or (not all_day and start < now):
        found.add("past")
    if school_year(start.date()) != school_year(now.date()):
        found.add("other_year")
    if rolled_year:
        found.add("year_guessed")
    return found


def ordered(codes: set[str]) -> tuple[str, ...]:
    """The codes in their documented order (unknown codes last, sorted)."""
    known = [c for c in ORDER if c in codes]
    return tuple(known + sorted(codes - set(ORDER)))

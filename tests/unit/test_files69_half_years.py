"""files69: a half-year's column («I полугодие») checked by the school's own terms: the I
and II quarters, the III and IV (term_columns.fits_own_term); the months only when the
school set no neighbouring term."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.school_calendar import SchoolCalendar, TermKind
from bot.core.term_columns import fits_own_term

# a school whose II quarter ends on 25 December and III starts on 12 January 2027
QUARTERS = SchoolCalendar(
    terms=((2026, 2, None, date(2026, 12, 25)), (2026, 3, date(2027, 1, 12), None))
)
# a school on trimesters whose I ends on 20 November and III starts on 22 February
TRIMESTERS = SchoolCalendar(
    kind=TermKind.TRIMESTER,
    terms=((2026, 1, None, date(2026, 11, 20)), (2026, 3, date(2027, 2, 22), None)),
)


@pytest.mark.parametrize(
    ("day", "half", "fits"),
    [
        (date(2027, 1, 13), 1, False),  # the school's III quarter under «I полугодие»
        (date(2027, 1, 5), 1, True),  # the winter vacation: either half
        (date(2027, 1, 5), 2, True),
        (date(2026, 12, 24), 2, False),  # the school's II quarter under «II полугодие»
        (date(2026, 12, 24), 1, True),
        (date(2026, 10, 1), 1, True),
        (date(2027, 4, 20), 2, True),
    ],
)
def test_a_half_year_is_its_quarters(day: date, half: int, fits: bool) -> None:
    assert fits_own_term(day, ("полугодие", half), QUARTERS) is fits


def test_one_bound_set_says_only_its_side() -> None:
    """Only the III quarter set: «I полугодие» ends before it; «II полугодие» has no bound
    of the school's (its start is the II quarter's end): the months decide."""
    third = SchoolCalendar(terms=((2026, 3, date(2027, 1, 12), None),))
    assert fits_own_term(date(2027, 1, 20), ("полугодие", 1), third) is False
    assert fits_own_term(date(2026, 12, 20), ("полугодие", 2), third) is None


@pytest.mark.parametrize(
    ("day", "half", "fits"),
    [
        (date(2027, 3, 1), 1, False),  # the III trimester under «I полугодие»
        (date(2026, 10, 12), 2, False),  # the I trimester under «II полугодие»
        (date(2027, 2, 1), 1, None),  # the II trimester: the months decide
        (date(2026, 12, 1), 2, None),
    ],
)
def test_with_trimesters_the_terms_only_rule_out(day: date, half: int, fits: bool | None) -> None:
    assert fits_own_term(day, ("полугодие", half), TRIMESTERS) is fits


def test_no_terms_of_the_school_the_months_decide() -> None:
    assert fits_own_term(date(2027, 1, 13), ("полугодие", 1), SchoolCalendar()) is None

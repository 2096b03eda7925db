"""files66: a period grid's column checked by the school's own terms (term_columns)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.school_calendar import SchoolCalendar, TermKind
from bot.core.term_columns import fits_own_term
from bot.exports.period_grid import period_part

# the school's IV quarter of 2026/27 from 30 March (the III ends on the ministry's 19 March,
# the spring vacation between)
OWN = SchoolCalendar(terms=((2026, 4, date(2027, 3, 30), None),))


@pytest.mark.parametrize(
    ("day", "number", "fits"),
    [
        (date(2027, 4, 2), 3, False),  # the school's IV quarter under «III четверть»
        (date(2027, 4, 2), 4, None),  # the III quarter's end is not the school's: months
        (date(2027, 3, 24), 3, True),  # the spring vacation after the III quarter
        (date(2027, 2, 10), 3, True),
    ],
)
def test_a_quarter_column_by_the_schools_terms(day: date, number: int, fits: bool | None) -> None:
    assert fits_own_term(day, ("четверть", number), OWN) is fits


@pytest.mark.parametrize(
    ("calendar", "period"),
    [
        (SchoolCalendar(), ("четверть", 3)),  # no own terms: the months decide
        (OWN, ("полугодие", 2)),  # the II quarter, its bound, is not the school's
        (OWN, ("триместр", 3)),  # the school counts quarters
        (OWN, ("четверть", 5)),
        (OWN, ("четверть", 2)),  # neither the I nor the III quarter is the school's
        (OWN, ("четверть", 1)),
        (SchoolCalendar(kind=TermKind.TRIMESTER), ("триместр", 3)),  # trimesters, none set
    ],
)
def test_the_terms_cannot_say(calendar: SchoolCalendar, period: tuple[str, int]) -> None:
    assert fits_own_term(date(2027, 4, 2), period, calendar) is None


@pytest.mark.parametrize(
    ("header", "part"),
    [
        ("II четверть", ("четверть", 2)),
        ("2-е полугодие", ("полугодие", 2)),
        ("Триместр 3", ("триместр", 3)),
        ("V четверть", None),
    ],
)
def test_a_header_names_its_part(header: str, part: tuple[str, int] | None) -> None:
    assert period_part(header) == part

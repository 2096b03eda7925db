"""files74: the period a held plan row names (bot.exports.held_periods) and a day number
written for it (bot.core.month_days). Cells and answers are my own."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.models import DayPeriod, EventDraft
from bot.core.month_days import day_of_period, term_months
from bot.exports.day_cells import Section
from bot.exports.held_periods import month_period, term_of

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - a school's wall clock
HELD = EventDraft(title="Кросс", start=None, doubts=("no_day",))
MARCH = DayPeriod(date(2027, 3, 1), date(2027, 3, 31), "month", written="март")


@pytest.mark.parametrize(
    ("cell", "section", "first", "last"),
    [
        ("март", None, date(2027, 3, 1), date(2027, 3, 31)),
        ("Октябрь", None, date(2026, 10, 1), date(2026, 10, 31)),  # the school year planned
        ("март 2028", None, date(2028, 3, 1), date(2028, 3, 31)),
        ("февраль–март", None, date(2027, 2, 1), date(2027, 3, 31)),
        ("декабрь-январь", None, date(2026, 12, 1), date(2027, 1, 31)),
        ("в течение месяца", Section(1), date(2027, 1, 1), date(2027, 1, 31)),
        ("весь месяц", Section(2, 2027), date(2027, 2, 1), date(2027, 2, 28)),
        # files75: the school year planned, September to May
        ("в течение года", None, date(2026, 9, 1), date(2027, 5, 31)),
        ("В течение учебного года.", Section(3), date(2026, 9, 1), date(2027, 5, 31)),
        ("весь учебный год", None, date(2026, 9, 1), date(2027, 5, 31)),
        ("на протяжении всего года", None, date(2026, 9, 1), date(2027, 5, 31)),
    ],
)
def test_a_month_named_is_a_run_through_it(
    cell: str, section: Section | None, first: date, last: date
) -> None:
    """files75 (was files74's «…_is_kept» as a held row's period): all day, 1st to last."""
    run = month_period(HELD, cell, section, NOW)
    assert run.start is not None
    assert run.end is not None
    assert (run.start.date(), run.end.date(), run.all_day) == (first, last, True), run
    assert "no_day" not in run.doubts


@pytest.mark.parametrize(
    ("cell", "section"),
    [
        ("в течение месяца", None),
        ("по согласованию", Section(1)),
        ("в течение года после открытия", None),  # files75: the year alone, the whole cell
        ("в течение полугодия", None),  # which half: no column says
    ],
)
def test_no_month_no_period(cell: str, section: Section | None) -> None:
    assert month_period(HELD, cell, section, NOW) == HELD


def test_a_dated_draft_is_left_alone() -> None:
    dated = EventDraft(title="Кросс", start=datetime(2027, 3, 5, 10))  # noqa: DTZ001
    assert month_period(dated, "март", None, NOW) is dated


@pytest.mark.parametrize(
    ("cell", "term"),
    [
        ("II четверть", ("четверть", 2)),
        ("2 полугодие", ("полугодие", 2)),
        ("в течение I полугодия", ("полугодие", 1)),
        ("в III четверти", ("четверть", 3)),
        ("Концерт во II четверти", None),
        ("март", None),
    ],
)
def test_a_term_alone_in_a_date_cell(cell: str, term: tuple[str, int] | None) -> None:
    assert term_of(cell) == term


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("12", "12.03.2027"),
        ("12 в 10:00", "12.03.2027 в 10:00"),
        ("12-е, 15:00", "12.03.2027, 15:00"),
        ("12 числа в 9", "12.03.2027 в 9"),
        ("12:30", "12:30"),  # a clock, not a day
        ("12.04", "12.04"),  # a date of its own
        ("32", "32"),  # no such day
        ("Кросс 12 марта", "Кросс 12 марта"),
        ("16 декабря в 13:00", "16 декабря в 13:00"),  # a day and month of its own
        ("12 марта", "12 марта"),
        ("12 человек", "12 человек"),
    ],
)
def test_a_day_number_is_the_lines_month(text: str, read: str) -> None:
    assert day_of_period(text, MARCH) == read


def test_a_period_of_months_takes_no_bare_day() -> None:
    spring = DayPeriod(date(2027, 1, 11), date(2027, 5, 26), "term", 2, "полугодие", "x")
    assert day_of_period("12", spring) == "12"
    assert day_of_period("12", None) == "12"


@pytest.mark.parametrize(
    ("first", "last", "months"),
    [
        (date(2026, 9, 1), date(2026, 10, 23), (date(2026, 9, 1), date(2026, 10, 31))),
        (date(2026, 11, 2), date(2026, 12, 30), (date(2026, 11, 1), date(2026, 12, 31))),
        (date(2027, 3, 29), date(2027, 5, 26), (date(2027, 4, 1), date(2027, 5, 31))),
        (date(2026, 11, 27), date(2027, 2, 25), (date(2026, 12, 1), date(2027, 2, 28))),
        (date(2027, 1, 20), date(2027, 2, 10), None),  # no whole month of it
    ],
)
def test_a_terms_months(first: date, last: date, months: tuple[date, date] | None) -> None:
    """files75: the whole months a term is held in (month_days.term_months)."""
    assert term_months(first, last) == months

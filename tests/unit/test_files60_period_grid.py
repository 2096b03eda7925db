"""files60: the readings behind a year plan's quarter columns and rows carried over a page
(bot/exports/period_grid.py, bot/exports/carried.py), with cells written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.exports.carried import carried_over, goes_on
from bot.exports.grids import Grid
from bot.exports.importer import ImportedRow, plan_from_grids
from bot.exports.limits import DEFAULT_LIMITS
from bot.exports.period_grid import find_period_grid
from bot.exports.problems import RowProblem

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 (the school's wall-clock time)
COLUMNS = {"date": 0, "time": 1, "title": 2, "organiser": 3}


@pytest.mark.parametrize(
    "header",
    [
        ["Направление", "I четверть", "II четверть"],
        ["", "1-е полугодие", "2-е полугодие"],
        ["Работа", "Триместр 1", "Триместр 2", "Триместр 3"],
        ["Блок", "1 четверть", "2 четверть", "3 четверть", "4 четверть"],
    ],
)
def test_a_row_of_school_year_parts_heads_a_period_grid(header: list[object]) -> None:
    found = find_period_grid([["План на год"], header], 50)
    assert found is not None
    assert found.header == 1


@pytest.mark.parametrize(
    "header",
    [
        ["Мероприятие", "Четверть", "Дата"],  # one column naming the quarter of each row
        ["Итоги четверти", "Итоги полугодия"],
        ["Направление", "I четверть"],  # one part alone
    ],
)
def test_other_rows_head_no_period_grid(header: list[object]) -> None:
    assert find_period_grid([header], 50) is None


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (["", "", "мотивы»", ""], True),
        (["", "", "", "кл. рук. 8б"], True),
        (["", "", "» и хор", ""], True),
        (["", "", "Акция «Покормите птиц»", ""], False),
        (["", "", "2-я часть", ""], False),
        (["", "15:00", "мотивы»", ""], False),  # its own time: a row of its own
        (["", "", 12, ""], False),
        (["", "", "", ""], False),
    ],
)
def test_what_goes_on_with_the_row_above(row: list[object], expected: bool) -> None:
    assert goes_on(row, COLUMNS) is expected


def test_rows_going_on_are_joined_per_column_and_stop_at_a_row_of_their_own() -> None:
    rows = [
        ["15.12", "16:00", "Концерт хора «Зимние", "Петрова А.А.,"],
        ["", "", "мотивы»", "кл. рук. 5а"],
        ["", "", "Лекция", ""],
    ]
    cells, taken = carried_over(rows, 0, COLUMNS, frozenset())
    assert cells == ["15.12", "16:00", "Концерт хора «Зимние мотивы»", "Петрова А.А., кл. рук. 5а"]
    assert taken == [1]
    assert carried_over(rows, 0, COLUMNS, frozenset({1})) == (rows[0], [])


def test_a_period_cell_too_long_is_a_row_error_never_parsed() -> None:
    long = "Урок мужества 12.12 в 10:00 " * (DEFAULT_LIMITS.max_cell_chars // 10)
    grid = Grid(0, "План", [["Направление", "I четверть", "II четверть"], ["Спорт", "", long]])
    book = plan_from_grids([grid], NOW, None, DEFAULT_LIMITS)
    assert [getattr(r, "reason", None) for r in book.rows] == [RowProblem.TOO_LONG]


@pytest.mark.parametrize(
    ("above", "below", "joined"),
    [
        ("Классный час", "экскурсия на почту", False),  # a kind of its own, closed
        ("Встреча с ветеранами", "открытый урок «Память»", False),
        ("Выставка «Осенние", "фантазии»", True),  # no kind: the end of the title
        ("Спектакль «Золушка", "сказка на новый лад»", True),  # a quote left open above
        ("Праздник для учеников 1-х классов,", "концерт", True),  # a comma: goes on
        ("Акция «Чистый двор»", "для родителей", True),
        ("Награждение победителей", "по итогам конкурса", True),  # a note, no kind first
    ],
)
def test_a_cell_naming_a_kind_of_its_own_stays_a_row_of_its_own(
    above: str, below: str, joined: bool
) -> None:
    """fixfiles62: a small-letter cell naming a kind of event with its quotes closed is an
    event of its own, unless the cell above is left open."""
    rows = [["14.12", "15:00", above, ""], ["", "", below, ""]]
    assert (carried_over(rows, 0, COLUMNS, frozenset())[1] == [1]) is joined


def test_a_calendar_year_caption_keeps_a_quarter_grids_days_in_that_year() -> None:
    """fixfiles62: under «План на 2028 год» (read on 1 December 2026) «15.10» in the I
    quarter is 15 October 2028, never put back a year."""
    rows = [
        ["План на 2028 год", "", ""],
        ["Направление", "I четверть", "III четверть"],
        ["Спорт", "Кросс 15.10 в 10:00", "Лыжня 14.02 в 11:00"],
    ]
    book = plan_from_grids([Grid(0, "План", rows)], NOW, None, DEFAULT_LIMITS)
    starts = [r.draft.start for r in book.rows if isinstance(r, ImportedRow)]
    assert [(s.year, s.month, s.day) for s in starts] == [(2028, 10, 15), (2028, 2, 14)]

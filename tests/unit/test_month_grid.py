"""bot.exports.month_grid on odd cells: never raises, every cell part naming no day is
reported (as written) rather than guessed, and rows without days are fillers."""

from __future__ import annotations

from datetime import date, datetime

from bot.exports.importer import RowError, read_plan_book
from bot.exports.month_grid import find_month_grid, row_events
from tests.plan_makers import xlsx

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 (the school's wall-clock time)
HEADER = ["Мероприятие", "Время", "Декабрь", "Январь 2027 г."]


def columns(cells: object) -> dict[str, int]:
    return {"title": 0, "time": 1}


def test_odd_cells_give_days_or_reported_parts_never_an_exception() -> None:
    grid = find_month_grid([["Шапка"], HEADER], columns, 50)
    assert grid is not None
    assert (grid.header, grid.label, dict(grid.months)) == (
        1,
        0,
        {2: grid.months[2], 3: grid.months[3]},
    )
    odd: list[object] = [True, 12.5, 0, 45, "—", "а" * 3000, date(2026, 12, 8), "31", "1О"]
    for value in odd:
        for found in row_events(["Лекция", "15:00", value, None], grid, NOW):
            assert found.fields is not None or found.written != ""
    [thirty_one] = row_events(["Лекция", "15:00", None, "31"], grid, NOW)
    assert thirty_one.fields is not None
    assert thirty_one.fields["date"] == date(2027, 1, 31)
    assert row_events(["Итого", None, None, None], grid, NOW) == []
    assert [
        f.fields["date"] if f.fields else f.written
        for f in row_events(["Лекция", None, "8 и 22; 30 — Квиз, 31 – Ёлка", "45"], grid, NOW)
    ] == [date(2026, 12, 8), date(2026, 12, 22), date(2026, 12, 30), date(2026, 12, 31), "45"]


def test_a_file_of_odd_cells_is_read_row_by_row() -> None:
    rows = [
        HEADER,
        ["Лекция", "15:00", 12.5, "30 февраля"],
        ["Квиз", "25:00", "7", "1, 2"],
        [None, "10:00", "9", None],
    ]
    book = read_plan_book(xlsx({"Л": rows}), "odd.xlsx", NOW)
    errors = {(r.row_number, r.reason.value) for r in book.rows if isinstance(r, RowError)}
    assert (2, "bad_date") in errors, book.rows
    assert not any(getattr(r, "draft", None) and r.draft.title == "февраля" for r in book.rows), (
        book.rows
    )
    assert (4, "no_title") in errors, book.rows
    assert len(book.rows) >= 5

"""Plan files as schools make them (branch import26): times written with «ч.» and «мин.»,
dates left as Excel serial numbers in text cells, a cp1251 CSV whose quoted title holds the
«;» separator. Real reader (bot.exports.importer.read_plan_book), files built in the test."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from openpyxl import Workbook

from bot.exports.importer import ImportedRow, RowError, read_plan_book

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the reader's naive wall-clock time


def _read_time(cell: str) -> tuple[str, str | None]:
    """(start, end) as HH:MM of a one-row cp1251 CSV whose time cell is `cell`."""
    data = f"Дата;Время;Мероприятие\n14.12.2026;{cell};Кружок\n".encode("cp1251")
    [row] = read_plan_book(data, "plan.csv", NOW).rows
    assert isinstance(row, ImportedRow), row
    start, end = row.draft.start, row.draft.end
    assert start is not None
    return start.strftime("%H:%M"), end.strftime("%H:%M") if end else None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("с 15 ч. до 16 ч. 30 мин.", ("15:00", "16:30")),  # was 15:00–16:00
        ("15 ч. 30 мин. - 17 ч.", ("15:30", "17:00")),  # was 15:30–08:30 («17 ч.» as hours)
        ("15 ч. - 16 ч. 30 м.", ("15:00", "16:30")),  # was 15:00–07:00
        ("09 ч. 00 мин. – 12 ч. 00 мин.", ("09:00", "12:00")),  # was 09:00–21:00
        ("с 15 ч.", ("15:00", None)),
        ("15 час.", ("15:00", None)),
        ("в 15 ч. 45 мин.", ("15:45", None)),
        ("15.00-16.30", ("15:00", "16:30")),
        ("15.00 – 16.30", ("15:00", "16:30")),
        ("с 15.00 до 16.30", ("15:00", "16:30")),
        ("15.00–16.30 (1,5 ч.)", ("15:00", "16:30")),
        ("с 15 ч. (сбор в 14.30)", ("15:00", None)),
    ],
)
def test_a_time_cell_with_hours_and_minutes_in_words(
    cell: str, expected: tuple[str, str | None]
) -> None:
    assert _read_time(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2 ч.", ("14:00", None)),  # was 02:00 (before import26: 14:00, as the chat reads it)
        ("в 3 ч.", ("15:00", None)),  # was 03:00
        ("с 2 ч. до 4 ч.", ("14:00", "16:00")),  # was 02:00–04:00
        ("с 2 ч. до 3 ч. 30 мин.", ("14:00", "15:30")),  # was 02:00–03:30
        ("с 7 ч. до 9 ч.", ("19:00", "21:00")),  # was 07:00–09:00 (the chat: 19–21)
        ("с 11 ч. до 1 ч.", ("11:00", "13:00")),  # was 11:00–01:00 (a 14-hour lesson)
        ("07 ч. 30 мин. - 9 ч.", ("07:30", "09:00")),  # a leading zero or minutes: as written
        ("07 ч.", ("07:00", None)),
        ("20 ч. - 1 ч.", ("20:00", "01:00")),  # an end after midnight stays one
        ("с 8 ч. до 9 ч. 15 мин.", ("08:00", "09:15")),
    ],
)
def test_a_bare_hour_in_words_reads_as_the_chat_reads_it(
    cell: str, expected: tuple[str, str | None]
) -> None:
    """Attack 2026-12-03af #2: «2 ч.» in a time cell is 14:00 as «в 2 ч.» in the chat (a bare
    hour 1–7 is the afternoon: times.clock_time) and a range's end hour comes after its start
    as the chat's range does; import26's clock in words made them night times, unasked."""
    assert _read_time(cell) == expected


def test_a_cp1251_csv_title_may_hold_the_separator_in_quotes() -> None:
    data = (
        "Дата;Время;Мероприятие;Классы\r\n"
        '14.12.2026;15.00-16.30;"Лекция; беседа ""О важном""";9А\r\n'
        "15.12.2026;с 15 ч.;Концерт;10А\r\n"
    ).encode("cp1251")
    rows = read_plan_book(data, "plan.csv", NOW).rows
    assert [r.draft.title for r in rows if isinstance(r, ImportedRow)] == [
        'Лекция; беседа "О важном"',
        "Концерт",
    ]


def _xlsx_text_dates(rows: list[list[object]]) -> bytes:
    """An .xlsx whose date cells are text (a column formatted as text before pasting)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Дата", "Время", "Мероприятие"])
    for row in rows:
        sheet.append(row)
    for cell in sheet["A"][1:]:
        cell.data_type = "s"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_excel_serial_number_in_a_text_date_cell_is_the_date() -> None:
    """«46370» is 14.12.2026 in Excel's day count (a date column pasted as text); the row
    was refused as «не понял дату»."""
    data = _xlsx_text_dates([["46370", "15:00", "Лекция"], ["46371,75", None, "Квиз"]])
    rows = read_plan_book(data, "plan.xlsx", NOW).rows
    assert all(isinstance(r, ImportedRow) for r in rows), rows
    starts = [r.draft.start for r in rows if isinstance(r, ImportedRow)]
    assert starts == [datetime(2026, 12, 14, 15, 0), datetime(2026, 12, 15, 18, 0)]  # noqa: DTZ001


@pytest.mark.parametrize("cell", ["12345", "2026", "46370 руб.", "100000"])
def test_a_number_that_is_no_serial_date_is_still_refused(cell: str) -> None:
    [row] = read_plan_book(_xlsx_text_dates([[cell, "15:00", "Лекция"]]), "p.xlsx", NOW).rows
    assert isinstance(row, RowError)

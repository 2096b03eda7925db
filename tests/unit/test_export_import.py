"""The plan importer: header matching, cell kinds, CSV dialects, row errors, file errors."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pytest
from openpyxl import Workbook

from bot.core.models import Audience
from bot.exports.importer import (
    FileProblem,
    ImportedRow,
    ImportFileError,
    RowError,
    RowProblem,
    read_plan,
)

NOW = datetime(2026, 11, 23, 10, 0)  # noqa: DTZ001 - the parser's naive wall-clock time


def _csv(text: str, encoding: str = "utf-8") -> bytes:
    return text.encode(encoding)


def _xlsx(rows: list[list[object]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _ok(results: list[ImportedRow | RowError]) -> list[ImportedRow]:
    assert all(isinstance(r, ImportedRow) for r in results), results
    return [r for r in results if isinstance(r, ImportedRow)]


def test_semicolon_csv_in_cp1251_with_any_column_order() -> None:
    text = (
        "Место;Название;Доп. поле;ДАТА;время;Аудитория;Организатор\n"
        "актовый зал;Лекция о профессиях;x;15.12.2026;15:00–16:30;9–11 классы;КГТУ\n"
    )
    (row,) = _ok(read_plan(_csv(text, "cp1251"), "plan.csv", NOW))
    draft = row.draft
    assert row.row_number == 2
    assert row.organiser == "КГТУ"
    assert draft.title == "Лекция о профессиях"
    assert draft.start == datetime(2026, 12, 15, 15, 0)  # noqa: DTZ001
    assert draft.end == datetime(2026, 12, 15, 16, 30)  # noqa: DTZ001
    assert draft.audience == Audience(grades=frozenset({9, 10, 11}))
    assert draft.venue == "актовый зал"


def test_comma_csv_utf8_with_bom_and_quotes() -> None:
    text = '\ufeffНазвание,Дата,Время,Аудитория\n"Квиз, финал",16.12.2026,весь день,"10А, 10Б"\n'
    (row,) = _ok(read_plan(_csv(text), "plan.csv", NOW))
    assert row.draft.title == "Квиз, финал"
    assert row.draft.all_day
    assert row.draft.time_known
    assert row.draft.start == datetime(2026, 12, 16)  # noqa: DTZ001
    assert row.draft.end is None
    assert row.draft.audience == Audience(classes=frozenset({"10А", "10Б"}))


def test_xlsx_cells_may_be_dates_and_times() -> None:
    data = _xlsx(
        [
            ["План партнёра на декабрь"],  # a title line above the header
            ["Дата", "Начало", "Окончание", "Название", "Классы"],
            [date(2026, 12, 17), time(10, 0), time(11, 30), "Профпроба", 9],
            [datetime(2026, 12, 18), "в 3 часа дня", None, "Экскурсия", "9, 10"],  # noqa: DTZ001
            ["18 декабря", "с 15 до 16:30", None, "Квест", "все классы"],
        ]
    )
    first, second, third = _ok(read_plan(data, "plan.xlsx", NOW))
    assert first.row_number == 3
    assert first.draft.start == datetime(2026, 12, 17, 10, 0)  # noqa: DTZ001
    assert first.draft.end == datetime(2026, 12, 17, 11, 30)  # noqa: DTZ001
    assert first.draft.audience == Audience(grades=frozenset({9}))
    assert second.draft.start == datetime(2026, 12, 18, 15, 0)  # noqa: DTZ001
    assert second.draft.end is None
    assert second.draft.audience == Audience(grades=frozenset({9, 10}))
    assert third.draft.start == datetime(2026, 12, 18, 15, 0)  # noqa: DTZ001
    assert third.draft.end == datetime(2026, 12, 18, 16, 30)  # noqa: DTZ001
    assert third.draft.audience.is_everyone


def test_date_without_time_asks_for_the_time() -> None:
    text = "Название;Дата\nСубботник;19.12.2026\n"
    (row,) = _ok(read_plan(_csv(text), "plan.csv", NOW))
    assert row.draft.all_day
    assert not row.draft.time_known


def test_all_day_range_and_midnight_crossing() -> None:
    text = (
        "Название;Дата;Время\n"
        "Сборы;21.12.2026;весь день, по 23.12.2026\n"
        "Ночь кино;21.12.2026;22:00–01:00\n"
    )
    camp, night = _ok(read_plan(_csv(text), "plan.csv", NOW))
    assert camp.draft.end == datetime(2026, 12, 23)  # noqa: DTZ001
    assert night.draft.end == datetime(2026, 12, 22, 1, 0)  # noqa: DTZ001


def test_a_parents_audience_cell_is_read_as_the_exports_writes_it() -> None:
    """«родители» (the whole school's parents) and «родители 10А», as the export writes a
    parents' meeting (bot.exports.texts.audience_text), are Audience.parents; «родители»
    was a bad audience before parents' meetings were stored (migration 0028)."""
    text = (
        "Название;Дата;Время;Аудитория\n"
        "Собрание;15.12.2026;18:00;родители\n"
        "Собрание класса;16.12.2026;18:00;Родители 10А\n"
    )
    rows = [r.draft.audience for r in _ok(read_plan(_csv(text), "plan.csv", NOW))]
    assert rows == [
        Audience(parents=True),
        Audience(classes=frozenset({"10А"}), parents=True),
    ]


def test_bad_rows_are_reported_and_good_rows_kept() -> None:
    text = (
        "Название;Дата;Время;Аудитория\n"
        "Хорошая;15.12.2026;15:00;9 класс\n"
        ";15.12.2026;15:00;\n"
        "Без даты;;15:00;\n"
        "Плохая дата;31.02.2026;15:00;\n"
        "Непонятная дата;когда-нибудь;15:00;\n"
        "Плохое время;15.12.2026;25:99;\n"
        "Непонятное время;15.12.2026;как договоримся;\n"
        "Плохая аудитория;15.12.2026;15:00;гости\n"
        "Наоборот;15.12.2026;весь день, по 10.12.2026;\n"
        ";;;\n"
        "Тоже хорошая;16.12.2026;10:00–11:00;\n"
    )
    results = read_plan(_csv(text), "plan.csv", NOW)
    errors = {r.row_number: (r.reason, r.value) for r in results if isinstance(r, RowError)}
    assert errors == {
        3: (RowProblem.NO_TITLE, None),
        4: (RowProblem.NO_DATE, None),
        5: (RowProblem.IMPOSSIBLE_DATE, "31.02.2026"),
        6: (RowProblem.BAD_DATE, "когда-нибудь"),
        7: (RowProblem.BAD_TIME, "25:99"),
        8: (RowProblem.BAD_TIME, "как договоримся"),
        9: (RowProblem.BAD_AUDIENCE, "гости"),
        10: (RowProblem.END_BEFORE_START, "весь день, по 10.12.2026"),
    }
    good = [r for r in results if isinstance(r, ImportedRow)]
    assert [(r.row_number, r.draft.title) for r in good] == [(2, "Хорошая"), (12, "Тоже хорошая")]


def test_yearless_date_is_read_by_the_parser() -> None:
    text = "Название;Дата;Время\nЁлка;25.12;12:00\nВесна;15.03;12:00\n"
    xmas, spring = _ok(read_plan(_csv(text), "plan.csv", NOW))
    assert xmas.draft.start == datetime(2026, 12, 25, 12, 0)  # noqa: DTZ001
    assert spring.draft.start == datetime(2027, 3, 15, 12, 0)  # noqa: DTZ001


@pytest.mark.parametrize(
    ("data", "name", "problem"),
    [
        (b"", "plan.csv", FileProblem.NO_HEADER),
        ("Название;Дата\n".encode(), "plan.csv", FileProblem.EMPTY),
        ("Тема;Когда\nЛекция;15.12.2026\n".encode(), "plan.csv", FileProblem.NO_HEADER),
        (b"PK\x03\x04 not really a zip", "plan.xlsx", FileProblem.UNREADABLE),
        (b"\xd0\xcf\x11\xe0", "plan.xls", FileProblem.UNSUPPORTED),
        (b"x" * 100, "plan.csv", FileProblem.TOO_LARGE),
    ],
)
def test_file_problems(data: bytes, name: str, problem: FileProblem) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_plan(data, name, NOW, max_bytes=50)
    assert caught.value.problem is problem


def test_too_many_rows() -> None:
    text = "Название;Дата\n" + "Лекция;15.12.2026\n" * 4
    with pytest.raises(ImportFileError) as caught:
        read_plan(_csv(text), "plan.csv", NOW, max_rows=3)
    assert caught.value.problem is FileProblem.TOO_MANY_ROWS


def test_plan_on_a_later_sheet_is_found() -> None:
    wb = Workbook()
    notes = wb.active
    assert notes is not None
    notes.append(["Пояснения к плану"])
    plan = wb.create_sheet("Декабрь")
    plan.append(["Название", "Дата", "Время"])
    plan.append(["Лекция", date(2026, 12, 15), "15:00"])
    out = io.BytesIO()
    wb.save(out)
    (row,) = _ok(read_plan(out.getvalue(), "plan.xlsx", NOW))
    assert row.draft.start == datetime(2026, 12, 15, 15, 0)  # noqa: DTZ001

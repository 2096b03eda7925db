"""Plan files as schools and partners really keep them (issue 12, part 2): merged dates,
WPS's `<dimension ref="A1">`, a sheet per month, date and time in one cell, formulas without
a cached value, an «УТВЕРЖДАЮ» block above the header, .ods and .docx, tables pasted into
the chat; cells read by the same language layer as messages (part 3)."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time

import pytest

from bot.core.models import Audience
from bot.exports.importer import (
    FileProblem,
    ImportedRow,
    ImportFileError,
    RowError,
    RowProblem,
    SheetRef,
    pasted_plan,
    read_plan,
    read_plan_book,
)
from bot.render import Renderer
from tests.plan_makers import docx, ods, wps_dimension, xlsx

NOW = datetime(2026, 11, 23, 10, 0)  # noqa: DTZ001 - the parser's naive wall-clock time
HEADER = ["Дата", "Время", "Название", "Классы", "Место"]


def at(day: int, hour: int = 0, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute)  # noqa: DTZ001


def ok(results: list[ImportedRow | RowError]) -> list[ImportedRow]:
    assert all(isinstance(r, ImportedRow) for r in results), results
    return [r for r in results if isinstance(r, ImportedRow)]


def starts(results: list[ImportedRow | RowError]) -> dict[str, datetime | None]:
    return {r.draft.title: r.draft.start for r in ok(results)}


def test_a_date_merged_over_several_rows_reaches_every_row() -> None:
    data = xlsx(
        {
            "План": [
                HEADER,
                [date(2026, 12, 15), "10:00", "Лекция", 9, "актовый зал"],
                [None, "12:00", "Экскурсия", 10, None],
                [None, "14:00", "Квиз", 11, None],
                [date(2026, 12, 16), "10:00", "Концерт", 5, None],
            ]
        },
        merged={"План": ["A2:A4"]},
    )
    assert starts(read_plan(data, "plan.xlsx", NOW)) == {
        "Лекция": at(15, 10),
        "Экскурсия": at(15, 12),
        "Квиз": at(15, 14),
        "Концерт": at(16, 10),
    }


def test_a_sheet_whose_dimension_says_a1_is_read_whole() -> None:
    rows = [HEADER] + [[date(2026, 12, d), "10:00", f"Событие {d}", 9, None] for d in range(1, 21)]
    data = wps_dimension(xlsx({"План": rows}))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert b'<dimension ref="A1"/>' in package.read("xl/worksheets/sheet1.xml")
    assert len(ok(read_plan(data, "plan.xlsx", NOW))) == 20


def test_every_month_sheet_is_read_and_the_others_are_named() -> None:
    data = xlsx(
        {
            "Пояснения": [["Согласовано с директором"], ["Телефон: 8-800"]],
            "Декабрь": [HEADER, [date(2026, 12, 15), "10:00", "Ёлка", 5, None]],
            "Январь": [HEADER, [date(2027, 1, 20), "11:00", "Олимпиада", 9, None]],
        }
    )
    book = read_plan_book(data, "plan.xlsx", NOW)
    assert book.read == [SheetRef(2, "Декабрь"), SheetRef(3, "Январь")]
    assert book.skipped == [SheetRef(1, "Пояснения")]
    assert {r.draft.title: r.sheet for r in ok(book.rows)} == {
        "Ёлка": "Декабрь",
        "Олимпиада": "Январь",
    }
    context = {
        "filename": "plan.xlsx",
        "read": [{"index": s.index, "name": s.name} for s in book.read],
        "skipped": [{"index": s.index, "name": s.name} for s in book.skipped],
    }
    text = Renderer().render("import_sheets", context)
    assert "прочитал листы: «Декабрь», «Январь»" in text
    assert "Пропустил" in text
    assert "«Пояснения»" in text


def test_date_and_time_in_one_cell_keep_the_time() -> None:
    data = xlsx(
        {
            "План": [
                ["Дата и время", "Название"],
                [datetime(2026, 12, 15, 10, 30), "Лекция"],  # noqa: DTZ001
                ["16.12.2026 14:00", "Квиз"],
                ["17 декабря в 9:15", "Концерт"],
                [date(2026, 12, 18), "Субботник"],
            ]
        }
    )
    results = ok(read_plan(data, "plan.xlsx", NOW))
    assert [(r.draft.start, r.draft.time_known) for r in results] == [
        (at(15, 10, 30), True),
        (at(16, 14), True),
        (at(17, 9, 15), True),
        (at(18), False),  # a date alone still asks for the time
    ]


def test_a_formula_without_a_cached_value_is_named() -> None:
    data = xlsx(
        {
            "План": [
                HEADER,
                [date(2026, 12, 15), "10:00", "Лекция", 9, None],
                ["=A2+7", "10:00", "Лекция через неделю", 9, None],
            ]
        }
    )
    lecture, later = read_plan(data, "plan.xlsx", NOW)
    assert isinstance(lecture, ImportedRow)
    assert later == RowError(3, RowProblem.FORMULA, "=A2+7")
    text = Renderer().render(
        "import_summary",
        {
            "filename": "plan.xlsx",
            "errors": [{"row": 3, "reason": later.reason.value, "value": later.value}],
            "items": [],
            "clash_count": 0,
            "incomplete": [],
        },
    )
    assert "строка 3: в ячейке формула без посчитанного значения" in text
    assert "«=A2+7»" in text


def test_the_header_is_found_below_an_approval_block() -> None:
    above = [["УТВЕРЖДАЮ"], ["Директор школы"], ["_________ И. И. Иванова"], ["«1» сентября"]]
    filler = [[None]] * 25
    data = xlsx(
        {"План": [*above, *filler, HEADER, [date(2026, 12, 15), "10:00", "Лекция", 9, None]]},
        merged={"План": ["A1:E1"]},
    )
    (row,) = ok(read_plan(data, "plan.xlsx", NOW))
    assert row.row_number == 31
    assert row.draft.start == at(15, 10)


def test_a_header_past_row_50_is_not_looked_for() -> None:
    data = xlsx({"План": [*[[None]] * 50, HEADER, [date(2026, 12, 15), "10:00", "Лекция"]]})
    with pytest.raises(ImportFileError) as caught:
        read_plan(data, "plan.xlsx", NOW)
    assert caught.value.problem is FileProblem.NO_HEADER


def test_ods_with_merged_dates_several_tables_and_a_formula() -> None:
    data = ods(
        {
            "Титул": [["План мероприятий на 2026/27 учебный год"]],
            "Декабрь": [
                HEADER,
                [("span", 2, date(2026, 12, 15)), "10:00", "Лекция", "9–11 кл.", None],
                [None, "с 15 до 16:30", "Экскурсия", "10А, 10Б", "в актовом зале"],
                [datetime(2026, 12, 16, 9, 30), None, "Линейка", "все классы", None],  # noqa: DTZ001
                [("formula", "of:=[.A2]+7"), "10:00", "Через неделю", 9, None],
            ],
        }
    )
    book = read_plan_book(data, "plan.ods", NOW)
    assert book.read == [SheetRef(2, "Декабрь")]
    assert book.skipped == [SheetRef(1, "Титул")]
    lecture, trip, line, later = book.rows
    assert isinstance(lecture, ImportedRow)
    assert isinstance(trip, ImportedRow)
    assert isinstance(line, ImportedRow)
    assert lecture.draft.start == at(15, 10)
    assert lecture.draft.audience == Audience(grades=frozenset({9, 10, 11}))
    assert (trip.draft.start, trip.draft.end) == (at(15, 15), at(15, 16, 30))
    assert trip.draft.venue == "актовый зал"
    assert line.draft.start == at(16, 9, 30)
    assert isinstance(later, RowError)
    assert later.reason is RowProblem.FORMULA
    assert later.value == "=[.A2]+7"


def test_docx_tables_with_a_merged_date_and_an_unrelated_table() -> None:
    data = docx(
        [
            [["Согласовано", "Утверждено"], ["Зам. директора", "Директор"]],
            [
                ["№", "Мероприятие", "Дата проведения", "Время", "Участники", "Ответственный"],
                ["1", "Лекция о профессиях", "15 дек", "15:00–16:30", "9–11 кл.", "КГТУ"],
                ["2", "Экскурсия в музей", "", "с 15 до 16:30", "10А", ""],
                ["3", "Новогодний концерт", "25.12.2026", "весь день", "все классы", ""],
            ],
        ],
        merges=[(1, 1, 2, 2, 2)],
    )
    book = read_plan_book(data, "План мероприятий.docx", NOW)
    assert book.read == [SheetRef(2, None)]
    assert book.skipped == [SheetRef(1, None)]
    lecture, trip, concert = ok(book.rows)
    assert (lecture.draft.start, lecture.draft.end) == (at(15, 15), at(15, 16, 30))
    assert lecture.draft.audience == Audience(grades=frozenset({9, 10, 11}))
    assert (trip.draft.start, trip.draft.end) == (at(15, 15), at(15, 16, 30))
    assert trip.draft.audience == Audience(classes=frozenset({"10А"}))
    assert concert.draft.all_day
    assert concert.draft.start == at(25)


def test_a_month_heading_merged_across_the_row_is_not_an_event() -> None:
    data = xlsx(
        {
            "План": [
                HEADER,
                ["ДЕКАБРЬ"],
                [date(2026, 12, 15), "10:00", "Лекция", 9, None],
            ]
        },
        merged={"План": ["A2:E2"]},
    )
    assert list(starts(read_plan(data, "plan.xlsx", NOW))) == ["Лекция"]


@pytest.mark.parametrize(
    ("cell", "field", "expected"),
    [
        ("15 дек", "date", at(15)),
        ("пн 15.12", "date", at(15)),
        ("15 декабря 2026 г.", "date", at(15)),
    ],
)
def test_date_cells_are_read_like_messages(cell: str, field: str, expected: datetime) -> None:
    text = f"Название;Дата\nЛекция;{cell}\n"
    (row,) = ok(read_plan(text.encode(), "plan.csv", NOW))
    assert row.draft.start == expected


def test_a_date_range_cell_is_a_several_day_event() -> None:
    (row,) = ok(read_plan("Название;Дата\nСборы;15-17 декабря\n".encode(), "plan.csv", NOW))
    assert row.draft.all_day
    assert (row.draft.start, row.draft.end) == (at(15), at(17))


def test_a_table_pasted_into_the_chat_is_read_when_its_first_line_is_a_header() -> None:
    text = (
        "Дата\tВремя\tНазвание\tКлассы\n"
        "15.12.2026\t10:00\tЛекция\t9\n"
        "16.12.2026\tс 15 до 16:30\tКвиз\t9–11 кл.\n"
    )
    book = pasted_plan(text, NOW)
    assert book is not None
    lecture, quiz = ok(book.rows)
    assert lecture.draft.start == at(15, 10)
    assert (quiz.draft.start, quiz.draft.end) == (at(16, 15), at(16, 16, 30))
    assert pasted_plan("Лекция\t15 декабря в 10:00\nещё строка", NOW) is None
    assert pasted_plan("Дата\tНазвание", NOW) is None  # a header alone is not a plan
    assert pasted_plan("лекция 15 декабря в 10", NOW) is None


def test_times_as_spreadsheet_types() -> None:
    data = xlsx(
        {
            "План": [
                ["Дата", "Начало", "Конец", "Название"],
                [date(2026, 12, 15), time(9), time(10, 15), "Урок"],
            ]
        }
    )
    (row,) = ok(read_plan(data, "plan.xlsx", NOW))
    assert (row.draft.start, row.draft.end) == (at(15, 9), at(15, 10, 15))

"""files77: plan files as schools make them. A workbook whose «Месяц» column holds the month
once, merged down over its rows, beside a «Число» column of bare day numbers (and a
«Накладки» column marked by colour alone) lost every row at main: «не понял дату («3»)»
— a month was read only from a heading row or the sheet's name. A Word table whose header
is on two rows («Дата и время проведения» over «дата» | «время») and a CSV saved by Excel
in cp1251 with «;» were read right already; kept here so they stay so. Real import path,
planner and store (tests.plan_file_world); the files built with openpyxl and python-docx
(tests.plan_makers)."""

from __future__ import annotations

from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import CURATOR, planner_at, rendered, saved_events, send
from tests.plan_makers import docx, xlsx

store = plan_file_world.store

SAVED = [
    ("Лекция о космосе", "10.12.2026 16:00", "каб. 12"),
    ("Новогодний концерт", "17.12.2026 12:00", "Актовый зал"),
    ("Шахматный турнир «Белая ладья»", "03.12.2026 15:00", "Актовый зал"),
]


async def _saved(store: SqliteStore, filename: str, data: bytes) -> list[tuple[str, str, str]]:
    planner = planner_at(store)
    card = await send(planner, filename, data)
    assert "Сохранить все 3?" in card, card
    assert "не понял" not in card, card
    assert "Сохранено ✅ 3 мероприятия" in rendered(await planner.handle(CURATOR, "да"))
    return await saved_events(store)


async def test_a_merged_month_column_dates_the_day_numbers_beside_it(store: SqliteStore) -> None:
    rows = [
        ["Месяц", "Число", "Мероприятие", "Время", "Классы", "Место", "Накладки"],
        ["Декабрь", 3, "Шахматный турнир «Белая ладья»", "15:00", "5-7", "Актовый зал", None],
        [None, 10, "Лекция о космосе", "16:00", "9", "каб. 12", None],
        [None, "17", "Новогодний концерт", "12:00", "1-11", "Актовый зал", None],
    ]
    data = xlsx({"План": rows}, merged={"План": ["A2:A4"]}, fills={"План": ["G3", "G4"]})
    assert await _saved(store, "plan.xlsx", data) == SAVED


async def test_a_month_column_changes_month_down_the_sheet(store: SqliteStore) -> None:
    """«Январь» in the column on a later row dates the rows from there on; a month written
    on every row is read the same."""
    rows = [
        ["Месяц", "Дата", "Мероприятие", "Время", "Классы", "Место"],
        ["декабрь", "3", "Шахматный турнир «Белая ладья»", "15:00", "5-7", "Актовый зал"],
        ["Декабрь", "10", "Лекция о космосе", "16:00", "9", "каб. 12"],
        ["ЯНВАРЬ 2027", "14", "Лыжня здоровья", "10:00", "8", "стадион"],
        [None, "21", "Лекция о космосе", "16:00", "9", "каб. 12"],
    ]
    planner = planner_at(store)
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, merged={"План": ["A4:A5"]}))
    assert "Сохранить все 4?" in card, card
    rendered(await planner.handle(CURATOR, "да"))
    days = sorted(day for _, day, _ in await saved_events(store))
    assert days == [
        "03.12.2026 15:00",
        "10.12.2026 16:00",
        "14.01.2027 10:00",
        "21.01.2027 16:00",
    ], days


async def test_a_word_table_with_a_two_row_header(store: SqliteStore) -> None:
    rows = [
        ["№", "Мероприятие", "Дата и время проведения", "", "Участники", "Место"],
        ["", "", "дата", "время", "", ""],
        ["1", "Шахматный турнир «Белая ладья»", "03.12.2026", "15:00", "5-7 кл.", "Актовый зал"],
        ["2", "Лекция о космосе", "10.12.2026", "16:00", "9 классы", "каб. 12"],
        ["3", "Новогодний концерт", "17.12.2026", "12:00", "1-11", "Актовый зал"],
    ]
    merges = [(0, 0, 2, 0, 3), *((0, 0, c, 1, c) for c in (0, 1, 4, 5))]
    assert await _saved(store, "plan.docx", docx([rows], merges=merges)) == SAVED


async def test_a_csv_saved_by_excel_in_cp1251_with_semicolons(store: SqliteStore) -> None:
    text = (
        "Дата;Время;Мероприятие;Классы;Место\r\n"
        "03.12.2026;15:00;Шахматный турнир «Белая ладья»;5-7;Актовый зал\r\n"
        "10.12.2026;16:00;Лекция о космосе;9;каб. 12\r\n"
        "17.12.2026;12:00;Новогодний концерт;1-11;Актовый зал\r\n"
    )
    assert await _saved(store, "plan.csv", text.encode("cp1251")) == SAVED

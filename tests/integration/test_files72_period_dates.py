"""files72: plan sheets and Word tables whose row is one event and whose period columns say
when («Мероприятие | Классы | I полугодие | II полугодие», «I четверть | … | IV четверть»),
through the real import path, the real store (SQLite, or PostgreSQL under
tests/pg_everywhere.py) and the frozen clock of tests/plan_file_world.py (1 December 2026).
Every such row was «не понял дату» (newcomer69's left item 5). All rows are my own."""

from __future__ import annotations

from datetime import datetime

from bot.core.models import EventDraft
from bot.core.planner import Planner
from bot.exports.importer import ImportedRow, read_plan_book
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import send
from tests.plan_makers import docx, xlsx

store = plan_file_world.store
planner = plan_file_world.planner
saved = plan_file_world.saved_events
NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the school's wall clock (plan_file_world)

HALF = ["Мероприятие", "Классы", "I полугодие", "II полугодие"]
QUARTERS = ["Мероприятие", "Классы", "I четверть", "II четверть", "III четверть", "IV четверть"]


def _read(data: bytes, name: str) -> dict[str, list[EventDraft]]:
    """The drafts read from a file, by title; any row not read fails the test."""
    found: dict[str, list[EventDraft]] = {}
    for row in read_plan_book(data, name, NOW).rows:
        assert isinstance(row, ImportedRow), row
        found.setdefault(row.draft.title or "", []).append(row.draft)
    return found


def _days(drafts: list[EventDraft]) -> list[str]:
    return [d.start.date().isoformat() if d.start else "" for d in drafts]


def test_a_half_year_sheet_dates_each_title_by_its_column() -> None:
    rows = [
        HALF,
        ["Концерт к Новому году", "5-9", "24.12", ""],
        ["Лыжные соревнования", "7", "", "14.02"],
        ["Смотр песни", "6", "18.12", "20.02"],
        ["Турнир по шахматам", "8", "17 января", ""],
    ]
    found = _read(xlsx({"План": rows}), "plan.xlsx")
    starts = {title: _days(drafts) for title, drafts in found.items()}
    assert starts == {
        "Концерт к Новому году": ["2026-12-24"],
        "Лыжные соревнования": ["2027-02-14"],
        "Смотр песни": ["2026-12-18", "2027-02-20"],
        "Турнир по шахматам": ["2027-01-17"],
    }, starts


def test_a_month_or_a_whole_period_is_held_not_guessed() -> None:
    """«октябрь» is this school year's October — since files75 a run all through it (all
    day, 1–31 October) — and «в течение полугодия» the column's whole half-year, which
    names no day and is held (`no_day`); neither is «не понял дату»."""
    rows = [
        HALF,
        ["Неделя безопасности", "1-4", "октябрь", ""],
        ["Акция «Чистый двор»", "5-11", "в течение полугодия", ""],
    ]
    found = _read(xlsx({"План": rows}), "plan.xlsx")
    assert set(found) == {"Неделя безопасности", "Акция «Чистый двор»"}, found
    [month] = found["Неделя безопасности"]
    assert (month.start, month.end, month.all_day, month.doubts) == (
        datetime(2026, 10, 1),  # noqa: DTZ001 - wall clock
        datetime(2026, 10, 31),  # noqa: DTZ001
        True,
        (),
    ), month
    assert [d.doubts for d in found["Акция «Чистый двор»"]] == [("no_day",)]


def test_a_day_outside_its_quarter_is_held_as_another_period() -> None:
    rows = [
        QUARTERS,
        ["Олимпиада по математике", "7-8", "", "20.11", "", ""],
        ["Конкурс чтецов", "5", "", "", "", "12.12"],
    ]
    found = _read(xlsx({"План": rows}), "plan.xlsx")
    [olympiad] = found["Олимпиада по математике"]
    [contest] = found["Конкурс чтецов"]
    assert _days([olympiad]) == ["2026-11-20"], olympiad
    assert "other_period" not in olympiad.doubts, olympiad
    assert "other_period" in contest.doubts, contest


def test_a_word_table_reads_the_same() -> None:
    table = [
        HALF,
        ["Концерт к Новому году", "5-9", "24.12", ""],
        ["Лыжные соревнования", "7", "", "14.02"],
    ]
    found = _read(docx([table], above=("План на 2026/2027 учебный год",)), "plan.docx")
    assert _days(found["Лыжные соревнования"]) == ["2027-02-14"], found


def test_cells_writing_events_out_are_read_as_before() -> None:
    """A period grid whose cells write their events out (files60) under a title-like label
    column keeps reading each cell part as its own event."""
    rows = [
        ["Направление", "I полугодие", "II полугодие"],
        [
            "Патриотическое",
            "Урок мужества 10.12 в 10:00, 7 кл.",
            "Смотр строя 20.02 в 12:00, 5 кл.",
        ],
    ]
    found = _read(xlsx({"План": rows}), "plan.xlsx")
    assert set(found) == {"Урок мужества", "Смотр строя"}, found


async def test_a_half_year_plan_is_saved_and_nothing_stored_is_lost(
    store: SqliteStore, planner: Planner
) -> None:
    """The rows with a day are saved by «да», and «март» as a run through March (files75); a
    cell naming no day is listed, not dropped; an earlier plan's event stays."""
    first = [["Дата", "Время", "Мероприятие", "Классы"], ["10.12", "14:00", "Классный час", "5-9"]]
    await send(planner, "first.xlsx", xlsx({"План": first}))
    await planner.handle(plan_file_world.CURATOR, "да")
    rows = [
        HALF,
        ["Концерт к Новому году", "5-9", "24.12 в 15:00", ""],
        ["Лыжные соревнования", "7", "", "14 февраля, 10:00-12:00"],
        ["Неделя безопасности", "1-4", "", "март"],
        ["Встреча выпускников", "9-11", "", "по согласованию"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "не понял дату" not in card, card
    assert "строка 4: Неделя безопасности" in card, card
    assert "строка 5: Встреча выпускников" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    found = await saved(store)
    assert sorted(found) == [
        ("Классный час", "10.12.2026 14:00", ""),
        ("Концерт к Новому году", "24.12.2026 15:00", ""),
        ("Лыжные соревнования", "14.02.2027 10:00", ""),
        ("Неделя безопасности", "01.03.2027 00:00", ""),
    ], found


def test_the_importer_keeps_a_titles_topic() -> None:
    """files72 item 3 (guard: it held on main): «Мастер-класс по 3D-моделированию для 7-х
    классов» keeps its topic whichever way a plan writes it — a title cell is taken whole,
    a period cell's event is read by the message parser (its classes taken out)."""
    header = [["Дата", "Время", "Мероприятие", "Классы"]]
    row = ["10.12", "15:00", "Мастер-класс по 3D-моделированию для 7-х классов", ""]
    by_header = _read(xlsx({"План": [*header, row]}), "plan.xlsx")
    assert list(by_header) == ["Мастер-класс по 3D-моделированию для 7-х классов"], by_header
    cell = "Мастер-класс по 3D-моделированию для 7-х классов 10.12 в 15:00"
    grid = [["Направление", "I полугодие", "II полугодие"], ["Техническое", cell, ""]]
    by_cell = _read(xlsx({"План": grid}), "plan.xlsx")
    assert list(by_cell) == ["Мастер-класс по 3D-моделированию"], by_cell
    assert by_cell["Мастер-класс по 3D-моделированию"][0].audience.grades == {7}, by_cell

"""safety69 #3: plan files attacked where round 38 added reading (files66: the bell schedule
in time cells, a quarter grid checked by the school's own terms, a .docx caption), through
the real import path, the real store (SQLite, or PostgreSQL under -p tests.pg_everywhere)
and the frozen clock of tests/plan_file_world.py (1 December 2026).

Found and fixed: a row dated at the calendar's edge («31.12.9999», «01.01.0001», an Excel
date cell of 9999) broke the whole file — `datetime` arithmetic overflowed (the earlier-
slot look-up a year before the first row; the school year of a day in 9999 under a term
column) and the sender got the apology; nothing of the file's good rows was shown. Such a
row is now refused as a bad date (bot.exports.cells.MAX_YEARS_AWAY) and the rest imported.
Held: malformed lesson cells, formulas in the time column, malformed term columns, a huge
or hostile .docx caption."""

from __future__ import annotations

from datetime import datetime

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import rendered, send
from tests.plan_makers import docx, xlsx

store = plan_file_world.store
planner = plan_file_world.planner
saved = plan_file_world.saved_events

HEADER = ["Дата", "Время", "Мероприятие", "Классы"]
BELLS = "звонки: 8:00-8:45, 8:55-9:40, 10:00-10:45, 11:05-11:50, 12:00-12:45, 12:55-13:40"
TERMS = "4 четверть с 30 марта по 26 мая"
GRID_TITLE = ["План воспитательной работы на 2026-2027 учебный год", None, None, None, None]
GRID_HEAD = ["Направление", "I четверть", "II четверть", "III четверть", "IV четверть"]


async def test_a_row_at_the_calendars_edge_is_refused_and_the_rest_read(
    store: SqliteStore, planner: Planner
) -> None:
    rows = [
        HEADER,
        ["31.12.9999", "15:00", "Кружок в конце времён", "8б"],
        ["01.01.0001", "15:00", "Кружок в начале времён", "8б"],
        [datetime(9999, 12, 30, 15, 0), None, "Кружок из ячейки даты", "8б"],  # noqa: DTZ001 - a cell
        ["14.12", "15:00", "Классный час", "8б"],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "Классный час" in card, card
    assert "пошло не так" not in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert [t for t, _, _ in await saved(store)] == ["Классный час"]


async def test_a_far_day_under_a_term_column_is_refused_and_the_rest_read(
    store: SqliteStore, planner: Planner
) -> None:
    await planner.handle(plan_file_world.CURATOR, TERMS)
    rows = [
        GRID_TITLE,
        GRID_HEAD,
        [
            "Патриотическое",
            None,
            "Викторина 14.12 в 15:00, 5-6 кл.\nСмотр 31.12.9999 в 12:00, 5-6 кл.",
            "Конкурс 01.01.0001 в 12:00, 7 кл.",
            None,
        ],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, {"План": ["A1:E1"]}))
    assert "Викторина" in card, card
    assert "пошло не так" not in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert [t for t, _, _ in await saved(store)] == ["Викторина"]


async def test_a_far_day_typed_in_chat_is_answered(store: SqliteStore, planner: Planner) -> None:
    """Held: the chat's own reading of such a day («Кружок 31.12.9999 в 15:00») answers."""
    for words in ("Кружок робототехники 31.12.9999 в 15:00, 8б", "Кружок 01.01.0001 в 15:00, 8б"):
        said = rendered(await planner.handle(plan_file_world.CURATOR, words))
        assert "пошло не так" not in said, said
        await planner.handle(plan_file_world.CURATOR, "отмена")


ODD_LESSONS = [
    "99999999999999999999 урок",
    "0 урок",
    "-1 урок",
    "на 6-1 уроках",
    "на 1-99 уроках",
    "после " + "шестого " * 300 + "урока",
    "на " + "1, " * 500 + "2 уроке",
    "=3 урок",
    '=HYPERLINK("http://example.com";"3 урок")',
    "после 6 урока" + " " * 5000,
]


async def test_malformed_lesson_cells_are_asked_or_refused(
    store: SqliteStore, planner: Planner
) -> None:
    """Held: with the bells set, lesson cells the schedule cannot time — no such lesson, a
    reversed or endless range, repeated words, a formula's text — are asked or refused row
    by row, never timed by a wrong lesson, never failing the file."""
    await planner.handle(plan_file_world.CURATOR, BELLS)
    rows = [HEADER] + [
        [f"{14 + n % 5}.12", cell, f"Занятие {n + 1}", "8б"] for n, cell in enumerate(ODD_LESSONS)
    ]
    rows.append(["18.12", "после 6 урока", "Классный час", "8б"])
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}))
    assert "пошло не так" not in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    found = {title: start for title, start, _ in await saved(store)}
    assert found == {"Классный час": "18.12.2026 13:40"}, found


ODD_COLUMNS = [
    "0 четверть",
    "99999999999999999999 четверть",
    "-1 четверть",
    "V четверть",
    "MMMMMMMMMMMMMMMMMMMMMMMM четверть",
    "IV четверть " * 200,
    '="II четверть"',
]


async def test_malformed_term_columns_are_read_without_failing(
    store: SqliteStore, planner: Planner
) -> None:
    """Held: a quarter grid's headers naming no quarter the year has (0, huge, negative,
    fifth, a Roman run, repeated, a formula's text) under the school's own terms: the file
    is read, the days under them saved or held, never failing the file."""
    await planner.handle(plan_file_world.CURATOR, TERMS)
    head = ["Направление", *ODD_COLUMNS]
    cells = [
        "Патриотическое",
        *[f"Викторина {n + 1} {14 + n}.12 в 15:00, 5 кл." for n in range(len(ODD_COLUMNS))],
    ]
    card = await send(planner, "plan.xlsx", xlsx({"План": [GRID_TITLE + [None] * 3, head, cells]}))
    assert "пошло не так" not in card, card


HOSTILE_CAPTIONS = [
    ("x" * 200_000,),
    tuple(f"строка {n}" for n in range(20_000)),
    ("План мероприятий МАОУ СОШ № 5", "=cmd|' /C calc'!A0"),
    ("План на 9999/10000 учебный год", "на 0001/0002 учебный год"),
]


async def test_a_hostile_docx_caption_is_read_without_failing(
    store: SqliteStore, planner: Planner
) -> None:
    """Held: a caption of one huge paragraph, of 20,000 paragraphs, with a formula, another
    school or an impossible year: the file is read (or refused whole with its reason), and
    the impossible year moves no row's day."""
    table = [["Дата", "Время", "Мероприятие", "Классы"], ["14.12", "15:00", "Викторина", "8б"]]
    for above in HOSTILE_CAPTIONS:
        card = await send(planner, "plan.docx", docx([table], above=above))
        assert "пошло не так" not in card, card
        await planner.handle(plan_file_world.CURATOR, "нет")
    await send(planner, "plan.docx", docx([table], above=HOSTILE_CAPTIONS[-1]))
    await planner.handle(plan_file_world.CURATOR, "да")
    assert [(t, d) for t, d, _ in await saved(store)] == [("Викторина", "14.12.2026 15:00")]

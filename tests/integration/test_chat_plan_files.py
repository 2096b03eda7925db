"""Plan files and pasted tables through the planner: the sheets a file gave are named, a
table pasted from Word/Excel becomes a plan summary, and text with control characters is
stored clean."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.plan_files import import_plan_file, pasted_table_rows
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store
from tests.plan_makers import docx, xlsx

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR = 1
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
HEADER = ["Дата", "Время", "Название", "Классы"]


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[tuple[SqliteStore, Planner]]:
    store = await open_store(tmp_path / "plan.db", TZ)
    config = PlannerConfig(tz=TZ, admins=frozenset({CURATOR}))
    planner = Planner(store, FixedClock(NOW), config, pasted_tables=pasted_table_rows)
    yield store, planner
    await store.close()


async def test_a_workbook_with_month_sheets_names_what_was_read(env: tuple) -> None:
    store, planner = env
    data = xlsx(
        {
            "Титул": [["УТВЕРЖДАЮ"]],
            "Декабрь": [HEADER, [date(2026, 12, 15), "10:00", "Ёлка", 5]],
            "Январь": [HEADER, [date(2027, 1, 20), "11:00", "Олимпиада", 9]],
        }
    )
    sheets, summary = await import_plan_file(planner, CURATOR, "plan.xlsx", data)
    assert sheets.template == "import_sheets"
    assert summary.template == "import_summary"
    assert len(summary.context["items"]) == 2
    text = Renderer().render(sheets.template, sheets.context)
    assert "«Декабрь», «Январь»" in text
    assert "«Титул»" in text
    replies = await planner.handle(CURATOR, "да")
    assert replies[0].template == "saved"
    stored = await store.events_between(NOW, None)
    assert sorted(e.title for e in stored) == ["Ёлка", "Олимпиада"]


async def test_a_word_plan_is_read_like_a_spreadsheet(env: tuple) -> None:
    _, planner = env
    data = docx(
        [
            [
                ["Мероприятие", "Дата", "Время", "Участники"],
                ["Лекция", "15.12.2026", "15:00", "9 кл."],
                ["Квиз", "", "16:00", "10 кл."],
            ]
        ],
        merges=[(0, 1, 1, 2, 1)],
    )
    [summary] = await import_plan_file(planner, CURATOR, "plan.docx", data)
    assert summary.template == "import_summary"
    assert [i["event"]["title"] for i in summary.context["items"]] == ["Лекция", "Квиз"]


async def test_a_bomb_in_the_chat_gets_a_clear_reply_and_nothing_changes(env: tuple) -> None:
    store, planner = env
    from tests.unit.test_import_limits import million_empty_rows

    [reply] = await import_plan_file(planner, CURATOR, "plan.xlsx", million_empty_rows())
    assert reply.template == "import_failed"
    assert reply.context["problem"] == "sheet_too_large"
    text = Renderer().render(reply.template, reply.context)
    assert "больше 10 000 строк" in text
    assert await store.events_between(NOW, None) == []


async def test_a_table_pasted_from_excel_becomes_a_plan(env: tuple) -> None:
    store, planner = env
    pasted = (
        "Дата\tВремя\tНазвание\tКлассы\n"
        "15.12.2026\t10:00\tЛекция\t9\n"
        "не дата\t11:00\tСломанная\t9\n"
        "16.12.2026\tс 15 до 16:30\tКвиз\t9–11 кл.\n"
    )
    [summary] = await planner.handle(CURATOR, pasted)
    assert summary.template == "plan_summary"
    assert [i["event"]["title"] for i in summary.context["items"]] == ["Лекция", "Квиз"]
    text = Renderer().render(summary.template, summary.context)
    assert "строка 3: не понял дату" in text
    replies = await planner.handle(CURATOR, "да")
    assert replies[0].template == "saved"
    assert sorted(e.title for e in await store.events_between(NOW, None)) == ["Квиз", "Лекция"]


async def test_tabs_in_an_ordinary_message_are_not_a_table(env: tuple) -> None:
    _, planner = env
    [reply] = await planner.handle(CURATOR, "Лекция\tдля 9 классов 15 декабря в 10:00")
    assert reply.template != "plan_summary"


async def test_control_characters_in_a_message_never_reach_the_store(env: tuple) -> None:
    store, planner = env
    text = "Лекция\x01 о\x1b роботах в ауд.\x07 204 для 9 классов 15 декабря в 10:00"
    await planner.handle(CURATOR, text)
    assert (await planner.handle(CURATOR, "да"))[0].template == "saved"
    [event] = await store.events_between(NOW, None)
    assert (event.title, event.venue) == ("Лекция о роботах", "ауд. 204")


async def test_files_sent_at_once_are_parsed_a_few_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Memory stays bounded however many uploads arrive together: the real parser runs at
    most PARALLEL_PARSES times at once (counted around it, not replaced)."""
    import asyncio
    import threading
    import time

    from bot import plan_files

    real = plan_files.read_plan_book
    running, most = 0, 0
    lock = threading.Lock()

    def counted(*args: object) -> object:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        try:
            time.sleep(0.05)
            return real(*args)  # type: ignore[arg-type]
        finally:
            with lock:
                running -= 1

    monkeypatch.setattr(plan_files, "read_plan_book", counted)
    data = xlsx({"План": [HEADER, [date(2026, 12, 15), "10:00", "Ёлка", 5]]})
    books = await asyncio.gather(
        *(plan_files.read_book_file(data, "plan.xlsx", NOW) for _ in range(8))
    )
    assert all(len(book.rows) == 1 for book in books)
    assert most == plan_files.PARALLEL_PARSES


async def test_each_rows_doubt_is_shown_next_to_it_and_the_row_is_not_saved_unseen(
    env: tuple,
) -> None:
    """Cells go through the same doubts as a message (issue 12, point 3): a row in the past
    is listed with the reason and not saved; an impossible date is named as such."""
    store, planner = env
    data = xlsx(
        {
            "План": [
                HEADER,
                ["31.11.2026", "15:00", "Лекция А", 9],
                ["20.11.2026", "10:00", "Лекция Б", 10],
                ["16.12.2026", "15:00", "Лекция В", 8],
            ]
        }
    )
    *_, summary = await import_plan_file(planner, CURATOR, "plan.xlsx", data)
    assert [i["event"]["title"] for i in summary.context["items"]] == ["Лекция В"]
    [line] = summary.context["incomplete_lines"]
    assert (line["title"], line["why"]) == ("Лекция Б", "past")
    text = Renderer().render(summary.template, summary.context)
    assert "строка 3: Лекция Б — 20 ноября (пт) уже прошло" in text
    assert "такой даты нет в календаре («31.11.2026»)" in text
    await planner.handle(CURATOR, "да")
    assert [e.title for e in await store.events_between(NOW, None)] == ["Лекция В"]


async def test_a_pasted_plans_lines_say_why_they_wait() -> None:
    """Each line that is not saved says why: no time, already past, an end before its start."""
    renderer = Renderer()
    lines = [
        {"number": 2, "title": "Олимпиада", "why": "no_time", "start": None},
        {
            "number": 3,
            "title": "Лекция",
            "why": "past",
            "start": datetime(2026, 11, 20, 10, tzinfo=TZ),
        },
        {"number": 4, "title": "Кружок", "why": "end_before_start", "start": None},
    ]
    text = renderer.render(
        "plan_summary",
        {
            "items": [],
            "incomplete_lines": lines,
            "incomplete": [],
            "skipped": [],
            "errors": [],
            "clash_count": 0,
        },
    )
    assert "Олимпиада (строка 2) — нет времени" in text
    assert "Лекция (строка 3) — 20 ноября (пт) уже прошло" in text
    assert "Кружок (строка 4) — окончание раньше начала" in text


async def test_a_date_merged_across_the_time_column_is_a_day_without_a_time(env: tuple) -> None:
    """A Word row whose «Дата» cell is merged across «Время» gives both columns the date's
    text: the row is a day whose time is asked, never «не понял время («24.12.2026»)»."""
    _, planner = env
    data = docx(
        [
            [
                ["Мероприятие", "Дата", "Время", "Участники"],
                ["Ёлка", "24.12.2026", "", "5 кл."],
                ["Лекция", "15.12.2026", "15:00", "9 кл."],
            ]
        ],
        merges=[(0, 1, 1, 1, 2)],
    )
    [summary] = await import_plan_file(planner, CURATOR, "plan.docx", data)
    text = Renderer().render(summary.template, summary.context)
    assert "не понял время" not in text, text
    assert "24.12.2026" not in text, text
    assert summary.context["errors"] == [], text
    assert "Ёлка" in text, text


async def test_the_fix_example_names_the_line_that_needs_fixing(env: tuple) -> None:
    """The hint «исправь N: …» under a summary uses the number of a line that cannot be saved
    yet, not the last good one."""
    _, planner = env
    data = docx(
        [
            [
                ["Мероприятие", "Дата", "Время", "Участники"],
                ["Ёлка", "24.12.2026", "", "5 кл."],
                ["Лекция", "15.12.2026", "15:00", "9 кл."],
            ]
        ]
    )
    [summary] = await import_plan_file(planner, CURATOR, "plan.docx", data)
    text = Renderer().render(summary.template, summary.context)
    assert "строка 2: Ёлка — нет времени" in text, text
    assert "«исправь 2:" in text, text
    assert "«исправь 3:" not in text, text

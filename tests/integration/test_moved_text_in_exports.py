"""After a move, the exports mark the event's text as written before the move (its day and
time are the old ones) next to the new time: xlsx and ods «Исходный текст», the ICS
DESCRIPTION (newcomer walk 2026-12-01c, finding 9). The event is typed, saved and moved
through the planner (real SQLite store, real templates), then exported as `выгрузка` does."""

from __future__ import annotations

import io
from datetime import date, timedelta

import openpyxl
from icalendar import Calendar

from bot.exports.files import ExportFormat
from bot.plan_files import export_plan
from tests.integration.test_conversation_changes import CURATOR, KGTU_REP, NOW, TZ, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture

MOVED = "Лекция о мостах 15 декабря с 15:00 до 16:00, 9Б, ауд. 204"
KEPT = "Экскурсия в порт 16 декабря в 11:00, 9Б"


async def _export(world: World, fmt: ExportFormat) -> bytes:
    file = await export_plan(
        world.store, TZ, fmt, date(2026, 12, 1), date(2026, 12, 31), now=NOW, school_name="Школа"
    )
    return file.data


async def _moved_and_kept(world: World) -> None:
    await add(world, KGTU_REP, MOVED)
    await add(world, KGTU_REP, KEPT)
    await world.say(CURATOR, "что 15 декабря?")
    await world.say(CURATOR, "перенеси 1 на 17:00")
    [moved, *_] = await world.say(CURATOR, "да")
    assert moved.template == "moved"


def _texts_by_title(data: bytes) -> dict[str, str]:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    title, text = header.index("Название"), header.index("Исходный текст")
    return {str(r[title]): str(r[text]) for r in rows[1:]}


async def test_xlsx_marks_the_text_of_a_moved_event_only(world: World) -> None:
    await _moved_and_kept(world)
    texts = _texts_by_title(await _export(world, ExportFormat.XLSX))
    assert texts["Лекция о мостах"].startswith("(до переноса"), texts
    assert "15:00" in texts["Лекция о мостах"]  # the text itself is kept as sent
    assert "до переноса" not in texts["Экскурсия в порт"]


async def test_ics_description_marks_the_text_of_a_moved_event(world: World) -> None:
    await _moved_and_kept(world)
    calendar = Calendar.from_ical(await _export(world, ExportFormat.ICS))
    found = {str(e["SUMMARY"]): str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")}
    assert "Исходный текст (до переноса" in found["Лекция о мостах"], found
    assert "Исходный текст (как прислали)" in found["Экскурсия в порт"]


async def test_moved_back_by_undo_is_no_longer_marked(world: World) -> None:
    await _moved_and_kept(world)
    world.clock.set(NOW + timedelta(minutes=2))
    [undone, *_] = await world.say(CURATOR, "верни")
    assert undone.template == "undone"
    texts = _texts_by_title(await _export(world, ExportFormat.XLSX))
    assert "до переноса" not in texts["Лекция о мостах"]

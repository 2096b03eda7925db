"""A plan file's columns that name no event field («Примечание», «Ответственный») are kept
in the event's description (what the export's «Исходный текст» and the ICS DESCRIPTION
show) instead of being dropped; a row number («№ п/п») is not a note. Real planner, real
SQLite store, real xlsx file, frozen clock (found by the newcomer walk of 2026-12-01)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import open_store
from tests.plan_makers import xlsx

CURATOR = 1
TZ = ZoneInfo("Europe/Kaliningrad")
HEADER = ["№ п/п", "Дата", "Время", "Мероприятие", "Классы", "Ответственный", "Примечание"]
ROWS = [
    [1, "15.12.2026", "15:00", "Лекция о профессиях", "9", "Орлова Т.В.", "взять сменную обувь"],
    [2, "16.12.2026", "11:00", "Экскурсия в порт", "8", "Серов", ""],
    [3, "17.12.2026", "10:00", "Олимпиада", "10", "", ""],
]


async def test_notes_and_people_responsible_are_kept_row_numbers_are_not(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        now = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)
        planner = Planner(store, FixedClock(now), PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
        await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx({"План": [HEADER, *ROWS]}))
        [saved, *_] = await planner.handle(CURATOR, "да")
        assert saved.template == "saved"
        stored = {e.title: e.details.description for e in await store.events_between(now, None)}
        assert stored == {
            "Лекция о профессиях": "Ответственный: Орлова Т.В.\nПримечание: взять сменную обувь",
            "Экскурсия в порт": "Ответственный: Серов",
            "Олимпиада": None,
        }
    finally:
        await store.close()

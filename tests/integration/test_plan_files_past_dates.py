"""A plan file's date written without a year whose day has already passed this year
(«4 ноября» in a December plan) is read as next year's, and — exactly as in the chat — that
guess is asked about: the row is held back with the question, never saved unseen. A date
with its year, or a day still ahead, is saved as it is. Real planner, real SQLite store,
real xlsx file, real templates, frozen clock (found by the newcomer walk of 2026-12-01)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.plan_files import import_plan_file
from bot.render import Renderer
from bot.storage.sqlite_store import open_store
from tests.plan_makers import xlsx

CURATOR = 1
TZ = ZoneInfo("Europe/Kaliningrad")
HEADER = ["Дата", "Время", "Мероприятие", "Классы"]
ROWS = [
    ["15 декабря", "15:00", "Лекция о профессиях", "9"],
    ["4 ноября", "12:00", "Концерт ко Дню народного единства", "5-7"],
    ["20.11", "10:00", "Экскурсия в порт", "8"],
    ["10 ноября в 12:00", "", "Встреча с ветеранами", "7"],
    ["12.11.2027", "11:00", "Олимпиада следующего года", "10"],
    [date(2026, 12, 20), "14:00", "Турнир по шахматам", "6"],
]


async def test_a_past_day_without_a_year_is_asked_not_moved_to_next_year_unseen(
    tmp_path: Path,
) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        now = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)
        planner = Planner(store, FixedClock(now), PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
        [summary] = await import_plan_file(
            planner, CURATOR, "plan.xlsx", xlsx({"План": [HEADER, *ROWS]})
        )
        text = Renderer().render(summary.template, summary.context)
        held = text.split("Год не указан")[1]
        assert "Концерт ко Дню народного единства" in held, text
        assert "Экскурсия в порт" in held, text
        assert "Встреча с ветеранами" in held, text  # the date cell with its own time
        assert "2027" in held, text
        assert "Лекция о профессиях" not in held, text
        assert "Олимпиада следующего года" not in held, text  # its year was written
        [saved, *_] = await planner.handle(CURATOR, "да")
        assert saved.template == "saved", Renderer().render(saved.template, saved.context)
        stored = {e.title: e.start.astimezone(TZ) for e in await store.events_between(now, None)}
        assert set(stored) == {title for _, _, title, _ in ROWS}, stored
        assert stored["Олимпиада следующего года"].year == 2027
        assert stored["Концерт ко Дню народного единства"].date() == date(2027, 11, 4)
        assert stored["Встреча с ветеранами"].strftime("%d.%m.%Y %H:%M") == "10.11.2027 12:00"
        assert stored["Лекция о профессиях"].year == 2026
    finally:
        await store.close()

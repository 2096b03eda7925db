"""A plan's preview and its «Сохранено» count the same thing (newcomer walk 2026-12-02m,
finding 17): a file row over two days («29-30.12», 10:00–12:00) is one line of the plan but
two meetings, so the preview said «3 мероприятия готовы к сохранению» and the save
«Сохранено ✅ 4 мероприятия». Both now count the plan's lines, and the save adds the meetings
when they differ. Real planner, real SQLite store, real xlsx file, real templates."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.plan_files import import_plan_file
from bot.render import Renderer
from bot.storage.sqlite_store import open_store
from tests.plan_makers import xlsx

CURATOR = 1
TZ = ZoneInfo("Europe/Kaliningrad")
HEADER = ["Дата", "Время", "Название", "Классы"]


async def test_a_two_day_row_is_counted_alike_in_the_preview_and_the_save(
    tmp_path: Path,
) -> None:
    rows = [
        [date(2026, 12, 15), "15:00-16:00", "Лекция о профессиях", 9],
        [date(2026, 12, 16), "11:00-12:00", "Экскурсия в музей", 8],
        ["29-30.12", "10:00-12:00", "Новогодний спектакль", 5],
    ]
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        now = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
        planner = Planner(store, FixedClock(now), PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
        [summary] = await planner_import(planner, rows)
        preview = Renderer().render(summary.template, summary.context)
        assert "3 мероприятия готовы к сохранению" in preview, preview
        assert "всего 2 раза" in preview, preview
        [saved, *_] = await planner.handle(CURATOR, "да")
        text = Renderer().render(saved.template, saved.context)
        assert saved.template == "saved", text
        assert len(await store.events_between(now, None)) == 4  # the row's two meetings
        assert "Сохранено ✅ 3 мероприятия (4 встречи)" in text, text
    finally:
        await store.close()


async def test_a_plan_of_single_meetings_is_counted_as_before(tmp_path: Path) -> None:
    rows = [
        [date(2026, 12, 15), "15:00-16:00", "Лекция о профессиях", 9],
        [date(2026, 12, 16), "11:00-12:00", "Экскурсия в музей", 8],
    ]
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        now = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
        planner = Planner(store, FixedClock(now), PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
        await planner_import(planner, rows)
        [saved, *_] = await planner.handle(CURATOR, "да")
        text = Renderer().render(saved.template, saved.context)
        assert "Сохранено ✅ 2 мероприятия." in text, text
        assert "встреч" not in text, text
    finally:
        await store.close()


async def planner_import(planner: Planner, rows: list[list[Any]]) -> list[Reply]:
    """The replies to a plan file holding `rows` under HEADER, sent by the curator."""
    return list(
        await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx({"План": [HEADER, *rows]}))
    )

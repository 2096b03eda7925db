"""Two plan tables on one sheet, the second in another column order (newcomer walk
2026-12-01f, #12): its header and rows were read with the first table's columns and all
reported as errors («не понял дату («Название»)», «нет названия»)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.plan_files import import_plan_file
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store
from tests.plan_makers import xlsx

CURATOR = 1
TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)

SHEET = [
    ["План мероприятий с КГТУ"],
    ["Дата", "Время", "Название", "Классы"],
    ["15.12.2026", "15:00", "Лекция о мостах", "9Б"],
    ["16.12.2026", "11:00", "Экскурсия в порт", "8А"],
    [],
    ["План мероприятий с музеем"],
    ["Название", "Классы", "Дата", "Время"],
    ["Урок в музее", "7А", "17.12.2026", "10:00"],
    ["Квест по залам", "6Б", "18.12.2026", "12:30"],
]


@pytest.fixture
async def planner(tmp_path: Path) -> AsyncIterator[Planner]:
    store: SqliteStore = await open_store(tmp_path / "plan.db", TZ)
    yield Planner(store, FixedClock(NOW), PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    await store.close()


async def test_a_second_table_in_another_column_order_is_read_with_its_own_header(
    planner: Planner,
) -> None:
    [*_, summary] = await import_plan_file(planner, CURATOR, "plan.xlsx", xlsx({"План": SHEET}))
    text = Renderer().render(summary.template, summary.context)
    assert summary.template == "import_summary", text
    titles = [item["event"]["title"] for item in summary.context["items"]]
    assert titles == ["Лекция о мостах", "Экскурсия в порт", "Урок в музее", "Квест по залам"]
    assert "не понял дату" not in text, text
    assert "нет названия" not in text, text
    [saved, *_] = await planner.handle(CURATOR, "да")
    assert saved.template == "saved"
    stored = {
        e.title: (e.start.astimezone(TZ).strftime("%d.%m %H:%M"), sorted(e.audience.classes))
        for e in await planner.store.events_between(NOW, None)
    }
    assert stored["Урок в музее"] == ("17.12 10:00", ["7А"])
    assert stored["Квест по залам"] == ("18.12 12:30", ["6Б"])

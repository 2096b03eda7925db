"""A whole year's plan in one file gets a summary that fits one VK message (messages.send
takes at most 4,096 characters) and whose «…и ещё N» always names what it counts (newcomer
walk 2026-12-01b, finding 7: 2,000 rows gave 11,451 characters ending «…и ещё 486»)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.plan_files import import_plan_file
from bot.render import Renderer
from bot.storage.sqlite_store import open_store
from bot.transports.vk.sender import MAX_TEXT
from tests.plan_makers import xlsx

CURATOR = 1
TZ = ZoneInfo("Europe/Kaliningrad")


async def test_a_year_plan_summary_fits_one_message_and_names_its_counts(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        now = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)
        planner = Planner(store, FixedClock(now), PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
        rows: list[list[object]] = [["Дата", "Время", "Название", "Классы"]]
        for n in range(600):  # mornings in lessons, clashes among them, a few bad rows
            day = date(2026, 12, 2) + timedelta(days=n % 120)
            rows.append(
                [day.strftime("%d.%m.%Y"), f"{8 + n % 9}:00", f"Занятие {n}", f"{5 + n % 7}"]
            )
        rows += [["99.12.2026", "10:00", f"Плохая дата {n}", "5"] for n in range(20)]
        [summary] = await import_plan_file(planner, CURATOR, "year.xlsx", xlsx({"План": rows}))
        text = Renderer().render(summary.template, summary.context)
        assert "600 мероприятий готовы к сохранению" in text, text[:300]
        assert len(text) <= MAX_TEXT, len(text)
        tails = [line for line in text.splitlines() if "…и ещё" in line]
        assert tails, text
        for line in tails:  # «…и ещё 115 мероприятий с накладками», «…и ещё 5 строк»
            assert line.rstrip(".").split()[-1].isalpha(), line
    finally:
        await store.close()

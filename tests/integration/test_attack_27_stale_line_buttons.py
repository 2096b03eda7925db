"""Attack 2026-12-04ag #5: a plan file's day buttons («Строка 4: 25 декабря (пт), 16:00»,
«исправь 4: …») pressed after that plan was saved acted on the NEXT plan's line 4. Real
import path, real SQLite store, frozen clock (tests/plan_file_world.py)."""

from __future__ import annotations

from bot.core.planner import Planner
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.integration.test_plan_files_weekday_buttons import ROWS, stored
from tests.plan_file_world import CURATOR, buttons
from tests.plan_file_world import rendered as text
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner

NEXT_PLAN = [
    ["Дата", "Время", "Мероприятие", "Классы", "Место"],
    ["17.12", "10.00", "Экскурсия на завод", "10А", ""],
    ["23.12", "14.00", "Концерт хора", "6-7", "актовый зал"],
    ["24.12", "13.00", "Встреча с выпускниками", "11", ""],
]


async def test_an_old_line_button_never_changes_the_next_plans_line(
    store: SqliteStore, planner: Planner
) -> None:
    [summary] = await import_plan_file(planner, CURATOR, "weekdays.xlsx", xlsx({"План": ROWS}))
    offered = buttons(summary)
    old = dict(offered["Строка 4: 25 декабря (пт), 16:00"].payload)
    await planner.handle(CURATOR, "", dict(offered["Строка 3: 18 декабря (пт), 12:00"].payload))
    await planner.handle(CURATOR, "", dict(offered["Строка 4: 22 декабря (вт), 16:00"].payload))
    [saved, *_] = await planner.handle(CURATOR, "да")
    assert saved.template == "saved", text([saved])

    [second] = await import_plan_file(planner, CURATOR, "next.xlsx", xlsx({"План": NEXT_PLAN}))
    assert "Встреча с выпускниками" in text([second])
    pressed = await planner.handle(CURATOR, "", old)  # the first plan's line-4 button
    assert "ничего не менял" in text(pressed), text(pressed)
    [saved, *_] = await planner.handle(CURATOR, "да")
    assert saved.template == "saved", text([saved])
    found = await stored(store)
    assert found["Встреча с выпускниками"] == "24.12 13:00", found
    assert found["Лекция о космосе"] == "22.12 16:00", found

"""review75: a plan line held with only its month («март») given its day with more than a
clock after it — «исправь 3: 15 в 10:00, спортзал» — must still be the 15th of that month.
review74 narrowed month_days.day_of_period to a day followed by a clock only, so the day
went to the parser alone and was read in the current month (December), silently. Real
import path and store (tests/plan_file_world.py); rows and answers my own."""

from __future__ import annotations

import pytest

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.integration.test_review74_plan_lines import PLAN  # «Кросс» held «март»
from tests.plan_file_world import rendered, send
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner
saved = plan_file_world.saved_events
CURATOR = plan_file_world.CURATOR


@pytest.mark.parametrize(
    "answer",
    [
        "15 в 10:00, спортзал",
        "15 в 10:00 в спортзале",
        "15, 10:00, 7А",
        "15-го в 10 утра, 6 классы",
    ],
)
async def test_a_day_with_more_than_a_clock_is_of_the_lines_month(
    store: SqliteStore, planner: Planner, answer: str
) -> None:
    await send(planner, "plan.xlsx", xlsx({"План": PLAN}, {"План": ["A1:D1"]}))
    fixed = rendered(await planner.handle(CURATOR, f"исправь 3: {answer}"))
    assert "Кросс — 15 марта" in fixed, fixed
    await planner.handle(CURATOR, "да")
    rows = await saved(store)
    assert ("Кросс", "15.03.2027 10:00") in [(t, when) for t, when, _ in rows], (rows, fixed)

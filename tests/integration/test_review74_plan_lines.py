"""review74: a plan line held with only its month («март») answered with classes, not a day —
«исправь N: 10, 11 классы» was read as the 10th of the line's month (month_days.day_of_period
took any digit after the day number for a clock) and saved on «да» with no day ever given.
Real import path and store (tests/plan_file_world.py); rows and answers my own."""

from __future__ import annotations

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import rendered, send
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner
saved = plan_file_world.saved_events
CURATOR = plan_file_world.CURATOR

PLAN = [
    ["План воспитательной работы на 2026/2027 учебный год", None, None, None],
    ["№", "Мероприятие", "Сроки", "Классы"],
    [1, "Кросс", "март", "5-9"],
    [2, "Конкурс чтецов", "20.01.2027 в 14:00", "5"],
]


async def test_classes_for_a_month_line_are_no_day_of_it(
    store: SqliteStore, planner: Planner
) -> None:
    card = await send(planner, "plan.xlsx", xlsx({"План": PLAN}, {"План": ["A1:D1"]}))
    # a month-only row is a run through the month (files75), not a row held for its day
    assert "Кросс — март, 5–9 классы" in card, card
    fixed = rendered(await planner.handle(CURATOR, "исправь 3: 10, 11 классы"))
    assert "10 марта" not in fixed, fixed
    # the classes change, the month stays (was, at the round's merges: «Кросс — нет даты»)
    assert "Кросс — март, 10–11 классы" in fixed, fixed
    await planner.handle(CURATOR, "да")
    assert await saved(store) == [
        ("Конкурс чтецов", "20.01.2027 14:00", ""),
        ("Кросс", "01.03.2027 00:00", ""),
    ]


async def test_a_day_and_a_clock_for_a_month_line_are_still_read(
    store: SqliteStore, planner: Planner
) -> None:
    await send(planner, "plan.xlsx", xlsx({"План": PLAN}, {"План": ["A1:D1"]}))
    await planner.handle(CURATOR, "исправь 3: 12 в 10 утра")
    await planner.handle(CURATOR, "да")
    assert await saved(store) == [
        ("Конкурс чтецов", "20.01.2027 14:00", ""),
        ("Кросс", "12.03.2027 10:00", ""),
    ]

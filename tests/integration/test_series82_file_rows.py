"""series82: a partner's plan file whose date cell lists several weekdays («по вторникам и
четвергам с 02.12 по 17.12») is saved on every one of them, as the chat reads the same
words — not on the first weekday alone. Real import path, planner and store
(tests.plan_file_world); the file built as partners make it (openpyxl)."""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner
from bot.plan_files import import_plan_file
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import NOW, TZ
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner
rendered = plan_file_world.rendered

PARTNER = 40
ROWS = [
    ["№", "Мероприятие", "Дата", "Время", "Классы", "Место"],
    [
        1,
        "Кружок робототехники",
        "по вторникам и четвергам с 02.12 по 17.12",
        "15:00",
        "8",
        "каб. 12",
    ],
]


async def test_a_cell_of_two_weekdays_saves_both(store: SqliteStore, planner: Planner) -> None:
    org = await store.create_organisation("Кванториум", OrgKind.PARTNER)
    await store.save_person(PARTNER, Role.PARTNER, "Ира", org.id)
    card = rendered(await import_plan_file(planner, PARTNER, "plan.xlsx", xlsx({"План": ROWS})))
    assert "Сохранить" in card, card
    assert "Сохранено ✅" in rendered(await planner.handle(PARTNER, "да"))
    events = await store.events_between(NOW - timedelta(days=1), None)
    days = [e.start.astimezone(TZ).strftime("%d.%m %a %H:%M") for e in events]
    assert days == [
        "03.12 Thu 15:00",
        "08.12 Tue 15:00",
        "10.12 Thu 15:00",
        "15.12 Tue 15:00",
        "17.12 Thu 15:00",
    ]
    assert len({e.series_id for e in events}) == 1

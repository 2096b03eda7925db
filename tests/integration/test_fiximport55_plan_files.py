"""fiximport55: review54 #3 and #11 on fiximport54's plan-file import, through the real
import path, the real SQLite store and the frozen clock of tests/plan_file_world.py. Each
test failed before its fix (tests/data/fiximport55.md)."""

from __future__ import annotations

from bot.core.planner import Planner
from bot.storage.sqlite_store import SqliteStore
from tests import plan_file_world
from tests.plan_file_world import send
from tests.plan_makers import xlsx

store = plan_file_world.store
planner = plan_file_world.planner

HEADER = ["Дата", "Время", "Мероприятие", "Классы"]


saved = plan_file_world.saved_events


async def test_a_merged_event_opening_with_a_heading_word_is_listed(
    store: SqliteStore, planner: Planner
) -> None:
    """«Мероприятия для 6-х классов 15 декабря в 11:00» merged across the table was dropped
    quietly as a heading («Мероприятия для» opens a part's heading too); with a clock or
    classes it is an event. An approval line stays out."""
    rows = [
        HEADER,
        ["Мероприятия для 6-х классов 15 декабря в 11:00"] + [None] * 3,
        ["Рассмотрение заявок на конкурс 16 декабря в 14:00, 10А"] + [None] * 3,
        ["Утверждаю: директор Сидоров П.П., 01.12.2026"] + [None] * 3,
        ["14.12", "10:00", "Зарядка", "9Б"],
    ]
    merged = {"План": ["A2:D2", "A3:D3", "A4:D4"]}
    card = await send(planner, "plan.xlsx", xlsx({"План": rows}, merged))
    assert "Утверждаю" not in card, card
    assert "Сохранить все 3" in card, card
    await planner.handle(plan_file_world.CURATOR, "да")
    assert len(await saved(store)) == 3


async def test_a_place_column_stays_the_venue_and_keeps_the_room(
    store: SqliteStore, planner: Planner
) -> None:
    """«Кабинет» beside «Место»: the room column replaced the place («Актовый зал», a
    museum); the place stays the venue, the room goes with it."""
    rows = [
        ["Дата", "Время", "Мероприятие", "Классы", "Кабинет", "Место"],
        ["14.12", "15:00", "Репетиция", "9А", "12", "Актовый зал"],
        ["14.12", "15:00", "Репетиция", "9А", "14", "Актовый зал"],
        ["15.12", "10:00", "Экскурсия", "8Б", "", "Музей истории города"],
        ["16.12", "11:00", "Консультация", "7В", "каб. 21", ""],
    ]
    await send(planner, "plan.xlsx", xlsx({"План": rows}))
    await planner.handle(plan_file_world.CURATOR, "да")
    assert await saved(store) == [
        ("Консультация", "16.12.2026 11:00", "каб. 21"),
        ("Репетиция", "14.12.2026 15:00", "Актовый зал, каб. 12"),
        ("Репетиция", "14.12.2026 15:00", "Актовый зал, каб. 14"),
        ("Экскурсия", "15.12.2026 10:00", "Музей истории города"),
    ]

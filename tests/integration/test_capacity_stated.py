"""A partner's announcement that states its limit as «Количество мест ограничено — N
человек» (the most common way) saves the event with that capacity: the card shows it and
sign-ups beyond it wait (newcomer walk 2026-12-01e, finding 3) — through the real planner,
a real store and the real templates. The post is written for this test."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.render import Renderer
from bot.storage.sqlite_store import open_store

TZ = ZoneInfo("Europe/Kaliningrad")
PARTNER = 10
POST = (
    "Технопарк приглашает учеников 8-9 классов на занятие «Собери робота» 15 декабря "
    "с 14:00 до 15:30. Занятие ведут инженеры технопарка, все материалы выдадим на месте. "
    "Количество мест ограничено {limit}. Ждём вас!"
)


@pytest.mark.parametrize(
    ("limit", "places"),
    [("— 2 человека", 2), ("(2)", 2), ("— 3 участника", 3)],
)
async def test_a_stated_limit_is_saved_and_fills_up(
    tmp_path: Path, limit: str, places: int
) -> None:
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        clock = FixedClock(datetime(2026, 12, 1, 10, 0, tzinfo=TZ))
        planner = Planner(store, clock, PlannerConfig(tz=TZ))
        org = await store.create_organisation("Технопарк", OrgKind.PARTNER)
        await store.save_person(PARTNER, Role.PARTNER, "Анна", org.id)
        [card] = await planner.handle(PARTNER, POST.format(limit=limit))
        assert card.template == "event_card"
        assert f"Мест: {places}" in Renderer().render(card.template, card.context)
        [saved] = await planner.handle(PARTNER, "да")
        assert saved.template == "saved"
        [event] = await store.events_between(
            datetime(2026, 12, 15, tzinfo=TZ), datetime(2026, 12, 16, tzinfo=TZ)
        )
        assert event.capacity == places
        replies = []
        for n in range(places + 1):
            student = 100 + n
            await store.save_person(student, Role.STUDENT, f"Ученик {n}", class_name="9Б")
            [reply] = await planner.handle(student, "", {"a": "signup", "id": event.id})
            replies.append(reply.template)
        assert replies == ["signed_up"] * places + ["signup_waiting"]
    finally:
        await store.close()

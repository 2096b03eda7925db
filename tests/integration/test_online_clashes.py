"""Two online events at one time for other classes (newcomer walk 2026-12-01f, finding 9):
the card said «то же место», offered free time «для тех же учеников и места», and «да» sent
organisers and curators a clash notice — «онлайн» was compared as if it were a room. Real
planner, real store, real templates, frozen clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests import chat_world
from tests.chat_world import NOW, ChatWorld
from tests.chat_world import said as _said

world = chat_world.partner_world


@pytest.mark.parametrize(
    "second",
    [
        "Вебинар по химии 15 декабря в 15:30, 8Б, онлайн",
        "Вебинар по химии 15 декабря в 15:30, 8Б, Zoom",
        "Вебинар по химии 15 декабря в 15:30 для 8Б в Телемосте",
    ],
)
async def test_online_events_of_other_classes_at_one_time_do_not_clash(
    world: ChatWorld, second: str
) -> None:
    await world.say("Вебинар «Нейросети» 15 декабря в 15:00, 10А, онлайн")
    assert "saved" in (await _said(world, "да"))[0]
    templates, card = await _said(world, second)
    assert templates == ["event_card"], card
    assert "📍 онлайн" in card, card
    assert "то же место" not in card, card
    assert "Накладок нет" in card, card
    templates, text = await _said(world, "да")
    # no clash notice to anyone; the curator is asked to agree it (attack v, #24)
    assert templates == ["saved", "agreement_waiting_notice"], text
    events = await world.store.events_between(NOW, NOW + timedelta(days=30))
    assert sorted(e.venue or "" for e in events) == ["онлайн", "онлайн"]


async def test_online_events_of_one_class_at_one_time_clash_by_students_only(
    world: ChatWorld,
) -> None:
    await world.say("Вебинар «Нейросети» 15 декабря в 15:00, 10А, онлайн")
    await world.say("да")
    templates, card = await _said(world, "Вебинар по химии 15 декабря в 15:30, 10 классы, Zoom")
    assert templates == ["event_card"], card
    assert "те же ученики" in card, card
    assert "то же место" not in card, card

"""A pasted post read all day while a sentence naming no day says «начало в 10.00» (the
doubt `clock_apart`, doubt64) is asked the time in chat — with why — and saved at the time
the person gives. Real planner, store and templates, frozen clock; sentences our own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world, own

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # the frozen clock

POST = (
    "С 12 по 13 декабря будет проходить первенство района по шахматам среди школьников.\n"
    "Стать участниками смогут все желающие в возрасте до 17 лет.\n"
    "В первенстве сыграют ребята из пяти школ района и гости из соседних городов.\n"
    "Организаторы ждут больше пятидесяти шахматистов.\n"
    "Турнир пройдёт на базе спортивной школы, старт в 10:30."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def test_a_start_clock_apart_from_the_days_is_asked(world: World) -> None:
    asks = own(await world.say(POST))
    ask = next(a for a in asks if a.template == "ask_time")
    text = world.text(ask)
    assert "отдельной фразой сказано, во сколько начало" in text, text
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []
    card = own(await world.say("в 10:30"))[-1]
    while card.template != "event_card":  # any further question (the classes) is answered
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        assert card.template != "ask_time_again", world.text(card)
        card = own(await world.say("5-11 классы"))[-1]
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    # the span's days at the clock answered (the chat's reading of a time for a span)
    assert [e.start for e in events] == [
        datetime(2026, 12, 12, 10, 30, tzinfo=TZ),
        datetime(2026, 12, 13, 10, 30, tzinfo=TZ),
    ]

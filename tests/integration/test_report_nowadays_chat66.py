"""A pasted report whose only «сегодня» says «these days» (doubt66, report_nowadays.py) is
asked which day through the planner — today and the report's day offered (`several_dates`) —
and saved on the day pressed. Real planner, store and templates, frozen clock; sentences our
own. Read through the app's store only (both backends)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld as World
from tests.chat_world import open_world, own

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # the frozen clock

POST = (
    "Осенние праздники в библиотеке. "
    "20 ноября ученики 3 класса провели праздник осени в детской библиотеке. "
    "Ребята читали стихи и отгадывали загадки. "
    "Сегодня такие праздники проводят во многих семьях."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def test_the_reported_day_is_offered_beside_today(world: World) -> None:
    asks = own(await world.say(POST))
    texts = [world.text(a) for a in asks]
    assert any("20 ноября" in t for t in texts), texts
    assert any("23 ноября" in t for t in texts), texts
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []


async def test_the_day_answered_is_saved(world: World) -> None:
    own(await world.say(POST))
    card = own(await world.say("23 ноября"))[-1]
    for _ in range(4):  # any further question (time, classes) is answered
        if card.template == "event_card":
            break
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        answer = "весь день" if card.template == "ask_time" else "3 класс"
        card = own(await world.say(answer))[-1]
    assert card.template == "event_card", world.text(card)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert [e.start.date() for e in events] == [date(2026, 11, 23)]


async def test_the_reported_day_pressed_is_told_gone(world: World) -> None:
    replies = own(await world.say(POST))
    [button] = [
        b
        for r in replies
        for row in r.buttons
        for b in row
        if world.renderer.button_label(b).startswith("20 ноября")
    ]
    ask = own(await world.press(button.payload))[-1]
    # the planner saves no day gone: the report's day, pressed, is asked again as past
    assert ask.template == "ask_date", ask.template
    assert "20 ноября (пт) уже прошло" in world.text(ask), world.text(ask)
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []

"""A pasted report of a recent day that names a later one (doubt75, report_ahead.py) is asked
which day through the planner — the day ahead and the reported day offered (`several_dates`)
— and saved on the day answered. Real planner, store and templates, frozen clock; sentences
our own. Read through the app's store only (both backends)."""

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
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)  # the frozen clock

POST = (
    "В школе прошёл турнир по шахматам\n"
    "5 декабря в школе №3 прошёл турнир по шахматам среди учеников 5–7 классов. "
    "В нём участвовали сорок ребят. "
    "Победители выступят на городском турнире 20 декабря."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def test_both_days_are_offered_and_nothing_is_saved(world: World) -> None:
    asks = own(await world.say(POST))
    texts = [world.text(a) for a in asks]
    assert any("5 декабря" in t and "20 декабря" in t for t in texts), texts
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []


async def test_the_day_ahead_answered_is_saved(world: World) -> None:
    own(await world.say(POST))
    card = own(await world.say("20 декабря"))[-1]
    for _ in range(4):  # any further question (time, classes) is answered
        if card.template == "event_card":
            break
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        answer = "весь день" if card.template == "ask_time" else "5 класс"
        card = own(await world.say(answer))[-1]
    assert card.template == "event_card", world.text(card)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert [e.start.date() for e in events] == [date(2026, 12, 20)]

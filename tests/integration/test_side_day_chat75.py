"""A pasted report dated only by its results' day (doubt75, `side_day`) is asked through the
planner — the day named as a side matter's, nothing saved — and saved on the day answered.
Real planner, store and templates, frozen clock; sentences our own. Read through the app's
store only (both backends)."""

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
    "Ученики собрали 300 кг макулатуры\n"
    "Ученики школы №7 вместе с родителями собрали 300 килограммов макулатуры в пятницу, "
    "в первый день акции. Итоги сбора макулатуры подведут 10 декабря."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def test_the_side_day_is_asked_and_nothing_saved(world: World) -> None:
    asks = own(await world.say(POST))
    texts = [world.text(a) for a in asks]
    assert any("10 декабря" in t and "не самого события" in t for t in texts), texts
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []


async def test_the_day_answered_is_saved(world: World) -> None:
    own(await world.say(POST))
    card = own(await world.say("11 декабря"))[-1]
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
    assert [e.start.date() for e in events] == [date(2026, 12, 11)]

"""A pasted post whose only day is the one its event ends on («Школьный этап завершится 25
декабря»: doubt72, end_day.py) is asked from which day through the planner (`end_day`), not
saved on the last day as its start; the day answered is saved. Real planner, store and
templates, frozen clock; sentences our own. Read through the app's store only (both
backends)."""

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
    "В гимназии идёт школьный этап олимпиады по математике. "
    "Задания выполнят около сорока учеников. "
    "Школьный этап завершится 25 декабря."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def _saved_after(world: World, answer: str) -> list[date]:
    card = own(await world.say(answer))[-1]
    for _ in range(4):  # any further question (time, classes) is answered
        if card.template == "event_card":
            break
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        reply = "весь день" if card.template == "ask_time" else "8 класс"
        card = own(await world.say(reply))[-1]
    assert card.template == "event_card", world.text(card)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    events = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    return [e.start.date() for e in events]


async def test_the_first_day_is_asked(world: World) -> None:
    asks = own(await world.say(POST))
    assert asks[-1].template == "ask_date", asks[-1].template
    text = world.text(asks[-1])
    assert "25 декабря" in text, text
    assert "завершится" in text, text
    assert await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None) == []


async def test_the_day_answered_is_saved(world: World) -> None:
    own(await world.say(POST))
    assert await _saved_after(world, "1 декабря") == [date(2026, 12, 1)]


async def test_the_written_day_confirmed_is_saved(world: World) -> None:
    own(await world.say(POST))
    assert await _saved_after(world, "25 декабря") == [date(2026, 12, 25)]

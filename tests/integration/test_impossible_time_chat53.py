"""An impossible clock («в 28:00») is asked in chat with why — «Во сколько …?» — and saved
with the time the person gives (parse53, item 5). Real planner, real SQLite store, real
templates, frozen clock; sentences our own."""

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


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


@pytest.mark.parametrize(
    "line", ["Турнир по шахматам 10 декабря в 28:00", "Лекция 10 декабря, 25:30"]
)
async def test_an_impossible_clock_is_asked_and_the_answer_saved(world: World, line: str) -> None:
    [ask] = own(await world.say(line))
    assert ask.template == "ask_time", ask.template
    assert "указано время, которого не бывает" in world.text(ask), world.text(ask)
    card = own(await world.say("в 15:00"))[-1]
    while card.template != "event_card":  # any further question (the classes) is answered
        assert card.template.startswith("ask_"), (card.template, world.text(card))
        assert card.template not in ("ask_time", "ask_time_again"), world.text(card)
        card = own(await world.say("5-11 классы"))[-1]
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    [event] = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert event.start == datetime(2026, 12, 10, 15, 0, tzinfo=TZ)


async def test_a_race_result_beside_the_start_is_no_time_question(world: World) -> None:
    """fixparse54 (review53 #6): a norm in minutes and seconds after the written start is no
    impossible clock — the card keeps 11:00, never «Во сколько …?»."""
    card = own(await world.say("Лыжная гонка 10 декабря в 11:00 у школы. Норматив — до 28:00"))[-1]
    while card.template != "event_card":  # the classes asked, never the time
        assert card.template not in ("ask_time", "ask_time_again"), world.text(card)
        card = own(await world.say("9-11 классы"))[-1]
    assert "11:00" in world.text(card), world.text(card)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved", saved.template
    [event] = await world.store.events_between(datetime(2026, 1, 1, tzinfo=TZ), None)
    assert event.start == datetime(2026, 12, 10, 11, 0, tzinfo=TZ)

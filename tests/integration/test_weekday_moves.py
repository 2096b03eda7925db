"""«перенеси лекцию на пятницу» (newcomer walk 2026-12-01g, #8): a bare weekday in a move is
that weekday of the event's own week when it lies after today, else the nearest one from
now (bot.core.language.move_weekdays); a qualified weekday («на эту пятницу», «на следующую
пятницу») keeps its reading from now. Today is Tuesday 1 December 2026; the card always
shows the full new date. Real planner, real store, real templates, frozen clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import ChatWorld, open_world

ZONE = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZONE)  # Tuesday
LATER_WEEK = "Лекция о профессиях 10 декабря с 15:00 до 16:00, 9Б"  # Thursday next week
THIS_WEEK = "Лекция о профессиях 3 декабря с 15:00 до 16:00, 9Б"  # Thursday this week


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[ChatWorld]:
    opened = await open_world(tmp_path / "plan.db", NOW, Role.PARTNER, "КГТУ", OrgKind.PARTNER)
    try:
        yield opened
    finally:
        await opened.store.close()


async def _moved(world: ChatWorld, event: str, said: str) -> tuple[str, datetime]:
    """The move card's text for `said` after saving `event`, and the start after «да»."""
    await world.say(event)
    [saved, *_] = await world.say("да")
    assert saved.template == "saved", world.text(saved)
    [card] = await world.say(said)
    assert card.template == "change_card", world.text(card)
    [moved, *_] = await world.say("да")
    assert moved.template == "moved", world.text(moved)
    [event_now] = await world.store.events_between(NOW, NOW + timedelta(days=60))
    return world.text(card), event_now.start.astimezone(ZONE)


@pytest.mark.parametrize(
    ("said", "became", "day", "hour"),
    [
        ("перенеси лекцию на пятницу", "11 декабря (пт), 15:00–16:00", 11, 15),  # after Thu
        ("перенеси лекцию в среду", "9 декабря (ср), 15:00–16:00", 9, 15),  # before Thu
        ("перенеси лекцию на понедельник", "7 декабря (пн), 15:00–16:00", 7, 15),
        ("перенеси лекцию на субботу в 11:00", "12 декабря (сб), 11:00–12:00", 12, 11),
        ("перенеси лекцию на эту пятницу", "4 декабря (пт), 15:00–16:00", 4, 15),
        ("перенеси лекцию на следующую среду", "9 декабря (ср), 15:00–16:00", 9, 15),
    ],
)
async def test_an_event_in_a_later_week_moves_within_its_week(
    world: ChatWorld, said: str, became: str, day: int, hour: int
) -> None:
    card, start = await _moved(world, LATER_WEEK, said)
    assert "Было: 10 декабря (чт), 15:00–16:00" in card, card
    assert f"Станет: {became}" in card, card
    assert (start.day, start.hour) == (day, hour)


@pytest.mark.parametrize(
    ("said", "became", "day"),
    [
        ("перенеси лекцию на пятницу", "4 декабря (пт), 15:00–16:00", 4),  # after Thu
        ("перенеси лекцию в среду", "2 декабря (ср), 15:00–16:00", 2),  # before Thu, ahead
        ("перенеси лекцию на понедельник", "7 декабря (пн), 15:00–16:00", 7),  # its Mon: past
        ("перенеси лекцию на вторник", "8 декабря (вт), 15:00–16:00", 8),  # its Tue: today
    ],
)
async def test_an_event_this_week_moves_to_the_next_such_day(
    world: ChatWorld, said: str, became: str, day: int
) -> None:
    card, start = await _moved(world, THIS_WEEK, said)
    assert f"Станет: {became}" in card, card
    assert start.day == day

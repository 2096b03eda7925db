"""«перенеси лекцию на пятницу» (newcomer walk 2026-12-01g, #8; 2026-12-01i, #6 and #7): a
bare weekday in a move is the such weekday nearest the event (before or after it) among days
after today (bot.core.language.move_weekdays); a qualified weekday («на эту пятницу», «на следующую
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


@pytest.mark.parametrize(
    ("event", "said", "became", "day"),
    [
        # Sunday 13 December: Monday 14 is the day after, Monday 7 the week before
        (
            "Субботник 13 декабря с 10:00 до 12:00, 9Б",
            "перенеси субботник на понедельник",
            "14 декабря (пн), 10:00–12:00",
            14,
        ),
        # Monday 14 December: Sunday 13 is the day before, Sunday 20 six days after
        (
            "Субботник 14 декабря с 10:00 до 12:00, 9Б",
            "перенеси субботник на воскресенье",
            "13 декабря (вс), 10:00–12:00",
            13,
        ),
        # Saturday 12 December: Friday 11 the day before, Friday 18 six days after
        (
            "Субботник 12 декабря с 10:00 до 12:00, 9Б",
            "перенеси субботник на пятницу",
            "11 декабря (пт), 10:00–12:00",
            11,
        ),
    ],
)
async def test_a_bare_weekday_is_the_one_nearest_the_event(
    world: ChatWorld, event: str, said: str, became: str, day: int
) -> None:
    """Newcomer walk 2026-12-01i, #7: a Sunday event moved «на понедельник» went back six
    days, to the Monday of its Monday-to-Sunday week."""
    card, start = await _moved(world, event, said)
    assert f"Станет: {became}" in card, card
    assert start.day == day


async def test_a_move_to_the_day_and_time_it_already_has_is_no_card(world: ChatWorld) -> None:
    """Newcomer walk 2026-12-01i, #6: an event already on Friday moved «на пятницу» showed a
    card «18 декабря → 18 декабря» to confirm; nothing would change, so the bot says so."""
    await world.say("Лекция о профессиях 11 декабря с 15:00 до 16:00, 9Б")
    await world.say("да")
    [reply] = await world.say("перенеси лекцию на пятницу")
    assert reply.template == "move_same_time", world.text(reply)
    assert "11 декабря (пт)" in world.text(reply)
    # walk j, #5: its fixed example «перенеси на 18 декабря» was the refused move itself
    # for an event on 18 December; the reply gives no example date
    assert "«перенеси" not in world.text(reply), world.text(reply)
    assert await world.say("да") != []
    [event_now] = await world.store.events_between(NOW, NOW + timedelta(days=60))
    assert event_now.start.astimezone(ZONE) == datetime(2026, 12, 11, 15, 0, tzinfo=ZONE)

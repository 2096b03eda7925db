"""Review 19, W3 / C9: «не напоминай» then «напоминай» (or «включи напоминания») keeps the
reminder times the student chose («напоминай вечером накануне»), and the reply says which
times apply; naming new times still replaces them. Through the planner and the real
notification loop with a hand-moved clock (the world's clock starts 10 December 12:00).
Real SQLite store, real templates."""

from __future__ import annotations

import pytest

from tests.integration.test_notifications import World
from tests.integration.test_notifications import world as world  # the fixture
from tests.integration.test_walk_r_reminder_clock import _lecture, _reminded, _say


@pytest.mark.parametrize("again", ["напоминай", "включи напоминания"])
async def test_reminders_back_on_keep_the_chosen_clock(world: World, again: str) -> None:
    planner = await _lecture(world)
    await _say(planner, "напоминай вечером накануне и за час")
    off = await _say(planner, "не напоминай")
    assert "Напоминания выключены" in off, off
    text = await _say(planner, again)
    assert "Напоминания включены" in text, text
    assert "накануне в 19:00 и за час до начала" in text, text
    assert _reminded(await world.at("2026-12-14T15:00")) == [10]  # no day-before for 20
    assert _reminded(await world.at("2026-12-14T19:00")) == [20]
    assert _reminded(await world.at("2026-12-15T14:00")) == [10, 20]


async def test_reminders_back_on_with_no_own_times_say_the_defaults(world: World) -> None:
    planner = await _lecture(world)
    await _say(planner, "не напоминай")
    text = await _say(planner, "напоминай")
    assert "Напоминания включены" in text, text
    assert "накануне" not in text, text
    assert _reminded(await world.at("2026-12-14T15:00")) == [10, 20]


async def test_new_times_named_replace_the_kept_ones(world: World) -> None:
    planner = await _lecture(world)
    await _say(planner, "напоминай вечером накануне")
    await _say(planner, "не напоминай")
    text = await _say(planner, "напоминай за 2 часа")
    assert "Буду напоминать за 2 часа до начала" in text, text
    assert 20 not in _reminded(await world.at("2026-12-14T19:00"))
    assert _reminded(await world.at("2026-12-15T13:00")) == [20]

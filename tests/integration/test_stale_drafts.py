"""An old unsaved draft never blocks a new event (newcomer walk 2026-12-01h, #12), through
the planner (real SQLite store, hand-moved clock, real templates): a draft whose day has
passed, or left unsaved longer than STALE_DRAFT_AGE, is dropped with a note when a new
event comes, and «да» then saves the new event's card; a fresh draft still gets the
add / replace / keep-both question."""

from __future__ import annotations

from datetime import timedelta

from tests.integration.test_conversation_changes import KGTU_REP, NOW, World
from tests.integration.test_conversation_changes import world as world  # the fixture

OLD = "Лекция о космосе 15 декабря в 15:00, 9 классы"
NEW = "Урок знаний 21 декабря в 9:00, 5 классы"


async def _templates(world: World, text: str) -> list[str]:
    return [r.template for r in await world.say(KGTU_REP, text)]


async def test_a_draft_whose_day_has_passed_does_not_block_and_yes_saves(world: World) -> None:
    assert await _templates(world, OLD) == ["event_card"]
    world.clock.set(NOW + timedelta(days=24))  # 17 December: the lecture's day is gone
    replies = await world.say(KGTU_REP, NEW)
    assert [r.template for r in replies] == ["draft_stale_dropped", "event_card"]
    assert "Лекция о космосе" in world.text(replies[0])
    assert "Урок знаний" in world.text(replies[1])
    assert (await _templates(world, "да"))[0] == "saved"
    assert [t for t, _, _ in await world.titles()] == ["Урок знаний"]


async def test_a_draft_left_for_weeks_does_not_block(world: World) -> None:
    assert await _templates(world, OLD) == ["event_card"]
    world.clock.set(NOW + timedelta(days=15))  # 8 December: still ahead, but two weeks old
    assert await _templates(world, NEW) == ["draft_stale_dropped", "event_card"]
    assert (await _templates(world, "да"))[0] == "saved"
    assert [t for t, _, _ in await world.titles()] == ["Урок знаний"]


async def test_a_fresh_draft_still_asks_add_or_replace(world: World) -> None:
    assert await _templates(world, OLD) == ["event_card"]
    world.clock.set(NOW + timedelta(days=1))
    assert await _templates(world, NEW) == ["draft_choice"]

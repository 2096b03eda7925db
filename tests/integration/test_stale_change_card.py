"""A move or cancel card confirmed after someone else changed the event does nothing and
says what the event is now; it never overwrites the other change (newcomer walk 2026-12-01c,
finding 2), through the planner (real SQLite store, frozen clock, real templates)."""

from __future__ import annotations

from tests.integration.test_conversation_changes import CURATOR, KGTU_REP, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture


async def _two_cards_open(world: World, partners_request: str) -> None:
    await add(world, KGTU_REP, "Лекция о мостах 15 декабря с 15:00 до 16:00, 9Б, ауд. 204")
    await world.say(CURATOR, "план на декабрь")
    [card] = await world.say(CURATOR, "перенеси 1 на 17:00")
    assert card.template == "change_card"
    await world.say(KGTU_REP, "мои мероприятия")
    [card] = await world.say(KGTU_REP, partners_request)
    assert card.template == "change_card"


async def test_a_stale_move_card_does_not_undo_a_move_made_meanwhile(world: World) -> None:
    await _two_cards_open(world, "перенеси 1 на 16 декабря")
    [moved, *_] = await world.say(CURATOR, "да")
    assert moved.template == "moved"
    assert await world.titles() == [("Лекция о мостах", 15, 17)]
    [refused, *rest] = await world.say(KGTU_REP, "да")
    assert refused.template == "event_changed", world.text(refused)
    assert "15 декабря" in world.text(refused)
    assert "17:00" in world.text(refused)
    assert rest == []  # nobody is told of a change that was not made
    assert await world.titles() == [("Лекция о мостах", 15, 17)]


async def test_a_stale_cancel_card_does_not_cancel_a_moved_event(world: World) -> None:
    await _two_cards_open(world, "отмени 1")
    await world.say(CURATOR, "да")
    [refused, *_] = await world.say(KGTU_REP, "да")
    assert refused.template == "event_changed"
    assert await world.titles() == [("Лекция о мостах", 15, 17)]


async def test_a_fresh_card_still_works_after_the_refusal(world: World) -> None:
    await _two_cards_open(world, "перенеси 1 на 16 декабря")
    await world.say(CURATOR, "да")
    await world.say(KGTU_REP, "да")  # refused: the card was stale
    await world.say(KGTU_REP, "мои мероприятия")
    [card] = await world.say(KGTU_REP, "перенеси 1 на 16 декабря")
    assert card.template == "change_card"
    [moved, *_] = await world.say(KGTU_REP, "да")
    assert moved.template == "moved"
    assert await world.titles() == [("Лекция о мостах", 16, 17)]

"""Relative moves through the planner (real SQLite store, frozen clock, real templates):
«перенеси лекцию на час позже», «на день раньше», «на неделю позже», «сдвинь на 30 минут»,
«лекцию сдвигаем на час позже» (newcomer walk 2026-12-01b, D04) show the move card with the
new time counted from the event's own, change nothing until «да», and then move the one
stored event; a shift into the past is refused; «на 3 часа» keeps its clock-time reading."""

from __future__ import annotations

import pytest

from tests.integration.test_conversation_changes import KGTU_REP, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture

LECTURE = "Лекция о роботах 10 декабря с 15:00 до 16:00, 9Б, ауд. 204"


@pytest.mark.parametrize(
    ("said", "became"),
    [
        ("перенеси лекцию на час позже", "10 декабря (чт), 16:00–17:00"),
        ("лекцию о роботах сдвигаем на час позже", "10 декабря (чт), 16:00–17:00"),
        ("перенеси на день раньше", "9 декабря (ср), 15:00–16:00"),
        ("перенеси лекцию на неделю позже", "17 декабря (чт), 15:00–16:00"),
        ("сдвинь на 30 минут", "10 декабря (чт), 15:30–16:30"),
        ("давайте перенесём лекцию на 2 часа раньше", "10 декабря (чт), 13:00–14:00"),
    ],
)
async def test_a_relative_move_reaches_the_card_with_the_new_time(
    world: World, said: str, became: str
) -> None:
    await add(world, KGTU_REP, LECTURE)
    [card] = await world.say(KGTU_REP, said)
    assert card.template == "change_card", world.text(card)
    text = world.text(card)
    assert "Было: 10 декабря (чт), 15:00–16:00" in text
    assert f"Станет: {became}" in text
    assert await world.titles() == [("Лекция о роботах", 10, 15)]  # nothing before «да»
    [moved, *_] = await world.say(KGTU_REP, "да")
    assert moved.template == "moved"
    [(title, day, hour)] = await world.titles()  # the same one event, moved
    assert title == "Лекция о роботах"
    assert f"{day} декабря" in became
    assert f"{hour}:" in became


async def test_a_shift_into_the_past_is_refused(world: World) -> None:
    await add(world, KGTU_REP, "Лекция о роботах 23 ноября с 15:00 до 16:00, 9Б")  # today, 10:00
    [refused] = await world.say(KGTU_REP, "перенеси лекцию на неделю раньше")
    assert refused.template == "move_into_past"
    assert await world.titles() == [("Лекция о роботах", 23, 15)]


async def test_a_clock_time_is_still_a_clock_time(world: World) -> None:
    """Counter-case: «на 3 часа» after «перенеси» is 15:00 as before, not three hours later."""
    await add(world, KGTU_REP, "Лекция о роботах 10 декабря с 16:00 до 17:00, 9Б, ауд. 204")
    [card] = await world.say(KGTU_REP, "перенеси лекцию на 3 часа")
    assert card.template == "change_card"
    assert "Станет: 10 декабря (чт), 15:00–16:00" in world.text(card)

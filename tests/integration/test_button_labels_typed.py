"""A button's label typed as text does what the button does (newcomer walk 2026-12-01c:
«Сохранить всё» typed under a pasted plan got «не понял» and the plan stayed unsaved),
through the planner (real SQLite store, frozen clock, real templates)."""

from __future__ import annotations

import pytest

from tests.integration.test_conversation_changes import KGTU_REP, World, add
from tests.integration.test_conversation_changes import world as world  # the fixture

PLAN = (
    "Лекция 15 декабря в 15:00, 9Б\n"
    "Экскурсия 16 декабря в 10:00, 9Б\n"
    "Концерт 17 декабря в 18:00, 9Б"
)


@pytest.mark.parametrize("typed", ["Сохранить всё", "сохранить все", "Сохранить всё!"])
async def test_save_all_typed_saves_the_pasted_plan(world: World, typed: str) -> None:
    replies = await world.say(KGTU_REP, PLAN)
    labels = [world.renderer.button_label(b) for r in replies for row in r.buttons for b in row]
    assert "Сохранить всё" in labels
    [saved, *_] = await world.say(KGTU_REP, typed)
    assert saved.template == "saved", world.text(saved)
    assert [d for _, d, _ in await world.titles()] == [15, 16, 17]


async def test_do_not_save_typed_drops_the_plan(world: World) -> None:
    await world.say(KGTU_REP, PLAN)
    [dropped] = await world.say(KGTU_REP, "Не сохранять")
    assert dropped.template != "not_understood", world.text(dropped)
    assert await world.titles() == []


async def test_the_move_cards_labels_typed_answer_the_card(world: World) -> None:
    await add(world, KGTU_REP, "Лекция 15 декабря в 15:00, 9Б")
    await world.say(KGTU_REP, "мои мероприятия")
    await world.say(KGTU_REP, "перенеси 1 на 17:00")
    [kept] = await world.say(KGTU_REP, "Нет, оставить")
    assert kept.template == "change_dropped"
    await world.say(KGTU_REP, "перенеси 1 на 17:00")
    [moved, *_] = await world.say(KGTU_REP, "Да, перенести")
    assert moved.template == "moved"
    assert await world.titles() == [("Лекция", 15, 17)]


async def test_the_resent_cards_labels_typed_answer_the_card(world: World) -> None:
    """Newcomer walk 2026-12-01g, #3: «Обновить прежнее» and «Добавить ещё одно» typed."""
    await add(world, KGTU_REP, "Лекция 15 декабря в 15:00, 9Б")
    await world.say(KGTU_REP, "Лекция 15 декабря в 17:00, 9Б")
    [updated, *_] = await world.say(KGTU_REP, "Обновить прежнее")
    assert updated.template == "updated", world.text(updated)
    await world.say(KGTU_REP, "Лекция 16 декабря в 17:00, 9Б")
    [saved, *_] = await world.say(KGTU_REP, "Добавить ещё одно")
    assert saved.template == "saved", world.text(saved)
    assert await world.titles() == [("Лекция", 15, 17), ("Лекция", 16, 17)]

"""Cancelling in words («отмени лекцию по физике 10 декабря», «… не состоится») through the
planner (real SQLite store, frozen clock, real templates). Found by the lead's walk after the
newcomer walk of 2026-11-30: such a message became a NEW event titled «Концерт хора не».
Nothing is cancelled before «да», and nobody reaches another organisation's event."""

from __future__ import annotations

from tests.integration.test_conversation_changes import (
    BFU_REP,
    CURATOR,
    KGTU_REP,
    STUDENT,
    World,
    add,
)
from tests.integration.test_conversation_changes import world as world  # the fixture


async def test_an_event_named_in_words_gets_the_cancel_card(world: World) -> None:
    await add(world, KGTU_REP, "Лекция по физике 15 декабря в 15:00, 9 классы")
    await add(world, KGTU_REP, "Экскурсия в лабораторию 15 декабря в 11:00, 10 классы")
    [card] = await world.say(KGTU_REP, "отмени лекцию по физике 15 декабря")
    assert card.template == "change_card"
    assert "Лекция по физике" in world.text(card)
    assert len(await world.titles()) == 2  # nothing changes before «да»
    done = await world.say(KGTU_REP, "да")
    assert done[0].template == "cancelled"
    assert [t for t, _, _ in await world.titles()] == ["Экскурсия в лабораторию"]


async def test_news_of_a_cancellation_points_at_the_event(world: World) -> None:
    await add(world, KGTU_REP, "Концерт хора 17 декабря в 12:00, актовый зал, 5 классы")
    [card] = await world.say(KGTU_REP, "К сожалению, концерт хора 17 декабря не состоится")
    assert card.template == "change_card"
    assert not [r.template for r in await world.say(KGTU_REP, "нет") if r.template == "saved"]
    assert [t for t, _, _ in await world.titles()] == ["Концерт хора"]


async def test_several_matches_are_listed_and_a_number_picks_one(world: World) -> None:
    await add(world, KGTU_REP, "Лекция по физике 15 декабря в 15:00, 9 классы")
    await add(world, KGTU_REP, "Лекция по химии 15 декабря в 17:00, 9 классы")
    [listing] = await world.say(KGTU_REP, "Лекция 15 декабря отменяется")
    assert listing.template == "cancel_which"
    text = world.text(listing)
    assert "1. 15:00 Лекция по физике" in text
    assert "2. 17:00 Лекция по химии" in text
    [card] = await world.say(KGTU_REP, "отмени 2")
    assert card.template == "change_card"
    assert "Лекция по химии" in world.text(card)
    await world.say(KGTU_REP, "да")
    assert [t for t, _, _ in await world.titles()] == ["Лекция по физике"]


async def test_another_organisations_event_is_refused_naming_its_organiser(world: World) -> None:
    # newcomer walk 2026-12-01, finding 14: the same refusal as «отмени 1» on it, not «не нашёл»
    await add(world, KGTU_REP, "Лекция по физике 15 декабря в 15:00, 9 классы")
    [reply] = await world.say(BFU_REP, "отмени лекцию по физике 15 декабря")
    assert reply.template == "not_your_event"
    assert "проводит КГТУ" in world.text(reply)
    assert all(r.template != "cancelled" for r in await world.say(BFU_REP, "да"))
    assert [t for t, _, _ in await world.titles()] == ["Лекция по физике"]


async def test_the_curator_may_cancel_a_partners_event(world: World) -> None:
    await add(world, KGTU_REP, "Лекция по физике 15 декабря в 15:00, 9 классы")
    [card] = await world.say(CURATOR, "отмените лекцию по физике")
    assert card.template == "change_card"


async def test_a_student_cannot_cancel_and_nothing_is_added(world: World) -> None:
    await add(world, KGTU_REP, "Лекция по физике 15 декабря в 15:00, 9 классы")
    await world.planner.identify(STUDENT, "Ученик")
    [reply] = await world.say(STUDENT, "лекция по физике 15 декабря отменяется")
    assert reply.template == "not_understood"
    assert [t for t, _, _ in await world.titles()] == ["Лекция по физике"]

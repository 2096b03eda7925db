"""Seats of a series (leftconv21, items 2 and 4; left by attack z and leftconv20): the card
of «места: 2» for the whole series showed the first meeting's figures as the series' («Из
листа ожидания получат место: 1 ученик» while two meetings each moved one up), and «да» at
«Изменить только эту встречу, всю серию или эту и следующие?» asked the same question again,
as often as it was said. Now the card and the reply list each meeting's signed-up and
waiting figures and sum them as such; «только эту» changes and shows that meeting only; «да»
gets the choices once, as buttons with what each does, and a second «да» closes the
question with nothing changed. The world of test_left_conv20_seats; a weekly кружок of one
seat (9, 16, 23, 30 December): three students at the first meeting, two at the second."""

from __future__ import annotations

import pytest

from bot.core.language.actions import ButtonAction
from tests.integration.test_left_conv20_seats import (
    KOLYA,
    PARTNER,
    PETYA,
    VASYA,
    World,
    at,
    text,
    world,
)

__all__ = ["world"]  # the fixture, imported for the tests below


async def kruzhok(world: World) -> list[int]:
    """The кружок saved and signed up for; its meetings' ids in time order."""
    store, planner, _ = world
    await planner.handle(
        PARTNER, "Кружок пайки каждую среду в 16:00 с 9 декабря по 30 декабря, 9Б, каб. 7, 1 место"
    )
    await planner.handle(PARTNER, "да")
    meetings = await store.events_between(at("2026-12-09T00:00"), at("2026-12-31T00:00"))
    ids = [e.id for e in meetings if e.title == "Кружок пайки"]
    people = [await store.get_person_by_vk(vk) for vk in (PETYA, VASYA, KOLYA)]
    for person in people:
        assert person is not None
        await store.sign_up(ids[0], person.id)
    for person in people[:2]:
        assert person is not None
        await store.sign_up(ids[1], person.id)
    await planner.handle(PARTNER, "мои мероприятия")
    await planner.handle(PARTNER, "изменить 2")  # the first meeting
    return ids


async def capacities(world: World, ids: list[int]) -> list[int | None]:
    store = world[0]
    found = [await store.get_event(i) for i in ids]
    return [e.capacity for e in found if e is not None]


async def test_the_whole_series_card_shows_each_meeting(world: World) -> None:
    _, planner, _ = world
    ids = await kruzhok(world)
    await planner.handle(PARTNER, "места: 2")
    card = text(await planner.handle(PARTNER, "всю серию"))
    assert "Записано по встречам:" in card
    assert "• 9 декабря (ср), 16:00: записано 1, в листе ожидания 2 — место получат 1" in card
    assert "• 16 декабря (ср), 16:00: записано 1, в листе ожидания 1 — место получат 1" in card
    assert "• 30 декабря (ср), 16:00: записано 0\n" in card
    assert "получат место: всего 2 ученика по всем встречам" in card
    done = await planner.handle(PARTNER, "да")
    assert "получили место: всего 2 ученика по всем встречам" in text(done)
    assert sorted(vk for r in done for vk in r.recipients) == [VASYA, VASYA]
    assert await capacities(world, ids) == [2, 2, 2, 2]


async def test_only_this_meeting_changes_and_shows_only_it(world: World) -> None:
    _, planner, _ = world
    ids = await kruzhok(world)
    await planner.handle(PARTNER, "места: 3")
    card = text(await planner.handle(PARTNER, "только эту"))
    assert (
        "только на встрече 9 декабря (ср), 16:00 (остальные встречи серии — без изменений)" in card
    )
    assert "Записано по встречам" not in card
    assert "получат место: 2 ученика" in card
    done = await planner.handle(PARTNER, "да")
    assert "— только эта встреча серии." in text(done)
    assert await capacities(world, ids) == [3, 1, 1, 1]


async def test_yes_at_the_scope_question_is_answered_once_with_buttons(world: World) -> None:
    _, planner, _ = world
    ids = await kruzhok(world)
    [asked] = await planner.handle(PARTNER, "места: 2")
    assert asked.template == "change_scope"
    [yes] = await planner.handle(PARTNER, "да")
    assert yes.template == "change_scope_yes", yes
    said = text([yes])
    assert "«Да» не говорит, какие встречи изменить" in said
    assert "«Только эту» — только встреча 9 декабря (ср), 16:00" in said
    assert "«Всю серию» — все 4 встречи впереди" in said
    assert "Эту и следующие" not in said  # the first meeting: the same as the series
    scopes = [b.payload.get("s") for row in yes.buttons for b in row]
    assert scopes == ["one", "series"]
    assert all(b.payload.get("a") == ButtonAction.SCOPE.value for r in yes.buttons for b in r)
    [closed] = await planner.handle(PARTNER, "да")
    assert closed.template == "change_scope_closed", closed
    assert "Ничего не меняю" in text([closed])
    replies = await planner.handle(PARTNER, "да")
    assert all(r.template not in ("change_scope", "change_scope_yes") for r in replies), replies
    assert await capacities(world, ids) == [1, 1, 1, 1]


@pytest.mark.parametrize("scope", ["всю серию", "только эту"])
async def test_a_choice_after_the_explained_yes_gives_the_card(world: World, scope: str) -> None:
    _, planner, _ = world
    await kruzhok(world)
    await planner.handle(PARTNER, "места: 2")
    await planner.handle(PARTNER, "да")
    card = await planner.handle(PARTNER, scope)
    assert [r.template for r in card] == ["change_card"], card

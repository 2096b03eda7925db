"""Left open after walk v F2 (round 19, item 2): a saved event's age range could not be
changed in chat — «возраст 17+» shown for «от 17 лет и младше» stayed wrong after «да». Now
the owner (or the curator) changes it as the other fields are changed: «возраст 12+»,
«возраст: 7–10 лет», «без возраста», «возраст турнира: до 17 лет» -> the change card
(«Возраст: 17+ → 12+») -> «да» stores it; «верни» takes it back. Nobody else may: another
partner's words or forged buttons, and a student's words, change nothing. Over a real store
(SQLite), a frozen clock and the real templates; sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.language.actions import ButtonAction, payload
from bot.core.models import Event, Role
from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld, own, said
from tests.integration.test_walk_t_agreement import MUSEUM, _people

world = chat_world.partner_world

STUDENT = 300
TOURNAMENT = "Турнир по шахматам 16 декабря в 15:00, 7–11 классы, от 17 лет, каб. 5"


async def _tournament(world: ChatWorld) -> Event:
    """The partner's tournament, saved with «возраст 17+»."""
    await _people(world)
    await said(world, TOURNAMENT)
    own(await world.say("да"))
    [event] = await world.store.events_between(world.planner.clock.now(), None)
    assert event.details.ages == (17, 99), event.details
    return event


async def _ages(world: ChatWorld, event: Event) -> tuple[int, int] | None:
    stored = await world.store.get_event(event.id)
    assert stored is not None
    return stored.details.ages


@pytest.mark.parametrize(
    ("words", "line", "ages"),
    [
        ("возраст 12+", "Возраст: 17+ → 12+", (12, 99)),
        ("возраст: 7–10 лет", "Возраст: 17+ → 7–10 лет", (7, 10)),
        ("возраст: до 17 лет", "Возраст: 17+ → до 17 лет", (0, 17)),
        ("без возраста", "Возраст: 17+ → не указан", None),
        ("возраст турнира: от 14 до 22 лет", "Возраст: 17+ → 14–22 лет", (14, 22)),
        ("измени возраст турнира на 6+", "Возраст: 17+ → 6+", (6, 99)),
    ],
)
async def test_the_owner_changes_the_age_with_a_card(
    world: ChatWorld, words: str, line: str, ages: tuple[int, int] | None
) -> None:
    event = await _tournament(world)
    templates, card = await said(world, words)
    assert templates == ["change_card"], (templates, card)
    assert line in card, card
    assert await _ages(world, event) == (17, 99)  # nothing stored before «да»
    templates, reply = await said(world, "да")
    assert templates[0] == "updated", (templates, reply)
    assert line in reply, reply
    assert await _ages(world, event) == ages


async def test_the_same_age_is_said_so_and_undo_takes_a_change_back(world: ChatWorld) -> None:
    event = await _tournament(world)
    templates, reply = await said(world, "возраст 17+")
    assert templates == ["edit_same"], (templates, reply)
    await said(world, "возраст 12+")
    await said(world, "да")
    assert await _ages(world, event) == (12, 99)
    templates, reply = await said(world, "верни")
    assert templates[0] == "undone", (templates, reply)
    assert await _ages(world, event) == (17, 99)


async def test_the_curator_changes_it_and_the_organiser_is_told(world: ChatWorld) -> None:
    event = await _tournament(world)
    templates, card = await said(world, "возраст у турнира на до 17 лет", CURATOR)
    assert templates == ["change_card"], (templates, card)
    replies = await world.planner.handle(CURATOR, "да")
    assert replies[0].template == "updated", replies
    notices = "\n".join(world.text(r) for r in replies if world.vk_id in r.recipients)
    assert "Возраст был: 17+, теперь: до 17 лет" in notices, notices
    assert await _ages(world, event) == (0, 17)


async def test_nobody_else_changes_the_age(world: ChatWorld) -> None:
    """Another partner's words and forged buttons (the ✏️ Классы of the tournament, then the
    value; a «да» of a change card they never had), and a student's words: nothing stored."""
    event = await _tournament(world)
    _, reply = await said(world, "возраст турнира: 12+", MUSEUM)
    assert "Изменить" not in reply, reply
    edit_button = payload(ButtonAction.EDIT_EVENT, id=event.id, f="audience")
    replies = await world.planner.handle(MUSEUM, "", edit_button)
    assert all(r.template != "ask_edit_saved" for r in replies), replies
    _, reply = await said(world, "возраст 12+", MUSEUM)
    assert "Изменить" not in reply, reply
    confirm = payload(ButtonAction.CONFIRM_CHANGE, v=1, id=event.id, k="edit")
    replies = await world.planner.handle(MUSEUM, "", confirm)
    assert all(r.template != "updated" for r in replies), replies
    await world.store.save_person(STUDENT, Role.STUDENT, "Петя", None, "9А")
    templates, reply = await said(world, "возраст 12+", STUDENT)
    assert "change_card" not in templates, (templates, reply)
    assert await _ages(world, event) == (17, 99)

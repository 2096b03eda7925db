"""Review 19, W2: the reason a cancel gives («отмени интенсив, в каникулы школа закрыта»)
when the words match several events: the list is shown, and the event picked from it
(«отмени 2» or «2») is cancelled with that reason — in the partner's notice and in the
answer to «почему отменили …?». The partner's chat (tests/chat_world.py): a real SQLite
store, a frozen clock and the real templates. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld
from tests.chat_world import said as _say

world = chat_world.partner_world


async def _two_intensives(world: ChatWorld) -> None:
    """Two of the partner's intensives, 17 and 18 December, both confirmed."""
    for text in (
        "Интенсив по 3D-моделированию 17 декабря 11:00-14:00, 7-8 классы",
        "Интенсив по робототехнике 18 декабря 11:00-14:00, 7-8 классы",
    ):
        await _say(world, text)
        await _say(world, "да")
    assert len(await world.store.events_between(world.planner.clock.now(), None)) == 2


@pytest.mark.parametrize("pick", ["отмени 2", "2"])
async def test_the_reason_stays_with_the_event_picked_from_the_list(
    world: ChatWorld, pick: str
) -> None:
    await _two_intensives(world)
    templates, shown = await _say(world, "отмени интенсив, в каникулы школа закрыта", CURATOR)
    assert templates == ["cancel_which"], (templates, shown)
    templates, card = await _say(world, pick, CURATOR)
    assert "Интенсив по робототехнике" in card, (templates, card)
    replies = await world.planner.handle(CURATOR, "да")
    notices = [r for r in replies if r.template == "change_notice"]
    assert [r.recipients for r in notices] == [(world.vk_id,)]
    shown = world.text(notices[0])
    assert "Отменено куратором" in shown, shown
    assert "\nПричина: в каникулы школа закрыта" in shown, shown
    templates, shown = await _say(world, "почему отменили интенсив по робототехнике?")
    assert templates == ["why_cancelled"], (templates, shown)
    assert "Причина: в каникулы школа закрыта" in shown, shown


async def test_a_pick_from_a_later_list_has_no_old_reason(world: ChatWorld) -> None:
    """The reason belongs to its list: a cancel picked from a list shown after it (without
    a reason) carries none."""
    await _two_intensives(world)
    await _say(world, "отмени интенсив, в каникулы школа закрыта", CURATOR)
    await _say(world, "что на следующей неделе?", CURATOR)
    await _say(world, "отмени интенсив", CURATOR)
    await _say(world, "отмени 2", CURATOR)
    replies = await world.planner.handle(CURATOR, "да")
    [notice] = [r for r in replies if r.template == "change_notice"]
    assert "Причина" not in world.text(notice)

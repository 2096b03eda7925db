"""Attack v (2026-12-02), finding 17: a post opening with «Согласовано с директором: …» and
going on to an event (a day, a clock time, classes, a place) is an event, not the curator's
agreement — from a partner it was swallowed («Согласует мероприятия куратор»), from the
curator it tried to agree «с директором: …». Over a real store (SQLite), a frozen clock and
the real templates; the sentences are written for these tests."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld
from tests.integration.test_walk_t_agreement import _events, _people, _say

world = chat_world.partner_world

POST = "Согласовано с директором: лекция по физике 23 декабря 15:00-16:00, 11 классы, ауд. 7"


async def test_a_partners_post_opening_with_agreed_is_read_as_an_event(world: ChatWorld) -> None:
    await _people(world)
    templates, shown = await _say(world, POST)
    assert templates == ["event_card"], (templates, shown)
    assert "Лекция по физике" in shown
    assert "ауд. 7" in shown
    await _say(world, "да")
    lecture = (await _events(world))["Лекция по физике"]
    assert lecture.venue == "ауд. 7"
    assert lecture.audience.grades == {11}


async def test_the_curators_same_post_opens_a_card(world: ChatWorld) -> None:
    await _people(world)
    templates, shown = await _say(world, POST, CURATOR)
    assert templates == ["event_card"], (templates, shown)
    assert "Лекция по физике" in shown


async def test_the_curators_agreeing_act_is_still_an_agreement(world: ChatWorld) -> None:
    """«Согласую лекцию по физике 23 декабря в 15:00, 11 классы» is the act of agreeing (no
    card), whatever it names."""
    await _people(world)
    await _say(world, POST)
    await _say(world, "да")
    templates, _ = await _say(world, "согласую лекцию по физике 23 декабря в 15:00", CURATOR)
    assert "event_card" not in templates, templates

"""Walk v (2026-12-02), finding F8: a 9А student signed up for a partner's relay held at the
hour of 9А's own test with no word about it, and the curator's «согласую …» answered a bare
«Согласовано ✅» over that open clash. Neither is refused now — the curator may have settled
it in person, the student may have leave — but both are told. Over a real store (SQLite), a
frozen clock and the real templates; sentences written for these tests."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld, own
from tests.integration.test_walk_t_agreement import _people, _say

world = chat_world.partner_world

STUDENT = 300
RELAY = "Городская эстафета 16 декабря в 11:00, все классы, Соборная площадь"
TEST = "Контрольная работа по алгебре 16 декабря в 11:00, 9А, каб. 12"


async def _relay_and_test(world: ChatWorld) -> None:
    """The partner's relay (waiting for agreement) and the curator's test of 9А at its hour."""
    await _people(world)
    await _say(world, RELAY)
    own(await world.say("да"))
    await _say(world, TEST, CURATOR)
    await _say(world, "да", CURATOR)


async def test_the_curator_hears_of_the_open_clash_when_agreeing(world: ChatWorld) -> None:
    await _relay_and_test(world)
    templates, reply = await _say(world, "согласую городскую эстафету", CURATOR)
    assert templates[0] == "agreement_done", (templates, reply)
    assert "Согласовано ✅" in reply, reply
    assert "Накладка остаётся" in reply, reply
    assert "Контрольная работа по алгебре" in reply, reply
    assert "те же ученики" in reply, reply


async def test_an_agreement_without_a_clash_says_nothing_of_one(world: ChatWorld) -> None:
    await _people(world)
    await _say(world, RELAY)
    own(await world.say("да"))
    templates, reply = await _say(world, "согласую городскую эстафету", CURATOR)
    assert templates[0] == "agreement_done", (templates, reply)
    assert "Накладка" not in reply, reply


async def test_the_student_is_told_of_his_class_event_at_sign_up(world: ChatWorld) -> None:
    """Signed up (not refused), with a line naming 9А's test at that hour; a 10Б student
    signing up for the same relay hears nothing of it."""
    await _relay_and_test(world)
    relay = next(
        e
        for e in await world.store.events_between(world.planner.clock.now(), None)
        if e.title == "Городская эстафета"
    )
    await _say(world, "я из 9А", STUDENT)
    templates, reply = await _say(world, "запиши меня на городскую эстафету", STUDENT)
    assert templates[0] == "signed_up", (templates, reply)
    assert "Вы записаны ✅" in reply, reply
    assert "В это же время у вашего класса (9А)" in reply, reply
    assert "Контрольная работа по алгебре" in reply, reply
    assert [p.vk_id for p in await world.store.signed_up(relay.id)] == [STUDENT]
    await _say(world, "я из 10Б", STUDENT + 1)
    templates, reply = await _say(world, "запиши меня на городскую эстафету", STUDENT + 1)
    assert templates[0] == "signed_up", (templates, reply)
    assert "В это же время" not in reply, reply

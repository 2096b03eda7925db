"""Left open after walk v F8 (round 19, item 5): a school test («Контрольная работа по
алгебре», 9А, added by the school) was offered to students for sign-up («Записаться: 2») as
if it were an event one goes to. A class's own lesson-like entries of the school — a test, a
dictation, a class hour, a lesson — are in the class's timetable: the student's list shows
them, marked, with no sign-up button, and a typed sign-up is refused politely. A partner's
«Урок финансовой грамотности» is still an event to sign up for. Over a real store (SQLite),
a frozen clock and the real templates; sentences written for these tests."""

from __future__ import annotations

from bot.core.models import Role
from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld, own, said
from tests.integration.test_walk_t_agreement import _people

world = chat_world.partner_world

STUDENT = 300
RELAY = "Городская эстафета 16 декабря в 11:00, все классы, Соборная площадь"
TEST = "Контрольная работа по алгебре 17 декабря в 11:00, 9А, каб. 12"
LESSON = "Урок финансовой грамотности 18 декабря в 12:00, 9 классы, ауд. 3"


async def _plan(world: ChatWorld) -> None:
    await _people(world)
    await said(world, RELAY)
    own(await world.say("да"))
    await said(world, LESSON)
    own(await world.say("да"))
    await said(world, TEST, CURATOR)
    await said(world, "да", CURATOR)
    await world.store.save_person(STUDENT, Role.STUDENT, "Петя", None, "9А")


async def test_the_list_offers_no_sign_up_for_a_school_test(world: ChatWorld) -> None:
    await _plan(world)
    replies = await world.planner.handle(STUDENT, "что в декабре?")
    [listing] = [r for r in replies if r.template == "events_list"]
    text = world.text(listing)
    lines = {line.split(". ", 1)[0]: line for line in text.split("\n") if ". " in line[:4]}
    test_number = next(n for n, line in lines.items() if "Контрольная работа" in line)
    assert "без записи" in lines[test_number], text
    numbers = {b.context["number"] for row in listing.buttons for b in row}
    assert int(test_number) not in numbers, (numbers, text)
    relay_number = next(n for n, line in lines.items() if "Городская эстафета" in line)
    lesson_number = next(n for n, line in lines.items() if "финансовой грамотности" in line)
    assert {int(relay_number), int(lesson_number)} <= numbers, (numbers, text)
    templates, reply = await said(world, f"записаться {test_number}", STUDENT)
    assert templates == ["signup_unavailable"], (templates, reply)
    assert "Контрольная работа по алгебре" in reply, reply
    assert "не записываются" in reply, reply


async def test_a_school_test_is_refused_by_name_and_by_a_forged_button(world: ChatWorld) -> None:
    await _plan(world)
    templates, reply = await said(world, "запиши меня на контрольную работу", STUDENT)
    assert templates == ["signup_unavailable"], (templates, reply)
    test = next(
        e
        for e in await world.store.events_between(world.planner.clock.now(), None)
        if e.title.startswith("Контрольная")
    )
    replies = await world.planner.handle(STUDENT, "", {"a": "signup", "id": test.id})
    assert [r.template for r in replies] == ["signup_unavailable"], replies
    assert await world.store.signed_up(test.id) == []
    templates, reply = await said(world, "запиши меня на урок финансовой грамотности", STUDENT)
    assert templates[0] == "signed_up", (templates, reply)

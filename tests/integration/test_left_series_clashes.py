"""Left open after walk v F8 (round 19, item 1): the clash told at agreement and at sign-up
was read from the first meetings only. A weekly club «по средам» agreed whole («согласовать
всё от КГТУ») said nothing of its eleventh meeting falling on 9А's test, and a 9А student
signed up for all its meetings at once («запиши меня на все») heard nothing of the third
one's. Now every meeting is checked and the clashing one is named by its date. Over a real
store (SQLite), a frozen clock (Tuesday 1 December 2026, Kaliningrad) and the real
templates; sentences written for these tests."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld, own, said
from tests.integration.test_walk_t_agreement import _people

world = chat_world.partner_world

STUDENT = 300
# 13 Wednesdays, 2 December 2026 – 24 February 2027
CLUB = "Шахматный кружок по средам в 15:00-16:00 со 2 декабря по 24 февраля, 9 классы, каб. 5"


async def _club_and_test(world: ChatWorld, test_day: str) -> None:
    """The partner's weekly club (waiting for agreement) and the curator's test of 9А at the
    hour of the meeting on `test_day`."""
    await _people(world)
    await said(world, CLUB)
    own(await world.say("да"))
    await said(world, f"Контрольная работа по алгебре {test_day} в 15:00, 9А, каб. 12", CURATOR)
    await said(world, "да", CURATOR)


async def test_agreeing_a_whole_series_names_the_late_meeting_that_clashes(
    world: ChatWorld,
) -> None:
    """The eleventh meeting (10 February) clashes: past the five meetings the reply lists."""
    await _club_and_test(world, "10 февраля")
    templates, reply = await said(world, "согласовать всё от КГТУ", CURATOR)
    assert templates[0] == "agreement_done", (templates, reply)
    assert "Накладка остаётся" in reply, reply
    assert "Контрольная работа по алгебре" in reply, reply
    warning = reply[reply.index("Накладка остаётся") : reply.index("Развести")]
    assert "10 февраля" in warning, reply  # the meeting that clashes, by its date
    assert "2 декабря" not in warning, reply  # not the first one's


async def test_agreeing_one_meeting_without_a_clash_says_nothing_of_the_others(
    world: ChatWorld,
) -> None:
    await _club_and_test(world, "10 февраля")
    await said(world, "согласую шахматный кружок", CURATOR)  # which one? — a list
    templates, reply = await said(world, "согласую 1", CURATOR)
    assert templates[0] == "agreement_done", (templates, reply)
    assert "Накладка" not in reply, reply


async def test_signing_up_for_every_meeting_names_the_third_ones_class_event(
    world: ChatWorld,
) -> None:
    await _club_and_test(world, "16 декабря")
    await said(world, "я из 9А", STUDENT)
    await said(world, "запиши меня на шахматный кружок", STUDENT)
    templates, reply = await said(world, "запиши меня на все", STUDENT)
    assert templates[0] == "signed_up_many", (templates, reply)
    assert "В это же время у вашего класса (9А)" in reply, reply
    warning = reply[reply.index("В это же время") : reply.index("Записи сохранены")]
    assert "16 декабря" in warning, reply
    assert "Контрольная работа по алгебре" in warning, reply
    assert "2 декабря" not in warning, reply
    club = [
        e
        for e in await world.store.events_between(world.planner.clock.now(), None)
        if e.title == "Шахматный кружок"
    ]
    mine = await world.store.get_person_by_vk(STUDENT)
    assert mine is not None
    held = [e for e in club if await world.store.signup_status(e.id, mine.id) == "going"]
    assert len(held) == 13, held  # every coming meeting, also past the list's 60 days


async def test_a_student_of_another_class_hears_nothing_of_9a_test(world: ChatWorld) -> None:
    await _club_and_test(world, "16 декабря")
    await said(world, "я из 9Б", STUDENT)
    await said(world, "запиши меня на шахматный кружок", STUDENT)
    templates, reply = await said(world, "запиши меня на все", STUDENT)
    assert templates[0] == "signed_up_many", (templates, reply)
    assert "В это же время" not in reply, reply

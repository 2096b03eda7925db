"""Cancelling «эту и следующие» of a weekly series tells each signed-up student every
meeting of theirs that is cancelled, in one message (newcomer walk 2026-12-01c, finding 4),
through the planner (real SQLite store, frozen clock, real templates)."""

from __future__ import annotations

from tests.integration.test_conversation_changes import (
    KGTU_REP,
    OTHER_STUDENT,
    STUDENT,
    World,
    add,
)
from tests.integration.test_conversation_changes import world as world  # the fixture


async def _sign_up(world: World, vk_id: int, day: str) -> None:
    await world.say(vk_id, f"что {day}?")
    [reply, *_] = await world.say(vk_id, "записаться 1")
    assert reply.template in ("signed_up", "signed_up_waiting"), reply.template


async def test_each_student_hears_of_every_cancelled_meeting_once(world: World) -> None:
    await add(world, KGTU_REP, "Шахматный клуб каждый четверг в 15:00 до конца декабря, 9 классы")
    for day in ("3 декабря", "10 декабря", "17 декабря", "24 декабря"):
        await _sign_up(world, STUDENT, day)
    await _sign_up(world, OTHER_STUDENT, "24 декабря")
    await world.say(KGTU_REP, "что 10 декабря?")
    await world.say(KGTU_REP, "отмени 1")
    await world.say(KGTU_REP, "эту и следующие")
    replies = await world.say(KGTU_REP, "да")
    told = [r for r in replies if r.template == "participant_cancelled"]
    by_student = {r.recipients: world.text(r) for r in told}
    assert sorted(by_student) == [(STUDENT,), (OTHER_STUDENT,)]  # one message each
    mine = by_student[(STUDENT,)]
    for day in ("10 декабря", "17 декабря", "24 декабря"):
        assert day in mine
    assert "3 декабря" not in mine  # not cancelled
    theirs = by_student[(OTHER_STUDENT,)]
    assert "24 декабря" in theirs
    assert "10 декабря" not in theirs  # they never signed up to it
    assert [d for _, d, _ in await world.titles()] == [26, 3]


async def test_a_single_cancel_keeps_its_one_line_notice(world: World) -> None:
    await add(world, KGTU_REP, "Лекция 15 декабря в 15:00, 9 классы")
    await _sign_up(world, STUDENT, "15 декабря")
    await world.say(KGTU_REP, "что 15 декабря?")
    await world.say(KGTU_REP, "отмени 1")
    replies = await world.say(KGTU_REP, "да")
    [notice] = [r for r in replies if r.template == "participant_cancelled"]
    assert world.text(notice).startswith("❌ Мероприятие «Лекция» (15 декабря")

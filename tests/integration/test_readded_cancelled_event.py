"""A cancelled event typed again by its organiser is restored, not saved as a new one: the
card says so, «да» brings the cancelled event back with its sign-ups, and the students told
«отменено» hear it will take place after all (newcomer walk 2026-12-01c, finding 3), through
the planner (real SQLite store, frozen clock, real templates)."""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import EventStatus
from tests.integration.test_conversation_changes import (
    BFU_REP,
    CURATOR,
    KGTU_REP,
    NOW,
    STUDENT,
    World,
    add,
)
from tests.integration.test_conversation_changes import world as world  # the fixture

LECTURE = "Лекция о мостах 15 декабря с 15:00 до 16:00, 9Б, ауд. 204"


async def _cancelled_with_a_student(world: World) -> None:
    await add(world, KGTU_REP, LECTURE)
    await world.say(STUDENT, "я из 9Б")
    await world.say(STUDENT, "что 15 декабря?")
    [signed] = await world.say(STUDENT, "записаться 1")
    assert signed.template == "signed_up", signed.template
    await world.say(KGTU_REP, "отмени")
    replies = await world.say(KGTU_REP, "да")
    assert replies[0].template == "cancelled"
    assert [r.recipients for r in replies if r.template == "participant_cancelled"] == [(STUDENT,)]
    assert await world.titles() == []
    world.clock.set(NOW + timedelta(minutes=1))


async def test_the_same_event_typed_again_is_restored_with_its_sign_ups(world: World) -> None:
    await _cancelled_with_a_student(world)
    [card] = await world.say(KGTU_REP, LECTURE)
    assert card.template == "event_card"
    text = world.text(card)
    assert "было отменено" in text, text
    assert "записи сохранятся (1 ученик)" in text, text
    assert "всё-таки состоится" in text
    replies = await world.say(KGTU_REP, "да")
    assert replies[0].template == "restored", [r.template for r in replies]
    assert "Вернул отменённое мероприятие" in world.text(replies[0])
    [to_student] = [r for r in replies if r.template == "participant_restored"]
    assert to_student.recipients == (STUDENT,)
    assert "всё-таки состоится" in world.text(to_student)
    assert "15 декабря" in world.text(to_student)
    notices = {r.recipients: r.template for r in replies[1:]}
    assert notices == {(CURATOR,): "change_notice", (STUDENT,): "participant_restored"}
    # one event, the old one, confirmed, the student still going
    events = await world.store.events_between(NOW, None)
    assert [(e.title, e.status) for e in events] == [("Лекция о мостах", EventStatus.CONFIRMED)]
    person = await world.store.get_person_by_vk(STUDENT)
    assert person is not None
    assert await world.store.signup_status(events[0].id, person.id) == "going"
    [mine] = await world.say(STUDENT, "мои мероприятия")
    assert "Лекция о мостах" in world.text(mine)


async def test_typed_again_at_another_hour_of_the_day_is_restored_at_that_hour(
    world: World,
) -> None:
    await _cancelled_with_a_student(world)
    [card] = await world.say(KGTU_REP, "Лекция о мостах 15 декабря с 17:00 до 18:00, 9Б, ауд. 204")
    assert "вернёт его на 15 декабря (вт), 17:00–18:00" in world.text(card), world.text(card)
    replies = await world.say(KGTU_REP, "да")
    assert replies[0].template == "restored"
    [to_student] = [r for r in replies if r.template == "participant_restored"]
    assert "17:00" in world.text(to_student)
    assert await world.titles() == [("Лекция о мостах", 15, 17)]


async def test_another_organisation_or_other_classes_make_a_new_event(world: World) -> None:
    await _cancelled_with_a_student(world)
    [card] = await world.say(BFU_REP, LECTURE)  # БФУ's own lecture: not КГТУ's to restore
    assert "было отменено" not in world.text(card)
    assert (await world.say(BFU_REP, "да"))[0].template == "saved"
    [card] = await world.say(KGTU_REP, "Лекция о мостах 15 декабря с 17:00 до 18:00, 10А, ауд. 204")
    assert "было отменено" not in world.text(card)
    assert (await world.say(KGTU_REP, "да"))[0].template == "saved"
    cancelled = [
        e
        for e in await world.store.events_overlapping(
            NOW, NOW + timedelta(days=30), include_cancelled=True
        )
        if e.status is EventStatus.CANCELLED
    ]
    assert len(cancelled) == 1  # the КГТУ lecture for 9Б stays cancelled


async def test_restored_twice_tells_the_student_twice(world: World) -> None:
    """Cancel, re-add, cancel, re-add: each «всё-таки состоится» is a new message."""
    await _cancelled_with_a_student(world)
    await world.say(KGTU_REP, LECTURE)
    first = await world.say(KGTU_REP, "да")
    await world.say(KGTU_REP, "отмени")
    await world.say(KGTU_REP, "да")
    await world.say(KGTU_REP, LECTURE)
    second = await world.say(KGTU_REP, "да")
    keys = [r.dedupe_key for r in first + second if r.template == "participant_restored"]
    assert len(keys) == 2
    assert keys[0] != keys[1]

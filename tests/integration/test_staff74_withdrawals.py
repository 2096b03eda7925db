"""staff74 (staff72's leftovers): an edit that leaves a signed-up student out of an event —
made staff-only, or narrowed to another class — withdraws the sign-up in the edit's own
transaction, the change card and the «Изменено ✅» reply say how many sign-ups go, and the
student is told why. Through the real planner (the console's and VK's one entry point),
real SQLite store (PostgreSQL under -p tests.pg_everywhere), real templates. All sentences
are my own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.models import Audience
from tests.integration.test_conversation_changes import (
    KGTU_REP,
    OTHER_STUDENT,
    STUDENT,
    TZ,
    World,
    add,
)
from tests.integration.test_conversation_changes import world as world  # the fixture

MEETING = "Встреча с выпускниками 15 декабря в 18:30, 9Б, 10А, актовый зал"


def at(day: int, hour: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, tzinfo=TZ)


async def _two_signed_up(world: World) -> int:
    """The meeting for 9Б and 10А, STUDENT (9Б) and OTHER_STUDENT (10А) signed up; its id."""
    await add(world, KGTU_REP, MEETING)
    for vk_id, grade in ((STUDENT, "9Б"), (OTHER_STUDENT, "10А")):
        await world.say(vk_id, f"я из {grade}")
        [done, *_] = await world.say(vk_id, "запиши меня на встречу с выпускниками")
        assert done.template == "signed_up", world.text(done)
    [event] = await world.store.events_between(at(1), None)
    return event.id


async def _going(world: World, event_id: int) -> list[int]:
    return sorted(p.vk_id for p in await world.store.signed_up(event_id))


async def test_a_failed_withdrawal_leaves_the_edit_undone(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The edit and the withdrawal are one write: the second failing undoes the first (no
    staff-only meeting keeping its students, no withdrawn student of a meeting still open)."""
    event_id = await _two_signed_up(world)
    [card] = await world.say(KGTU_REP, "поменяй классы на педагоги")
    assert card.template == "change_card", world.text(card)

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(world.store, "cancel_signup", broken)
    [failed] = await world.say(KGTU_REP, "да")
    assert failed.template == "error", world.text(failed)
    monkeypatch.undo()
    event = await world.store.get_event(event_id)
    assert event is not None
    assert event.audience == Audience(classes=frozenset({"9Б", "10А"})), event.audience
    assert await _going(world, event_id) == [STUDENT, OTHER_STUDENT]


async def test_the_card_and_the_reply_say_how_many_sign_ups_go(world: World) -> None:
    """Before: the card said only «📨 Сообщу: … 2 записавшимся ученикам» and the reply
    «Сообщил: …» — nothing of the two sign-ups it withdrew."""
    event_id = await _two_signed_up(world)
    [card] = await world.say(KGTU_REP, "поменяй классы на педагоги")
    shown = world.text(card)
    assert "🚫 Снимется запись 2 учеников: ученики на мероприятие только для педагогов не идут" in (
        shown
    ), shown
    replies = await world.say(KGTU_REP, "да")
    done = world.text(replies[0])
    assert "🚫 Снята запись 2 учеников" in done, done
    assert await _going(world, event_id) == []


async def test_narrowing_to_another_class_withdraws_the_class_left_out(world: World) -> None:
    """Before: the 9Б student kept the sign-up with «Классы были: 9Б, 10А. Ваша запись
    сохранена.», though 9Б is no longer invited."""
    event_id = await _two_signed_up(world)
    [card] = await world.say(KGTU_REP, "поменяй классы на 10А")
    assert card.template == "change_card", world.text(card)
    shown = world.text(card)
    assert "🚫 Снимется запись 1 ученика: их класс больше не приглашён" in shown, shown
    replies = await world.say(KGTU_REP, "да")
    assert "🚫 Снята запись 1 ученика" in world.text(replies[0]), world.text(replies[0])
    told = {r.recipients: r for r in replies if set(r.recipients) & {STUDENT, OTHER_STUDENT}}
    left = world.text(told[(STUDENT,)])
    assert told[(STUDENT,)].template == "participant_withdrawn", left
    assert "«Встреча с выпускниками», 15 декабря (вт), 18:30, теперь для 10А" in left, left
    assert "ваш класс не приглашён, поэтому ваша запись снята" in left, left
    assert "сохранена" not in left, left
    assert "Ваша запись сохранена" in world.text(told[(OTHER_STUDENT,)])
    assert await _going(world, event_id) == [OTHER_STUDENT]
    mine = " ".join(world.text(r) for r in await world.say(STUDENT, "мои мероприятия"))
    assert "Встреча с выпускниками" not in mine, mine


async def test_undo_of_a_narrowing_signs_the_class_up_again(world: World) -> None:
    event_id = await _two_signed_up(world)
    await world.say(KGTU_REP, "поменяй классы на 10А")
    await world.say(KGTU_REP, "да")
    replies = await world.say(KGTU_REP, "верни")
    assert replies[0].template == "undone", [r.template for r in replies]
    assert await _going(world, event_id) == [STUDENT, OTHER_STUDENT]


async def test_a_widening_withdraws_nobody_and_says_nothing_of_it(world: World) -> None:
    """The control: 9Б and 10А widened to the whole of grades 9 and 10."""
    event_id = await _two_signed_up(world)
    [card] = await world.say(KGTU_REP, "поменяй классы на 9-10")
    assert "Снимется" not in world.text(card), world.text(card)
    replies = await world.say(KGTU_REP, "да")
    assert "Снята" not in world.text(replies[0])
    assert await _going(world, event_id) == [STUDENT, OTHER_STUDENT]


async def test_undo_signs_up_again_for_every_meeting_of_a_series(world: World) -> None:
    """A series made staff-only: the student is told once (the earliest meeting), but each
    meeting's sign-up was withdrawn; «верни» must bring every one back, not the first only."""
    await add(world, KGTU_REP, "Кружок робототехники по средам в 16:00 с 9 по 23 декабря, 9Б")
    await world.say(STUDENT, "я из 9Б")
    meetings = await world.store.events_between(at(1), None)
    assert len(meetings) == 3, [e.title for e in meetings]
    student = await world.store.get_person_by_vk(STUDENT)
    assert student is not None
    for event in meetings:
        await world.store.sign_up(event.id, student.id)
    [question] = await world.say(KGTU_REP, "поменяй классы на педагоги")
    if question.template == "change_scope":
        await world.say(KGTU_REP, "все")
    replies = await world.say(KGTU_REP, "да")
    assert replies[0].template == "updated", [r.template for r in replies]
    assert [r.template for r in replies if STUDENT in r.recipients] == ["participant_withdrawn"]
    for event in meetings:
        assert await _going(world, event.id) == []
    replies = await world.say(KGTU_REP, "верни")
    assert replies[0].template == "undone", [r.template for r in replies]
    for event in meetings:
        assert await _going(world, event.id) == [STUDENT], event.start

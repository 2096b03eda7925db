"""staff72 (newcomer72, left 4): a partner makes an event a 9Б student signed up for (and
asked «напомни …» about) staff-only by chat — «поменяй классы на педагоги», «да» — and the
notification loop is ticked as tests/integration/test_safety72_reminders.py does. Real
planner, real store (SQLite; PostgreSQL under -p tests.pg_everywhere), real templates.

Decided: a student cannot go to a teachers' (or parents') meeting, so such a change
withdraws their sign-up (a waiting list's place too) and their change notice says so instead
of «Ваша запись сохранена»; no reminder of it comes after (safety72's send-time check; a
one-off says «снято» once). All sentences are my own."""

from __future__ import annotations

from datetime import datetime

from bot.core.replies import Reply
from bot.scheduling import NotificationLoop
from tests.integration.test_conversation_changes import (
    KGTU_REP,
    OTHER_STUDENT,
    STUDENT,
    TZ,
    World,
    add,
)
from tests.integration.test_conversation_changes import world as world  # the fixture

MEETING = "Встреча с выпускниками 15 декабря в 18:30, 9Б, актовый зал"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=TZ)


class Sent:
    """The notification loop over the world's store and clock; what it sends, per tick."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.sent: list[Reply] = []
        self.loop = NotificationLoop(world.store, world.clock, TZ, self._send)

    async def _send(self, reply: Reply) -> None:
        self.sent.append(reply)

    async def tick_at(self, moment: datetime) -> list[Reply]:
        self.world.clock.set(moment)
        self.sent.clear()
        await self.loop.tick()
        return [r for r in self.sent if STUDENT in r.recipients]


async def _signed_up_and_reminded(world: World) -> None:
    await add(world, KGTU_REP, MEETING)
    await world.say(STUDENT, "я из 9Б")
    [done, *_] = await world.say(STUDENT, "запиши меня на встречу с выпускниками")
    assert done.template == "signed_up", world.text(done)
    [set_] = await world.say(STUDENT, "напомни 14 декабря в 18:30 про встречу с выпускниками")
    assert set_.template == "moment_reminder_set", world.text(set_)


async def _made_staff_only(world: World) -> Reply:
    [card] = await world.say(KGTU_REP, "поменяй классы на педагоги")
    assert card.template == "change_card", world.text(card)
    replies = await world.say(KGTU_REP, "да")
    assert replies[0].template == "updated", [r.template for r in replies]
    [told] = [r for r in replies if STUDENT in r.recipients]
    return told


async def test_no_reminder_of_a_meeting_made_staff_only_by_chat(world: World) -> None:
    await _signed_up_and_reminded(world)
    await _made_staff_only(world)
    loop = Sent(world)
    sent = await loop.tick_at(at(14, 18, 30))
    texts = [world.text(r) for r in sent]
    assert not any("Вы записаны" in t or "Вы просили напомнить" in t for t in texts), texts
    assert [r.template for r in sent] == ["moment_reminder_dropped"], texts
    for moment in (at(14, 18, 31), at(15, 17, 30), at(15, 18, 0)):
        assert await loop.tick_at(moment) == [], loop.sent


async def test_the_student_is_told_the_sign_up_is_withdrawn(world: World) -> None:
    """Before: «… педагоги. Классы были: 9Б. Ваша запись сохранена.», and the meeting stayed
    in «мои мероприятия»."""
    await _signed_up_and_reminded(world)
    told = await _made_staff_only(world)
    text = world.text(told)
    assert told.template == "participant_withdrawn", text
    assert "сохранена" not in text, text
    assert "«Встреча с выпускниками», 15 декабря (вт), 18:30" in text, text
    assert "только для педагогов" in text, text
    assert "запись снята" in text, text
    [event] = await world.store.events_between(at(1, 0), None)
    assert await world.store.signed_up(event.id) == []
    mine = " ".join(world.text(r) for r in await world.say(STUDENT, "мои мероприятия"))
    assert "Встреча с выпускниками" not in mine, mine


async def test_a_waiting_student_is_withdrawn_too_and_nobody_moves_up(world: World) -> None:
    await add(world, KGTU_REP, MEETING + ", мест: 1")
    for vk_id in (STUDENT, OTHER_STUDENT):
        await world.say(vk_id, "я из 9Б")
        await world.say(vk_id, "запиши меня на встречу с выпускниками")
    [event] = await world.store.events_between(at(1, 0), None)
    assert [p.vk_id for p in await world.store.signed_up(event.id, "waiting")] == [OTHER_STUDENT]
    [card] = await world.say(KGTU_REP, "поменяй классы на педагоги")
    assert card.template == "change_card", world.text(card)
    replies = await world.say(KGTU_REP, "да")
    to_students = {r.recipients: r for r in replies if set(r.recipients) & {STUDENT, OTHER_STUDENT}}
    assert set(to_students) == {(STUDENT,), (OTHER_STUDENT,)}, [r.template for r in replies]
    waiting = world.text(to_students[(OTHER_STUDENT,)])
    assert "листе ожидания" in waiting, waiting
    assert "сохранена" not in world.text(to_students[(STUDENT,)])
    assert not any(r.template == "signup_promoted" for r in replies), [r.template for r in replies]
    for status in ("going", "waiting"):
        assert await world.store.signed_up(event.id, status) == []


async def test_a_change_that_keeps_students_still_keeps_the_sign_up(world: World) -> None:
    """The control: classes widened, the sign-up kept and said so, as before."""
    await _signed_up_and_reminded(world)
    [card] = await world.say(KGTU_REP, "поменяй классы на 9А, 9Б")
    assert card.template == "change_card", world.text(card)
    replies = await world.say(KGTU_REP, "да")
    [told] = [r for r in replies if STUDENT in r.recipients]
    assert told.template == "participant_updated", world.text(told)
    assert "Ваша запись сохранена" in world.text(told)


async def test_undo_signs_the_withdrawn_student_up_again(world: World) -> None:
    """«верни» signs the withdrawn student up again and tells them so: «Ваша запись
    восстановлена» (safety74; it was «сохранена», which it had not been)."""
    await _signed_up_and_reminded(world)
    await _made_staff_only(world)
    replies = await world.say(KGTU_REP, "верни")
    assert replies[0].template == "undone", [r.template for r in replies]
    [told] = [r for r in replies if STUDENT in r.recipients]
    assert "Ваша запись восстановлена" in world.text(told), world.text(told)
    [event] = await world.store.events_between(at(1, 0), None)
    assert [p.vk_id for p in await world.store.signed_up(event.id)] == [STUDENT]

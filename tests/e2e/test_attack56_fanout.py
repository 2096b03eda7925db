"""Attack 56: an event changed while its reminders are going out, through the real bot and
the local VK server. A reminder fan-out to 250 students is three batches (≤ 100 each); the
VK server holds its answer to the first students' batch (`FakeVK.before_answer`) while the
organiser cancels or moves the event, or a student of the third batch says «не пойду», by
chat. The batches claimed after that must tell what is true then: nothing of a cancelled
event, nothing of the old time of a moved one, nothing to a student who has left it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from bot.core.ports import FixedClock
from tests.e2e.conftest import CURATOR, Running
from tests.e2e.test_faults_delivery import FIRST, ORGANISER, at, lecture, received
from tests.e2e.vk_server import FakeVK

STUDENTS = 250  # three students' batches: 100, 100, 50
LAST = FIRST + STUDENTS - 1  # in the third batch


def while_first_batch_waits(
    vk: FakeVK, act: Callable[[], Awaitable[None]], fragment: str = "Напоминание"
) -> dict[str, int]:
    """Make VK hold its answer to the first students' call whose text has `fragment` (the
    reminder) until `act()` is done (once); returns a tally whose "acted" is the number of
    messages delivered by then."""
    seen = {"acted": -1}

    async def hold(params: dict[str, Any]) -> None:
        peers = str(params.get("peer_ids") or params.get("peer_id"))
        if (
            seen["acted"] < 0
            and fragment in str(params.get("message"))
            and (str(FIRST) in peers.split(","))
        ):
            seen["acted"] = 0
            await act()
            seen["acted"] = len(vk.sent)

    vk.before_answer = hold
    return seen


async def until(predicate: Callable[[], bool], within: float = 30.0) -> None:
    """Poll `predicate` every 50 ms (FakeVK.wait_for wakes on a call's arrival, before the
    call's message is recorded: the last call of all would wake no one)."""
    for _ in range(int(within / 0.05)):
        if predicate():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("not within the time")


def reminded_after(vk: FakeVK, since: int) -> set[int]:
    """The students who got a reminder among the messages delivered after index `since`."""
    return {
        p
        for m in vk.sent[since:]
        if "Напоминание" in m.text
        for p in m.peer_ids
        if FIRST <= p <= LAST
    }


async def test_a_cancel_during_the_reminder_fan_out_stops_the_batches_after_it(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    await lecture(running, STUDENTS)

    async def cancel() -> None:
        vk.push_message(ORGANISER, "отмени лекцию о роботах")
        await vk.wait_text(ORGANISER, "Отменить «Лекция о роботах»")
        vk.push_message(ORGANISER, "да")
        await vk.wait_text(ORGANISER, "Отменено")
        await vk.wait_text(LAST, "отменено")

    seen = while_first_batch_waits(vk, cancel)
    clock.set(at("2026-12-14T15:00"))  # the 24-hour reminder of the 15 December lecture
    await running.app.loop.tick()
    assert seen["acted"] > 0
    assert reminded_after(vk, seen["acted"]) == set()  # «Напоминание» after «отменено»: none
    clock.set(at("2026-12-14T15:01"))
    await running.app.loop.tick()
    assert reminded_after(vk, seen["acted"]) == set()
    assert "отменено" in [t for t in vk.texts_to(LAST) if "Лекция о роботах" in t][-1]


async def test_a_move_during_the_reminder_fan_out_never_sends_the_old_time_after_it(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    await lecture(running, STUDENTS)

    async def move() -> None:
        vk.push_message(ORGANISER, "перенеси лекцию о роботах на 17.12 в 16:00")
        await vk.wait_text(ORGANISER, "Перенести «Лекция о роботах»?")
        vk.push_message(ORGANISER, "да")
        await vk.wait_text(ORGANISER, "Перенесено")
        await vk.wait_text(LAST, "перенесено")

    seen = while_first_batch_waits(vk, move)
    clock.set(at("2026-12-14T15:00"))
    await running.app.loop.tick()
    assert seen["acted"] > 0
    late = [m.text for m in vk.sent[seen["acted"] :] if "Напоминание" in m.text]
    assert late == [], late[:1]  # the 17 December time has reminders of its own, later
    clock.set(at("2026-12-14T15:01"))
    await running.app.loop.tick()
    assert reminded_after(vk, seen["acted"]) == set()


async def test_a_student_who_leaves_during_the_fan_out_is_not_reminded(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    await lecture(running, STUDENTS)

    async def leave() -> None:
        vk.push_message(LAST, "не пойду на лекцию о роботах")
        await vk.wait_text(LAST, "Лекция о роботах")

    seen = while_first_batch_waits(vk, leave)
    clock.set(at("2026-12-14T15:00"))
    await running.app.loop.tick()
    assert seen["acted"] > 0
    got = reminded_after(vk, seen["acted"])
    assert LAST not in got  # «не пойду» was committed before the third batch was claimed
    assert got == {FIRST + i for i in range(100, STUDENTS - 1)}  # the others: once each


async def test_a_student_signing_up_during_the_fan_out_is_reminded_as_the_reply_says(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    await lecture(running, STUDENTS)
    late = FIRST + 999
    replies: list[str] = []

    async def sign_up() -> None:
        vk.push_message(late, "я из 9А")
        await vk.wait_text(late, "Запомнил")
        vk.push_message(late, "запиши меня на лекцию о роботах")
        replies.append(await vk.wait_text(late, "Вы записаны"))

    seen = while_first_batch_waits(vk, sign_up)
    clock.set(at("2026-12-14T15:00"))
    await running.app.loop.tick()
    assert seen["acted"] > 0
    [reply] = replies
    assert "Напомню 15 декабря в 14:00" in reply, reply  # the 24-hour moment had passed
    clock.set(at("2026-12-14T15:01"))
    await running.app.loop.tick()
    assert not [t for t in vk.texts_to(late) if "Напоминание" in t]
    for moment in ("2026-12-15T14:00", "2026-12-15T14:01"):
        clock.set(at(moment))
        await running.app.loop.tick()
    assert len([t for t in vk.texts_to(late) if "Напоминание" in t]) == 1
    counts = received(vk, "Напоминание")
    assert {n for p, n in counts.items() if FIRST <= p <= LAST} == {2}  # the others: both


async def test_a_cancel_during_a_move_notices_fan_out_is_the_last_word_of_every_student(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    await lecture(running, STUDENTS)

    async def cancel() -> None:  # the curator: the organiser's own messages wait their turn
        vk.push_message(CURATOR, "отмени лекцию о роботах")
        await vk.wait_text(CURATOR, "Отменить «Лекция о роботах»")
        vk.push_message(CURATOR, "да")
        await vk.wait_text(CURATOR, "Отменено")
        await until(lambda: any("отменено" in t for t in vk.texts_to(LAST)))

    seen = while_first_batch_waits(vk, cancel, "перенес")
    vk.push_message(ORGANISER, "перенеси лекцию о роботах на 17.12 в 16:00")
    await vk.wait_text(ORGANISER, "Перенести «Лекция о роботах»?")
    vk.push_message(ORGANISER, "да")
    await until(lambda: seen["acted"] > 0)  # polled: the last call may wake no waiter
    await asyncio.sleep(1.0)  # the move notice's later calls, if any still go
    clock.set(clock.now() + timedelta(minutes=10))
    await running.app.loop.tick()  # and the outbox
    last_words = {
        p: [t for t in vk.texts_to(p) if "Лекция о роботах" in t][-1]
        for p in range(FIRST, LAST + 1)
    }
    wrong = {p: t for p, t in last_words.items() if "отмен" not in t}
    assert not wrong, (len(wrong), next(iter(wrong.values()), ""))

"""VK's answers the bot must read, through the real bot and the local VK server: error 901 for
some recipients of a peer_ids call, error 912 for keyboards (bot capabilities off), a failed
2nd batch of a fan-out, and resends after "VK accepted, the bot never heard" (reminders and
planner notices)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.transports.vk.sender import SendFailed
from tests.e2e.conftest import FAST_RETRY, TZ, Running
from tests.e2e.vk_server import FakeVK

ORGANISER = 2001
FIRST = 50_000


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


async def lecture(running: Running, students: int, start: str = "2026-12-15T15:00") -> int:
    """A lecture with `students` sign-ups (vk ids from FIRST) and one organiser."""
    store = running.app.store
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    await store.save_person(ORGANISER, Role.PARTNER, "Анна", org.id)
    begins = at(start)
    [event] = await store.add_events(
        [NewEvent("Лекция о роботах", org.id, begins, begins + timedelta(hours=1))], None
    )
    for i in range(students):
        person = await store.save_person(FIRST + i, Role.STUDENT, "", class_name="9А")
        await store.sign_up(event.id, person.id)
    return event.id


def received(vk: FakeVK, fragment: str) -> Counter[int]:
    """peer → how many delivered messages contained `fragment`."""
    return Counter(p for m in vk.sent if fragment in m.text for p in m.peer_ids)


def students(count: int) -> set[int]:
    return {FIRST + i for i in range(count)}


async def test_a_901_recipient_is_not_counted_as_sent_never_retried_and_shown(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    event_id = await lecture(running, 5)
    vk.closed = {FIRST + 1, FIRST + 3}
    clock.set(at("2026-12-14T15:00"))
    await running.app.loop.tick()
    got = received(vk, "Напоминание")
    assert set(got) == (students(5) - vk.closed) | {ORGANISER}
    assert await running.app.store.undelivered_counts([event_id]) == {event_id: 2}
    calls = vk.raw_sends
    clock.set(at("2026-12-15T14:00"))  # the 1-hour reminder: a new notification, refused again
    await running.app.loop.tick()
    clock.set(at("2026-12-15T14:05"))
    await running.app.loop.tick()
    assert vk.raw_sends == calls + 2  # one call per side for the 1-hour reminder, no retries
    assert await running.app.store.undelivered_counts([event_id]) == {event_id: 2}

    vk.push_message(ORGANISER, "мои мероприятия")
    listing = await vk.wait_text(ORGANISER, "Ваши мероприятия")
    assert "не доставлено: 2 (закрыли сообщения сообществу)" in listing
    clock.set(at("2026-12-16T12:00"))
    vk.push_message(1000, "итоги декабря")
    report = await vk.wait_text(1000, "Итоги")
    assert "Не доставлено: 2 (закрыли сообщения сообществу)" in report


async def test_without_bot_capabilities_the_poll_comes_as_plain_text_once(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    await lecture(running, 3)
    vk.bot_capabilities = False
    clock.set(at("2026-12-15T16:05"))
    await running.app.loop.tick()
    polls = [m for m in vk.sent if "Как прошло" in m.text]
    assert polls
    assert all(m.keyboard is None for m in polls)
    assert received(vk, "Как прошло") == Counter(dict.fromkeys(students(3) | {ORGANISER}, 1))
    assert any(
        name == "messages.send" and "keyboard" in params for _, name, params in vk.calls
    )  # the keyboard was tried first and refused with 912


async def test_vk_failing_the_second_batch_doubles_nobody(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    await lecture(running, 250)

    def fail_the_next(params: dict[str, Any]) -> None:
        vk.on_send = None
        vk.fail_next("messages.send", code=100)  # not retried by the API client

    vk.on_send = fail_the_next
    clock.set(at("2026-12-14T15:00"))
    await running.app.loop.tick()
    first = received(vk, "Напоминание")
    first.pop(ORGANISER)  # the organisers' notification is another call
    assert sorted(first.values()) == [1] * 100  # the students' 1st batch only
    clock.set(at("2026-12-14T15:01"))
    await running.app.loop.tick()  # the failed batch is resent, the rest claimed and sent
    got = received(vk, "Напоминание")
    assert got == Counter(dict.fromkeys(students(250) | {ORGANISER}, 1))


async def test_a_batch_vk_accepted_but_the_bot_never_confirmed_is_not_delivered_twice(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    await lecture(running, 120)
    # VK delivers the first batch, then its answer is lost (HTTP 500); the API client retries
    original = vk._m_messages_send

    def accept_then_lose(params: dict[str, Any]) -> Any:
        answer = original(params)
        if vk.raw_sends == 1:
            raise ConnectionResetError("the answer never reached the bot")
        return answer

    vk._m_messages_send = accept_then_lose  # type: ignore[method-assign]
    clock.set(at("2026-12-14T15:00"))
    await running.app.loop.tick()
    clock.set(at("2026-12-14T15:02"))
    await running.app.loop.tick()
    got = received(vk, "Напоминание")
    assert got == Counter(dict.fromkeys(students(120) | {ORGANISER}, 1))
    assert vk.deduplicated >= 100  # the lost batch was resent and dropped by VK


async def test_a_notice_whose_answer_was_lost_is_resent_by_the_loop_without_doubles(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    peers = tuple(range(60_000, 60_250))
    notice = Reply("error", recipients=peers, dedupe_key="notice:lost")
    text = Renderer().render("error")
    lost = 0

    def lose_the_answer(params: dict[str, Any]) -> None:
        nonlocal lost
        lost += 1
        if lost <= FAST_RETRY.attempts:  # every attempt of the first call: delivered, unheard
            raise ConnectionResetError("the answer never reached the bot")

    vk.on_send = lose_the_answer
    with pytest.raises(SendFailed):
        await running.app.sender.deliver([notice], None)
    assert received(vk, text) == Counter(dict.fromkeys(peers[:100], 1))
    clock.set(clock.now() + timedelta(minutes=2))
    await running.app.loop.tick()  # the outbox row is resent with the same random_ids
    assert received(vk, text) == Counter(dict.fromkeys(peers, 1))
    assert vk.deduplicated >= 100 * FAST_RETRY.attempts
    await running.app.sender.deliver([notice], None)  # and never again
    assert received(vk, text) == Counter(dict.fromkeys(peers, 1))

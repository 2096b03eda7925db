"""Attack 64, #2: a notice's expiry (NOTICE_TTL, a day) was stamped from the update path's
clock. With the machine's clock more than a day behind (a VM restored from a snapshot, a
dead RTC battery before NTP syncs), a move's «да» claimed the students' «перенесено» with
an expiry already past in true time; its first send failed (VK «not now» through every
retry), the row waited for the notification loop — which sends nothing while its clock and
VK's disagree (attack56) and, once the clock was put right, found the row expired and
dropped it: the students were never told (attack61's leftover). The expiry now counts from
the newest trusted time this process has seen (the update's VK `date`, VK's server time
asked by the loop), carried forward on the monotonic clock, when that is later than the
machine's: the notice is sent once the clock is right, once. Both backends.
"""

from __future__ import annotations

from datetime import timedelta

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_attack56_fanout import until
from tests.e2e.test_faults_delivery import FIRST, ORGANISER, at, lecture, received

BEHIND = timedelta(days=2)


async def test_a_notice_claimed_on_a_clock_days_behind_is_sent_once_the_clock_is_right(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    true_now = at("2026-12-14T10:00")
    vk.server_time = lambda: int(true_now.timestamp())
    event_id = await lecture(running, 3)  # 15 December, 15:00
    clock.set(true_now - BEHIND)  # the machine reads 12 December
    said = int(true_now.timestamp())  # VK stamps the messages with its own clock
    vk.push_message(ORGANISER, "перенеси лекцию о роботах на 17.12 в 16:00", date=said)
    await vk.wait_text(ORGANISER, "Перенести «Лекция о роботах»?")
    sends = len(vk.calls_of("messages.send"))
    vk.fail_next("messages.send", 10, times=50)  # VK: «not now», through every retry
    vk.push_message(ORGANISER, "да", date=said + 30)
    await until(lambda: len(vk.calls_of("messages.send")) >= sends + 10)
    moved = await running.app.store.get_event(event_id)
    assert moved is not None
    assert moved.start == at("2026-12-17T16:00")
    assert not received(vk, "перенесено")
    vk._errors.pop("messages.send", None)  # VK answers again
    await running.app.loop.tick()  # the machine's clock still behind: nothing goes
    assert not {p for p in received(vk, "перенесено") if p >= FIRST}

    true_now = at("2026-12-14T10:05")
    clock.set(true_now)  # the clock is put right
    await running.app.loop.tick()
    await running.app.loop.tick()
    counts = received(vk, "перенесено")
    assert {counts[FIRST + i] for i in range(3)} == {1}, dict(counts)

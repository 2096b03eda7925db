"""Attack 56: the machine's clock jumps ahead for a while (a VM resumed with a wrong clock, a
bad NTP step) and comes back, through the real bot and the local VK server, whose
utils.getServerTime tells the true time. Before, the tick on the wrong clock sent «Как
прошло?» of a lecture that had not happened yet, and after the clock came back the real poll
was never sent (its key was used): one poll lost and one sent a day early. The loop now sends
nothing while its clock and VK's disagree by more than MAX_CLOCK_SKEW.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.ports import FixedClock
from bot.scheduling import MAX_CLOCK_SKEW
from tests.e2e.conftest import Running
from tests.e2e.test_faults_delivery import FIRST, at, lecture, received


async def test_a_clock_ahead_of_vks_sends_nothing_and_the_poll_comes_after_the_event(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    await lecture(running, 5)  # 15 December, 15:00–16:00
    true = {"now": at("2026-12-14T10:00")}
    vk.server_time = lambda: int(true["now"].timestamp())

    clock.set(at("2026-12-16T10:00"))  # a day after the lecture, on this machine only
    await running.app.loop.tick()
    assert not received(vk, "Как прошло"), [m.text for m in vk.sent]
    assert not received(vk, "Напоминание")

    clock.set(at("2026-12-14T10:01"))  # the clock is put right
    true["now"] = clock.now()
    await running.app.loop.tick()
    for moment in ("2026-12-14T15:00", "2026-12-15T14:00", "2026-12-15T16:05"):
        clock.set(at(moment))
        true["now"] = clock.now()
        await running.app.loop.tick()
    polls = received(vk, "Как прошло")
    assert {p: n for p, n in polls.items() if p >= FIRST} == {FIRST + i: 1 for i in range(5)}
    assert set(received(vk, "Напоминание").values()) == {2}  # the 24- and 1-hour reminders


async def test_a_clock_within_the_skew_or_without_vks_answer_still_ticks(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    await lecture(running, 3)
    clock.set(at("2026-12-14T15:00"))
    vk.server_time = lambda: int((clock.now() - MAX_CLOCK_SKEW + timedelta(seconds=5)).timestamp())
    await running.app.loop.tick()  # a little ahead: the 24-hour reminder goes
    assert len(received(vk, "Напоминание")) == 4
    vk.server_time = None  # VK does not answer the time: the loop is not stopped by that
    clock.set(at("2026-12-15T14:00"))
    await running.app.loop.tick()
    assert set(received(vk, "Напоминание").values()) == {2}
    assert isinstance(clock.now(), datetime)

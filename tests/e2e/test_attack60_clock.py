"""Attack 60: a clock ahead while an update is handled (attack56 left the update path's
stamps). A move typed while the machine's clock is a day ahead stamps the event's
`timed_at` (since when its reminders are owed) a day late; once the clock is put right the
loop's reminder moments between the true and the stamped instant were never owed, so the
students' day-before reminder was lost without a word.
"""

from __future__ import annotations

from datetime import timedelta

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_faults_delivery import FIRST, ORGANISER, at, lecture, received

STUDENTS = 3


async def test_a_move_typed_while_the_clock_is_a_day_ahead_keeps_the_day_before_reminder(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot
    vk = running.vk
    await lecture(running, STUDENTS, start="2026-12-17T15:00")
    clock.set(clock.now() + timedelta(days=1))  # 14 December 10:00 read as the 15th
    vk.push_message(ORGANISER, "перенеси лекцию о роботах на 15.12 в 16:00")
    await vk.wait_text(ORGANISER, "Перенести «Лекция о роботах»?")
    vk.push_message(ORGANISER, "да")
    await vk.wait_text(ORGANISER, "Перенесено")
    clock.set(at("2026-12-14T10:05"))  # put right
    await running.app.loop.tick()
    clock.set(at("2026-12-14T16:00"))  # the day-before reminder of the 15th, 16:00
    await running.app.loop.tick()
    got = received(vk, "Напоминание")
    assert {FIRST + i for i in range(STUDENTS)} <= set(got), dict(got)
    clock.set(at("2026-12-15T15:00"))  # the hour-before one: once more, not doubled
    await running.app.loop.tick()
    got = received(vk, "Напоминание")
    assert {got[FIRST + i] for i in range(STUDENTS)} == {2}, dict(got)

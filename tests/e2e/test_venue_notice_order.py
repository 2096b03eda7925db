"""An older «новое место» notice retried after a newer one (city27 #3; attack 2026-12-03ad #2
left it): through the real bot and the local VK server, a student's notice of a place edit is
refused by VK through every retry and kept in the outbox; the partner then edits the place
again and the student is told the newer place at once. The loop's next ticks used to send the
kept notice — the student's last word was the outdated room: a place edit keeps the start and
status, the only state `told_state_holds` compared. A notice of an edit now also keeps the
title, place, end and classes it told (bot.core.features.notices.told_state)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.core.ports import FixedClock
from tests.e2e.conftest import FAST_RETRY, Running
from tests.e2e.test_attack_26 import vk_busy_for
from tests.e2e.test_vk_conversation import button
from tests.e2e.vk_steps import saved_and_signed_up

KGTU, BFU, STUDENT = 2701, 2702, 3701
OPEN_DAY = "День открытых дверей 17 декабря в 12:00, 9-11 классы, ауд. 100"
TITLE = "День открытых дверей"


async def edit_place(running: Running, room: str, done: int) -> None:
    """The partner edits the place to `room` and presses «Да, изменить» (the `done`-th
    «Изменено ✅» awaited)."""
    vk = running.vk
    vk.push_message(KGTU, f"измени место у дня открытых дверей: {room}")
    await vk.wait_for(
        lambda s: sum("Изменить «День открытых дверей»?" in t for t in s.texts_to(KGTU)) == done
    )
    vk.push_callback(KGTU, button(vk, KGTU, "Да, изменить"))
    await vk.wait_for(lambda s: sum("Изменено ✅" in t for t in s.texts_to(KGTU)) == done)


async def test_an_older_place_notice_never_follows_a_newer_one(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot  # Monday 14 December 2026, 10:00 at school
    vk, app = running.vk, running.app
    await saved_and_signed_up(vk, (KGTU, BFU), OPEN_DAY, TITLE, (STUDENT, "я из 10А"))
    busy = vk_busy_for(vk, STUDENT)

    busy["on"] = True  # VK cannot take the student's «ауд. 310» now
    await edit_place(running, "ауд. 310", 1)
    await vk.wait_for(lambda _: busy["refused"] >= FAST_RETRY.attempts, within=30)
    await asyncio.sleep(0.3)  # every retry refused: the notice waits in the outbox
    busy["on"] = False

    await edit_place(running, "ауд. 204", 2)
    await vk.wait_text(STUDENT, "ауд. 204")

    clock.set(clock.now() + timedelta(minutes=10))  # the loop's next ticks retry the outbox
    for _ in range(3):
        await app.loop.tick()
    told = [t for t in vk.texts_to(STUDENT) if "Изменения в мероприятии" in t]
    assert "ауд. 204" in told[-1], told  # the last word is the newer place
    assert not any("12:00, ауд. 310" in t for t in told), told  # «теперь … ауд. 310» never came
    assert len(told) == 1, told


async def test_a_place_notice_still_true_is_sent_late(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    """The check drops only what a later edit overtook: a kept place notice whose place still
    holds (nothing changed since) is sent by the loop's next tick."""
    running, clock = clocked_bot
    vk, app = running.vk, running.app
    await saved_and_signed_up(vk, (KGTU, BFU), OPEN_DAY, TITLE, (STUDENT, "я из 10А"))
    busy = vk_busy_for(vk, STUDENT)
    busy["on"] = True
    await edit_place(running, "ауд. 310", 1)
    await vk.wait_for(lambda _: busy["refused"] >= FAST_RETRY.attempts, within=30)
    await asyncio.sleep(0.3)
    busy["on"] = False
    clock.set(clock.now() + timedelta(minutes=10))
    for _ in range(3):
        await app.loop.tick()
    told = [t for t in vk.texts_to(STUDENT) if "Изменения в мероприятии" in t]
    assert len(told) == 1, told
    assert "ауд. 310" in told[0], told

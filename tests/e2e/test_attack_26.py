"""Attack 2026-12-03ad (branch attack26), through the real bot and the local VK server: a
notice whose send failed and that the notification loop retries later, after a newer change
to the same event was told — the student's last word must be the event as it is now
(tests/data/attack_2026-12-03ad.md, #1)."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from bot.core.ports import FixedClock
from tests.e2e.conftest import FAST_RETRY, Running
from tests.e2e.vk_server import FakeVK
from tests.e2e.vk_steps import saved_and_signed_up

KGTU, BFU, STUDENT = 2601, 2602, 3601
LECTURE = "лекция про судостроение 17 декабря в 15:00 для 9а и 9б, актовый зал"
TITLE = "Лекция про судостроение"


def vk_busy_for(vk: FakeVK, peer: int) -> dict[str, Any]:
    """While the returned switch is on, every messages.send to `peer` gets VK's error 10
    («internal server error»: one of the «not now» codes the bot retries later)."""
    switch = {"on": False, "refused": 0}
    plain = vk._refusal

    def refusal(name: str, params: dict[str, Any]) -> int | None:
        peers = str(params.get("peer_ids") or params.get("peer_id") or "").split(",")
        if switch["on"] and name == "messages.send" and str(peer) in peers:
            switch["refused"] += 1
            return 10
        return plain(name, params)

    vk._refusal = refusal  # type: ignore[method-assign]
    return switch


async def test_a_retried_move_notice_never_follows_the_cancel_of_the_same_event(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, clock = clocked_bot  # Monday 14 December 2026, 10:00 at school
    vk, app = running.vk, running.app
    await saved_and_signed_up(vk, (KGTU, BFU), LECTURE, TITLE, (STUDENT, "я из 9Б"))
    busy = vk_busy_for(vk, STUDENT)

    busy["on"] = True  # VK cannot take the student's «перенесено» now
    vk.push_message(KGTU, "перенеси лекцию про судостроение на 18.12 в 15:00")
    await vk.wait_text(KGTU, "Перенести «Лекция про судостроение»?")
    vk.push_message(KGTU, "да")
    await vk.wait_text(KGTU, "Перенесено")
    await vk.wait_for(lambda _: busy["refused"] >= FAST_RETRY.attempts, within=30)
    await asyncio.sleep(0.3)  # every retry refused: the notice waits in the outbox
    busy["on"] = False

    vk.push_message(KGTU, "отмени лекцию про судостроение")
    await vk.wait_text(KGTU, "Отменить «Лекция про судостроение»")
    vk.push_message(KGTU, "да")
    await vk.wait_text(KGTU, "Отменено")
    await vk.wait_text(STUDENT, "отменено")

    clock.set(clock.now() + timedelta(minutes=10))  # the loop's next ticks retry the outbox
    for _ in range(3):
        await app.loop.tick()
    told = [t for t in vk.texts_to(STUDENT) if TITLE in t]
    assert "отмен" in told[-1], told  # the last word is the cancel, never the older move
    assert not any("перенесено" in t for t in told), told  # a move nobody needs to hear

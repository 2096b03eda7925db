"""Attack 60: VK answering slowly while many people write at once must not take the
database's connections. 30 students write «мои записи» at the same moment while VK holds
each messages.send answer 3 s (the update path's replies, after their commits): meanwhile
the store still answers a read at once, and on PostgreSQL at most a few of its pool's
connections are in use — none is held across a VK call (README: «no write transaction is
held across a VK call»). Both backends; the pool figures under `-p tests.pg_everywhere`.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from bot.core.ports import FixedClock
from tests.e2e.conftest import Running
from tests.e2e.test_attack56_fanout import until
from tests.e2e.test_faults_delivery import FIRST, lecture

WRITERS = 30
VK_SECONDS = 3.0


async def test_slow_vk_answers_leave_the_store_free_for_everyone_else(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    running, _ = clocked_bot
    vk, store = running.vk, running.app.store
    await lecture(running, WRITERS)
    waiting: list[int] = []

    async def slow(_: dict[str, Any]) -> None:
        waiting.append(1)
        await asyncio.sleep(VK_SECONDS)
        waiting.pop()

    vk.before_answer = slow
    for i in range(WRITERS):
        vk.push_message(FIRST + i, "мои записи")
    # most replies wait on VK now: their updates have committed and given their
    # connections back (the first samples may still see the last units at work)
    await until(lambda: len(waiting) >= WRITERS // 2, 30)
    busy: list[int] = []
    reads: list[float] = []
    for _ in range(5):
        began = time.monotonic()
        assert await store.get_event(1) is not None
        reads.append(time.monotonic() - began)
        pool = getattr(store, "pool", None)
        if pool is not None:
            busy.append(pool.get_size() - pool.get_idle_size())
        await asyncio.sleep(0.2)
    assert min(reads) < 0.5, reads  # the store answers while VK is slow
    assert not busy or min(busy) <= 3, busy  # no connection waits on VK
    await until(lambda: all(vk.texts_to(FIRST + i) for i in range(WRITERS)), 120)

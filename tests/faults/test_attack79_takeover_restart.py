"""attack79: two real `python -m bot webhook` workers on one PostgreSQL; the holder of the
notification lease is killed with SIGKILL inside VK's messages.send in the middle of a
fan-out (VK delivered, the worker never heard) and restarted at once, so it comes back
while the standby takes over. The restarted worker's catch-up ticks (leased_loop: at once
and `catch_up_again` later, since d034c09f waiting for a running tick) must not send
without the lease, and the new holder's must resend the batch left in flight: every
reminder reaches each person exactly once, one worker holds the lease, the outbox ends
empty. A held attack (green without a fix).
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.vk_server import FakeVK
from tests.faults.harness import (
    CLOCK_START,
    CURATOR,
    outbox_rows,
    reminders_received,
    seed_round,
    wait_until,
)
from tests.faults.process import BotProcess, bot_env, clock_env
from tests.faults.test_two_workers import holder_pid
from tests.integration.conftest import pg_cluster, pg_database

__all__ = ["pg_cluster", "pg_database"]


@pytest.fixture
async def workers(vk: FakeVK, tmp_path: Path, pg_database: str) -> AsyncIterator[list[BotProcess]]:
    env = {
        **bot_env(vk, pg_database, (CURATOR,)),
        **clock_env(CLOCK_START),  # both workers and the restart on one clock
        "BOT_LEASE_SECONDS": "3",
        "BOT_VK_RATE": "1",
    }
    pair = [BotProcess(vk, tmp_path / f"w{i}", env, "webhook") for i in range(2)]
    try:
        yield pair
    finally:
        for worker in pair:
            await worker.stop()


async def test_a_killed_holder_restarted_at_once_sends_nothing_twice(
    vk: FakeVK, workers: list[BotProcess], pg_database: str
) -> None:
    # 3 events x 900 students + their organiser: 30 messages.send calls, ~30 s at 1 a second
    expected = await seed_round(pg_database, 0, events=3, students=900)
    first, second = workers
    await first.start()  # alone: it takes the lease and starts the fan-out at once
    assert await wait_until(lambda: vk.raw_sends >= 1, 30)
    await second.start()  # the standby
    assert first.process is not None
    killed: list[float] = []

    def kill_inside_send(_: dict[str, object]) -> None:
        # VK has recorded this delivery; the holder dies before it hears the answer
        if not killed and first.process is not None:
            os.kill(first.process.pid, signal.SIGKILL)
            killed.append(time.monotonic())

    vk.on_send = kill_inside_send
    try:
        assert await wait_until(lambda: bool(killed), 30)
    finally:
        vk.on_send = None
    await first.kill()  # reaped
    await first.start()  # back at once, racing the standby for the lease
    done = await wait_until(lambda: all(reminders_received(vk)[p] for p in expected), 120)
    got = reminders_received(vk)
    lost = [pair_ for pair_ in expected if got[pair_] == 0]
    doubled = {k: n for k, n in got.items() if n > 1}
    print(f"\nall delivered {time.monotonic() - killed[0]:.1f} s after the kill")
    assert done, f"{len(lost)} reminders never arrived"
    assert doubled == {}
    assert vk.deduplicated >= 1  # the batch VK took from the killed holder was resent, dropped
    assert holder_pid(pg_database) in {w.process.pid for w in workers if w.process is not None}
    assert await wait_until(lambda: outbox_rows(pg_database) == 0, 15)

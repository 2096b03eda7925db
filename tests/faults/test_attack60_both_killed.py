"""Attack 60: both real `python -m bot webhook` workers on one real PostgreSQL killed with
SIGKILL at the same moment, inside VK's messages.send in the middle of a fan-out (VK
delivered, neither worker heard), then started again: every reminder reaches each person
exactly once (the claimed batch is resent with its random_id, which VK drops), and the
outbox is empty at the end. test_two_workers.py kills the lease holder alone.
"""

from __future__ import annotations

import os
import signal
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
from tests.integration.conftest import pg_cluster, pg_database

__all__ = ["pg_cluster", "pg_database"]

LEASE_SECONDS = 3.0


@pytest.fixture
async def pair(vk: FakeVK, tmp_path: Path, pg_database: str) -> AsyncIterator[list[BotProcess]]:
    env = {
        **bot_env(vk, pg_database, (CURATOR,)),
        **clock_env(CLOCK_START),  # both workers and their restarts on one clock
        "BOT_LEASE_SECONDS": str(LEASE_SECONDS),
        "BOT_VK_RATE": "1",
    }
    workers = [BotProcess(vk, tmp_path / f"w{i}", env, "webhook") for i in range(2)]
    try:
        yield workers
    finally:
        for worker in workers:
            await worker.stop()


async def test_both_workers_killed_at_once_mid_fan_out_lose_and_double_nothing(
    vk: FakeVK, pair: list[BotProcess], pg_database: str
) -> None:
    expected = await seed_round(pg_database, 0, events=3, students=600)
    killed: list[int] = []
    armed: list[bool] = []

    def kill_both_inside_send(_: dict[str, object]) -> None:
        # a call once both run: VK has recorded it, neither worker hears the answer
        if killed or not armed:
            return
        for worker in pair:
            if worker.process is not None:
                os.kill(worker.process.pid, signal.SIGKILL)
        killed.append(vk.raw_sends)

    vk.on_send = kill_both_inside_send
    try:
        for worker in pair:
            await worker.start()
        armed.append(True)
        assert await wait_until(lambda: bool(killed), 60)
    finally:
        vk.on_send = None
    for worker in pair:
        await worker.stop()  # reaps the killed process
    assert outbox_rows(pg_database) >= 1  # the batch VK took is claimed, unconfirmed
    for worker in pair:
        await worker.start()
    done = await wait_until(lambda: all(reminders_received(vk)[p] for p in expected), 120)
    got = reminders_received(vk)
    lost = [p for p in expected if got[p] == 0]
    doubled = {k: n for k, n in got.items() if n > 1}
    assert done, f"{len(lost)} reminders never arrived"
    assert lost == []
    assert doubled == {}
    assert vk.deduplicated >= 1  # the batch delivered at the kill was resent and dropped
    assert await wait_until(lambda: outbox_rows(pg_database) == 0, 15)

"""lease69: a batch in flight is touched by no other worker (bot.core.outbox, the in-flight
lease). Two notification loops, each on its own connection to one database (SQLite; the
same PostgreSQL database under tests/pg_everywhere.py), share the planner's clock; their
`send` is a slow VK that counts the calls per random_id — calls, not deliveries: VK drops a
repeated random_id (messages.send), but the second call must not be made at all.

A 9Б student of PLAN42 (tests/chat_world.py, 1 December 2026 10:00 Kaliningrad) asks for a
one-off reminder tomorrow at 08:00; it is due at 08:00 on 2 December. All sentences are
my own."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.scheduling import NotificationLoop
from bot.storage.sqlite_store import open_store
from tests import chat_world
from tests.chat_world import ZONE, ChatWorld, said

student = chat_world.plan_student
DUE = datetime(2026, 12, 2, 8, 0, tzinfo=ZONE)


class SlowVK:
    """messages.send that takes a while: the calls it got per random_id; `entered` is set
    when a call is inside, `release` lets the calls inside answer; `fail` raises instead."""

    def __init__(self) -> None:
        self.calls: Counter[int] = Counter()
        self.entered = asyncio.Event()
        self.release = asyncio.Event()
        self.fail = False

    async def send(self, reply: Reply) -> None:
        if reply.template != "moment_reminder":
            return
        assert reply.random_id is not None
        self.calls[reply.random_id] += 1
        self.entered.set()
        await self.release.wait()
        if self.fail:
            raise ConnectionError("VK is down")


class Workers:
    """Two loops on one database: `first` on the world's store, `second` on its own."""

    def __init__(self, world: ChatWorld, other: object, vk: SlowVK) -> None:
        clock = world.planner.clock
        assert isinstance(clock, FixedClock)
        self.clock = clock
        self.first = NotificationLoop(world.store, clock, ZONE, vk.send)
        self.second = NotificationLoop(other, clock, ZONE, vk.send)  # type: ignore[arg-type]


@pytest.fixture
async def vk() -> SlowVK:
    return SlowVK()


async def _second_store(tmp_path: Path) -> object:
    return await open_store(tmp_path / "plan.db", ZONE)


async def test_a_batch_in_flight_is_not_resent_by_a_second_worker(
    student: ChatWorld, vk: SlowVK, tmp_path: Path
) -> None:
    """The first worker claims the reminder and is inside VK's call; the second ticks at the
    same moment: before the lease, its resend_pending found the batch due (claimed at
    `now`) and called VK again with the same random_id."""
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    other = await _second_store(tmp_path)
    try:
        workers = Workers(student, other, vk)
        workers.clock.set(DUE)
        first = asyncio.create_task(workers.first.tick())
        await asyncio.wait_for(vk.entered.wait(), 10)
        second = asyncio.create_task(workers.second.tick())  # the batch is in flight
        await asyncio.wait({second}, timeout=1)  # done, or inside a second call of its own
        vk.release.set()
        await asyncio.gather(first, second)
        await workers.second.tick()  # confirmed: nothing left
        assert list(vk.calls.values()) == [1]
    finally:
        await other.close()  # type: ignore[attr-defined]


async def test_two_workers_retrying_a_failed_batch_call_vk_once(
    student: ChatWorld, vk: SlowVK, tmp_path: Path
) -> None:
    """VK failed the first call: the batch waits for its retry (RETRY_FIRST). At the retry
    both workers' resend_pending find it due together; one of them takes it."""
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    other = await _second_store(tmp_path)
    try:
        workers = Workers(student, other, vk)
        workers.clock.set(DUE)
        vk.fail = True
        vk.release.set()
        await workers.first.tick()
        assert list(vk.calls.values()) == [1]
        vk.calls.clear()
        vk.fail = False
        vk.release.clear()
        vk.entered.clear()
        workers.clock.set(DUE + timedelta(minutes=1))
        both = asyncio.gather(workers.first.tick(), workers.second.tick())
        await asyncio.wait_for(vk.entered.wait(), 10)
        await asyncio.sleep(0.2)  # the other worker has had its chance to call too
        vk.release.set()
        await both
        assert list(vk.calls.values()) == [1]
    finally:
        await other.close()  # type: ignore[attr-defined]


async def test_a_worker_killed_mid_send_leaves_the_batch_to_the_lease_end(
    student: ChatWorld, vk: SlowVK, tmp_path: Path
) -> None:
    """The first worker dies inside VK's call (its task cancelled: nothing confirmed, nothing
    postponed). The second does not touch the batch while the lease runs, and sends it once
    when it has run out — with the same random_id (VK drops it if the first call got
    through)."""
    await said(student, "напомни мне завтра в 8 утра про экскурсию")
    other = await _second_store(tmp_path)
    try:
        workers = Workers(student, other, vk)
        lease = student.store.outbox_lease
        workers.clock.set(DUE)
        first = asyncio.create_task(workers.first.tick())
        await asyncio.wait_for(vk.entered.wait(), 10)
        first.cancel()
        with pytest.raises(asyncio.CancelledError):
            await first
        [random_id] = vk.calls
        vk.release.set()
        workers.clock.set(DUE + lease - timedelta(seconds=1))
        await workers.second.tick()
        assert vk.calls == Counter({random_id: 1})
        workers.clock.set(DUE + lease)
        await workers.second.tick()
        await workers.second.tick()
        assert vk.calls == Counter({random_id: 2})  # the resend, once, the same random_id
    finally:
        await other.close()  # type: ignore[attr-defined]

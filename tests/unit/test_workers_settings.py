"""Worker coordination settings and the single-process lease (bot/workers.py,
bot/core/lease.py, bot/leased_loop.py)."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import ConfigError
from bot.core.lease import SoleLease
from bot.core.outbox import IN_FLIGHT
from bot.leased_loop import LeasedLoop
from bot.storage.sqlite.send_slots import SqliteSendLimiter
from bot.workers import WorkerSettings, coordinate


def test_defaults_and_values_from_the_environment() -> None:
    assert WorkerSettings.from_env({}) == WorkerSettings(30.0, 16.0)
    got = WorkerSettings.from_env({"BOT_LEASE_SECONDS": "3", "BOT_VK_RATE": "12.5"})
    assert got == WorkerSettings(3.0, 12.5)


def test_the_outbox_lease_defaults_to_in_flight_and_is_read_in_seconds() -> None:
    """lease69: BOT_OUTBOX_LEASE_SECONDS, how long a batch being sent is left alone."""
    assert WorkerSettings.from_env({}).outbox_lease == IN_FLIGHT
    assert WorkerSettings.from_env({"BOT_OUTBOX_LEASE_SECONDS": "3"}).outbox_lease == timedelta(
        seconds=3
    )


@pytest.mark.parametrize(
    ("key", "raw", "words"),
    [
        ("BOT_LEASE_SECONDS", "soon", "нужно число"),
        ("BOT_LEASE_SECONDS", "1", "нужно от 2 до 300"),
        ("BOT_LEASE_SECONDS", "301", "нужно от 2 до 300"),
        # VK allows 20 a second per community; at 20 the late-wake tolerance lets 21 out
        ("BOT_VK_RATE", "20", "нужно от 1 до 19"),
        ("BOT_VK_RATE", "0", "нужно от 1 до 19"),
        ("BOT_OUTBOX_LEASE_SECONDS", "0", "нужно от 1 до 900"),
        ("BOT_OUTBOX_LEASE_SECONDS", "901", "нужно от 1 до 900"),
    ],
)
def test_bad_values_name_the_variable(key: str, raw: str, words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        WorkerSettings.from_env({key: raw})
    assert key in str(caught.value)
    assert words in str(caught.value)


async def test_sqlite_gets_the_sole_lease_and_a_send_limit_shared_through_a_file(
    tmp_path: Path,
) -> None:
    found = await coordinate(tmp_path / "plan.db", 4242, WorkerSettings())
    assert isinstance(found.lease, SoleLease)
    assert isinstance(found.limiter, SqliteSendLimiter)
    await found.limiter.close()
    assert (tmp_path / "plan.db-vk-slots").exists()


async def test_with_the_sole_lease_the_loop_ticks_at_once_and_on_every_interval() -> None:
    ticks: list[int] = []

    async def tick() -> int:
        ticks.append(1)
        return 1

    loop = LeasedLoop(tick, SoleLease(ttl=3.0), tick_seconds=0.3)
    scheduler = loop.start()
    try:
        await asyncio.sleep(1.0)
    finally:
        scheduler.shutdown(wait=False)
        await loop.stop()
    assert loop.held is False  # stop() gave it up
    assert loop.takeovers == 1
    assert 2 <= len(ticks) <= 6  # the first at once, then every 0.3 s, never two at a time


async def test_a_send_after_the_local_deadline_is_refused_and_ends_the_turn() -> None:
    sent: list[str] = []

    async def send(text: str) -> int:
        sent.append(text)
        return 1

    loop = LeasedLoop(lambda: asyncio.sleep(0, 0), SoleLease(ttl=3.0), tick_seconds=60)
    guarded = loop.guard(send)
    with pytest.raises(asyncio.CancelledError):
        await guarded("before any lease")
    assert await loop.check_lease()
    assert await guarded("held") == 1
    loop.valid_until = 0.0  # as after a freeze longer than the ttl
    with pytest.raises(asyncio.CancelledError):
        await guarded("too late")
    assert sent == ["held"]
    assert loop.held is False
    await loop.stop()


class SlowLease(SoleLease):
    """A lease whose answer to "may I take it?" waits until the test lets it through."""

    def __init__(self) -> None:
        super().__init__(ttl=3.0)
        self.answer = asyncio.Event()

    async def try_acquire(self) -> bool:
        await self.answer.wait()
        return True


async def test_a_lease_check_answered_after_stop_does_not_take_the_loop_back() -> None:
    """A check in flight when the worker stops (scheduler.shutdown(wait=False) does not wait
    for it) must not make the stopped worker the holder again and start a tick — the unit
    test above failed now and then on a loaded machine for this reason."""
    ticks: list[int] = []

    async def tick() -> int:
        ticks.append(1)
        return 1

    lease = SlowLease()
    loop = LeasedLoop(tick, lease, tick_seconds=60)
    check = asyncio.create_task(loop.check_lease())
    await asyncio.sleep(0)  # the check is now waiting for its answer
    await loop.stop()
    lease.answer.set()
    assert await check is False
    await asyncio.sleep(0.05)
    assert loop.held is False
    assert ticks == []

"""A takeover's second catch-up tick (bot.leased_loop): a batch the previous holder left in
flight is due when the outbox's in-flight lease ends, so the new holder ticks again then
instead of a regular interval later (stop 55's CI: three kill -9 tests waited 30 s for it)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.core.lease import SoleLease
from bot.core.outbox import IN_FLIGHT_SECONDS, in_flight_seconds
from bot.leased_loop import LeasedLoop


def _counting() -> tuple[list[float], LeasedLoop]:
    ticks: list[float] = []

    async def tick() -> int:
        ticks.append(asyncio.get_running_loop().time())
        return 0

    return ticks, LeasedLoop(tick, SoleLease(ttl=3.0), tick_seconds=60, catch_up_again=0.3)


async def test_a_takeover_ticks_at_once_and_again_after_the_in_flight_lease() -> None:
    ticks, loop = _counting()
    started = asyncio.get_running_loop().time()
    assert await loop.check_lease()
    await asyncio.sleep(0.1)
    assert len(ticks) == 1  # the catch-up at once
    await asyncio.sleep(0.5)
    assert len(ticks) == 2  # and the second one, long before the 60 s interval
    assert ticks[1] - started >= 0.3
    await loop.stop()


async def test_a_renewal_is_no_takeover_and_ticks_no_catch_up() -> None:
    ticks, loop = _counting()
    assert await loop.check_lease()
    await asyncio.sleep(0.5)
    assert await loop.check_lease()  # renewed
    await asyncio.sleep(0.5)
    assert len(ticks) == 2  # the takeover's two, none for the renewal
    await loop.stop()


async def test_stopping_cancels_the_waiting_catch_up() -> None:
    ticks, loop = _counting()
    assert await loop.check_lease()
    await asyncio.sleep(0.1)
    await loop.stop()
    await asyncio.sleep(0.5)
    assert len(ticks) == 1
    assert not loop._spawned  # nothing left pending at shutdown


class _Store:
    outbox_lease = timedelta(seconds=3)


def test_the_wait_is_the_stores_outbox_lease_and_a_second() -> None:
    assert in_flight_seconds(_Store()) == 4.0
    assert in_flight_seconds(object()) == IN_FLIGHT_SECONDS + 1.0


async def test_the_second_catch_up_waits_for_a_first_one_that_outlasts_it() -> None:
    """Stop 59's CI: the first catch-up of a takeover sent a big fan-out for longer than the
    outbox's in-flight lease; the second one found it running and was skipped, so the batch
    the dead holder left in flight waited for the 60 s interval tick."""
    ticks: list[float] = []

    async def slow_tick() -> int:
        ticks.append(asyncio.get_running_loop().time())
        await asyncio.sleep(0.6)  # longer than catch_up_again
        return 0

    loop = LeasedLoop(slow_tick, SoleLease(ttl=3.0), tick_seconds=60, catch_up_again=0.2)
    assert await loop.check_lease()
    await asyncio.sleep(1.5)
    assert len(ticks) == 2  # the second catch-up ran once the first had ended
    assert ticks[1] - ticks[0] >= 0.6
    await loop.stop()

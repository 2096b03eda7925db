"""VK's per-community request limit shared by every worker on one PostgreSQL.

VK lets a community token make 20 requests per second (bot/transports/vk/limiter.py; the
in-process token bucket there paces a single process). With several workers each one's own
bucket would let 20 × workers through, so here the pace lives in one row per community
(`vk_send_slots`, migration 0010) and every API call takes a slot from it in one statement:
the generic cell rate algorithm's virtual schedule (ITU-T I.371 GCRA, no burst). A call
gets `slot = max(next_at, now)` and moves `next_at` to `slot + 1/rate`, all on the database
server's clock, then sleeps until its slot. Slots are therefore at least `1/rate` seconds
apart whichever worker took them, so any one-second window holds at most `floor(rate) + 1`
of them. The default rate leaves room for the jitter between taking a slot and VK receiving
the call (rate 16: 20 calls would need 19 gaps of 62.5 ms squeezed into one second, i.e.
calls delayed unevenly by more than 187 ms).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import asyncpg

from bot.storage.postgres.shared import release_pool

DEFAULT_RATE = 16.0  # calls per second per community; VK allows 20
STATEMENT_TIMEOUT = 5.0  # seconds

_TAKE = """
INSERT INTO vk_send_slots AS s (group_id, next_at)
VALUES ($1, extract(epoch FROM clock_timestamp())::float8 + $2::float8)
ON CONFLICT (group_id) DO UPDATE
SET next_at = GREATEST(s.next_at, extract(epoch FROM clock_timestamp())::float8) + $2::float8
RETURNING next_at - $2::float8 AS slot, extract(epoch FROM clock_timestamp())::float8 AS now
"""


class PgSendLimiter:
    """Paces the API calls of community `group_id` to `rate` per second across workers.

    `acquire()` waits for the caller's slot; it raises the driver's errors (OSError,
    asyncpg.PostgresError, TimeoutError after STATEMENT_TIMEOUT s) when the database cannot
    be asked, and the API call then fails like a network failure would.
    """

    def __init__(
        self,
        pool: asyncpg.Pool,
        group_id: int,
        rate: float = DEFAULT_RATE,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("the send rate must be positive (calls per second)")
        self.pool = pool
        self.group_id = group_id
        self.rate = float(rate)
        self._sleep = sleep

    @classmethod
    async def connect(cls, url: str, group_id: int, rate: float = DEFAULT_RATE) -> PgSendLimiter:
        """A limiter over the worker's coordination pool (bot.workers.coordination_pool: a
        slot must not wait for a busy store; all communities share it).

        Raises OSError or asyncpg.PostgresError when the server cannot be reached."""
        from bot.workers import coordination_pool

        return cls(await coordination_pool(url), group_id, rate)

    async def acquire(self) -> None:
        """Take this community's next slot and wait until it comes."""
        row = await self.pool.fetchrow(
            _TAKE, self.group_id, 1.0 / self.rate, timeout=STATEMENT_TIMEOUT
        )
        assert row is not None
        wait = float(row["slot"]) - float(row["now"])
        if wait > 0:
            await self._sleep(wait)

    async def close(self) -> None:
        await release_pool(self.pool)

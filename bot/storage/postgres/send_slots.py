"""VK's per-community request limit shared by every worker on one PostgreSQL.

VK lets a community token make 20 requests per second (bot/transports/vk/limiter.py; the
in-process token bucket there paces a single process). With several workers each one's own
bucket would let 20 × workers through, so here the pace lives in one row per community
(`vk_send_slots`, migration 0010) and every API call takes a slot from it in one statement:
the generic cell rate algorithm's virtual schedule (ITU-T I.371 GCRA, no burst). A call
gets `slot = max(next_at, now)` and moves `next_at` to `slot + 1/rate`, all on the database
server's clock, then sleeps until its slot. Slots are therefore at least `1/rate` seconds
apart whichever worker took them, so any one-second window holds at most `floor(rate) + 1`
of them, under any load.

The moment a call goes out is its wake-up, not its slot: on a starved event loop (a loaded
machine) every timer due during a stall fires together when the loop runs again, and the
calls whose slots fell into the stall would go out in one bunch (limiter45: 19 calls in a
second at rate 16 with the loop stalled 0.3 s twice). So a call that woke more than
`late_tolerance(rate)` after its slot (on this side's clock, counted from when the slot was
asked for; or after the server's answer, when that came after the slot: a slow round trip
is no late wake-up, review45 #6) does not go out: it takes a
new slot behind everyone's. The calls that go out are then each within the tolerance of
their own slot (or of an answer that came after it), so any one-second window holds at most
VK's 20 wake-ups whatever the load of the event loop (rate 16: 187 ms;
bot.transports.vk.limiter.late_tolerance); a store whose round trip varies by more than the
tolerance can still bunch calls whose answers came after their slots, as the network to VK
can. After MAX_RETAKES late
wake-ups in a row the call goes out anyway (logged): a loop that late cannot pace anything,
and VK's error 6 is retried (RetryPolicy). What no limiter here bounds is the time between
`acquire()` returning and VK receiving the request.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import asyncpg

from bot.storage.postgres.shared import release_pool
from bot.transports.vk.limiter import SharedSlots, late_tolerance

DEFAULT_RATE = 16.0  # calls per second per community; VK allows 20
STATEMENT_TIMEOUT = 5.0  # seconds

_TAKE = """
INSERT INTO vk_send_slots AS s (group_id, next_at)
VALUES ($1, extract(epoch FROM clock_timestamp())::float8 + $2::float8)
ON CONFLICT (group_id) DO UPDATE
SET next_at = GREATEST(s.next_at, extract(epoch FROM clock_timestamp())::float8) + $2::float8
RETURNING next_at - $2::float8 AS slot, extract(epoch FROM clock_timestamp())::float8 AS now
"""


class PgSendLimiter(SharedSlots):
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
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate <= 0:
            raise ValueError("the send rate must be positive (calls per second)")
        self.pool = pool
        self.group_id = group_id
        self.rate = float(rate)
        self.tolerance = late_tolerance(self.rate)
        self.last_slot: float | None = None  # the server-clock slot the last call went out on
        self.retakes = 0  # slots given back because the call woke too late for them
        self._sleep = sleep
        self._clock = clock

    @classmethod
    async def connect(cls, url: str, group_id: int, rate: float = DEFAULT_RATE) -> PgSendLimiter:
        """A limiter over the worker's coordination pool (bot.workers.coordination_pool: a
        slot must not wait for a busy store; all communities share it).

        Raises OSError or asyncpg.PostgresError when the server cannot be reached."""
        from bot.workers import coordination_pool

        return cls(await coordination_pool(url), group_id, rate)

    async def _take(self, asked: float) -> tuple[float, float]:
        """One slot from the community's row: (the slot on the server's clock, how long
        after the server's `now` it comes; `asked` is not needed, the server stamps it)."""
        row = await self.pool.fetchrow(
            _TAKE, self.group_id, 1.0 / self.rate, timeout=STATEMENT_TIMEOUT
        )
        assert row is not None
        return float(row["slot"]), float(row["slot"]) - float(row["now"])

    async def close(self) -> None:
        """Give the pool back (release_pool)."""
        await release_pool(self.pool)

"""A lease row with an expiry: which worker runs a singleton loop (bot.core.lease's port).

Why a lease row rather than `pg_advisory_lock` on a dedicated connection: an advisory lock
lives as long as its session, so when the holder's machine drops off the network the server
keeps the lock until TCP keepalive notices (two hours with the defaults) and nobody takes
over; and the holder itself cannot tell from the lock alone when it should stop. A lease has
an expiry set by the database server's clock (`clock_timestamp()`), so a dead or cut-off
holder is replaced `ttl` seconds after its last renewal whatever the network does, and the
holder knows its own deadline: it renews every `ttl / 3` seconds and stops acting when a
renewal fails or does not answer within `ttl / 3` (bot.leased_loop), i.e. before the server
can let anyone else in. It also needs no session state, so it survives poolers and reconnects.

Each statement is a single-row upsert or update, atomic on its own; `generation` grows when
the lease changes hands (visible in the table for operators and tests).
"""

from __future__ import annotations

import os
import secrets
import socket

import asyncpg

from bot.storage.postgres.shared import release_pool

_ACQUIRE = """
INSERT INTO loop_leases AS l (name, holder, generation, acquired_at, renewed_at, expires_at)
VALUES ($1, $2, 1, clock_timestamp(), clock_timestamp(),
        clock_timestamp() + make_interval(secs => $3::float8))
ON CONFLICT (name) DO UPDATE SET
    holder = EXCLUDED.holder,
    generation = l.generation + CASE WHEN l.holder = EXCLUDED.holder THEN 0 ELSE 1 END,
    acquired_at = CASE WHEN l.holder = EXCLUDED.holder AND l.expires_at > clock_timestamp()
                       THEN l.acquired_at ELSE EXCLUDED.acquired_at END,
    renewed_at = EXCLUDED.renewed_at,
    expires_at = EXCLUDED.expires_at
WHERE l.holder = EXCLUDED.holder OR l.expires_at <= clock_timestamp()
RETURNING generation
"""

_RENEW = """
UPDATE loop_leases SET renewed_at = clock_timestamp(),
    expires_at = clock_timestamp() + make_interval(secs => $3::float8)
WHERE name = $1 AND holder = $2 AND expires_at > clock_timestamp()
RETURNING generation
"""

_RELEASE = """
UPDATE loop_leases SET expires_at = clock_timestamp()
WHERE name = $1 AND holder = $2 AND expires_at > clock_timestamp()
"""


def worker_id() -> str:
    """This process's name as a lease holder: host, pid and a random part (a restarted
    process with a reused pid is still someone else)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


class PgLoopLease:
    """The lease `name` in `loop_leases`, for the holder `holder`, lasting `ttl` seconds.

    Statements time out after `ttl / 3` seconds (asyncio.TimeoutError), so a hung database
    is noticed before the lease could pass to someone else.
    """

    def __init__(self, pool: asyncpg.Pool, name: str, ttl: float, holder: str | None = None):
        if ttl <= 0:
            raise ValueError("a lease needs a positive ttl (seconds)")
        self.pool = pool
        self.name = name
        self.ttl = float(ttl)
        self.holder = holder or worker_id()

    @classmethod
    async def connect(
        cls, url: str, name: str, ttl: float, holder: str | None = None
    ) -> PgLoopLease:
        """A lease over the worker's coordination pool (bot.workers.coordination_pool: apart
        from the stores' pool, so a busy store cannot delay renewals; shared with the send
        limiters, so a city's communities do not each hold connections).

        Raises OSError or asyncpg.PostgresError when the server cannot be reached."""
        from bot.workers import coordination_pool

        return cls(await coordination_pool(url), name, ttl, holder)

    @property
    def timeout(self) -> float:
        """Seconds each lease statement may take: a third of the lease's time to live."""
        return self.ttl / 3

    async def try_acquire(self) -> bool:
        """Take the lease if free, expired or ours (ours: renewed); True when we hold it."""
        value = await self.pool.fetchval(
            _ACQUIRE, self.name, self.holder, self.ttl, timeout=self.timeout
        )
        return value is not None

    async def renew(self) -> bool:
        """Extend our unexpired lease; False when it expired or passed to someone else."""
        value = await self.pool.fetchval(
            _RENEW, self.name, self.holder, self.ttl, timeout=self.timeout
        )
        return value is not None

    async def release(self) -> None:
        """Expire our lease now so another worker takes over at its next try."""
        await self.pool.execute(_RELEASE, self.name, self.holder, timeout=self.timeout)

    async def close(self) -> None:
        """Give the pool back (release_pool); the lease itself expires or was released."""
        await release_pool(self.pool)

    async def holder_now(self) -> tuple[str, int] | None:
        """(holder, generation) of the unexpired lease, or None when nobody holds it."""
        row = await self.pool.fetchrow(
            "SELECT holder, generation FROM loop_leases"
            " WHERE name = $1 AND expires_at > clock_timestamp()",
            self.name,
            timeout=self.timeout,
        )
        return (str(row["holder"]), int(row["generation"])) if row else None

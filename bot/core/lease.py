"""The port of a singleton loop's lease: who among several workers may run the loop now.

Issue 14: any number of workers share one database, and exactly one of them runs the
notification loop at a time. A worker calls `try_acquire()` until it gets the lease, then
`renew()` well before `ttl` seconds have passed since the last success; the moment a renewal
fails (refused, an error, or no answer in time) it stops acting, because from then on another
worker may take the lease over. `release()` hands it over at once on a clean shutdown.

The embedded SQLite store serves one process, so its lease (`SoleLease`) always grants; the
PostgreSQL one lives in bot.storage.postgres.lease.
"""

from __future__ import annotations

from typing import Protocol


class LoopLease(Protocol):
    """A renewable, expiring right to run one loop.

    `ttl` is in seconds: a holder that has not renewed for `ttl` seconds has lost the lease
    and another worker may take it. Every method may raise the store's connection errors;
    callers treat an error like a refusal.
    """

    ttl: float

    async def try_acquire(self) -> bool:
        """Take the lease if it is free or expired (or already ours); True when held."""
        ...

    async def renew(self) -> bool:
        """Extend our lease by `ttl` from now; False when it is no longer ours."""
        ...

    async def release(self) -> None:
        """Give the lease up now (others may take it at once); a no-op if not ours."""
        ...

    async def close(self) -> None:
        """Free what the lease holds open (its connection); call after `release`."""
        ...


class SoleLease:
    """The lease of a single-process deployment (SQLite): always granted, never lost."""

    def __init__(self, ttl: float = 60.0) -> None:
        self.ttl = ttl

    async def try_acquire(self) -> bool:
        """Always True: the only process holds the lease."""
        return True

    async def renew(self) -> bool:
        """Always True: the lease is never lost."""
        return True

    async def release(self) -> None:
        """Nothing to give up."""
        return None

    async def close(self) -> None:
        """Nothing to close."""
        return None

"""Outgoing-call pacing: a token bucket, and a backoff policy for transient VK failures.

A community token may make 20 requests per second. A bucket refilling `rate` tokens a second
with room for `burst` lets through at most `burst + rate` calls in any one-second window, so
the defaults (19 a second, burst 1) never exceed 20 however the calls cluster.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class Limiter(Protocol):
    """Paces outgoing API calls: `acquire()` returns when the next call may go out. The
    in-process TokenBucket below, or a limiter shared by several workers
    (bot.storage.postgres.send_slots)."""

    async def acquire(self) -> None: ...
    async def close(self) -> None: ...


class TokenBucket:
    def __init__(
        self,
        rate: float = 19.0,
        burst: float = 1.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._sleep = sleep
        self._tokens = burst
        self._updated = clock()
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        """Wait until a call may go out, then take its token (callers queue fairly)."""
        async with self._lock:
            self._refill()
            if self._tokens < 1:
                await self._sleep((1 - self._tokens) / self.rate)
                self._refill()
            self._tokens -= 1

    async def close(self) -> None:
        """Nothing to free (the Limiter port's close)."""

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
        self._updated = now


# VK's errors that say "not now" (6 too many requests, 9 flood control, 10 internal error):
# the same call may succeed later
TRANSIENT_CODES = frozenset({6, 9, 10})


@dataclass(frozen=True)
class RetryPolicy:
    """Retries for VK errors 6 (too many requests), 9 (flood), 10 (internal), network, 5xx."""

    attempts: int = 5
    first_delay: float = 0.2
    factor: float = 2.0
    max_delay: float = 5.0
    codes: frozenset[int] = TRANSIENT_CODES

    def delay(self, attempt: int) -> float:
        return float(min(self.max_delay, self.first_delay * self.factor**attempt))

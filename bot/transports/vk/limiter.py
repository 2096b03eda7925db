"""Outgoing-call pacing: a token bucket, and a backoff policy for transient VK failures.

A community token may make 20 requests per second. A bucket refilling `rate` tokens a second
with room for `burst` lets through at most `burst + rate` calls in any closed one-second window,
so the defaults (19 a second, burst 1) never exceed 20 however the calls cluster, a starved
event loop included (TokenBucket's docstring; bucket45).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

# VK's limit for a community token. VK's documentation, "Request format" page
# (https://dev.vk.com/ru/api/api-requests), its section on request frequency limits: methods
# called with a community access key may be called at most 20 times a second (3 with a user
# key); more gives error 6, "Too many requests per second".
VK_CALLS_PER_SECOND = 20
MAX_RETAKES = 5  # slots a shared limiter gives back; the 6th late wake-up goes out anyway


def late_tolerance(rate: float) -> float:
    """How late (seconds) a call may wake after its shared slot and still go out.

    Slots are `1/rate` apart, so calls that each go out at most `t` after their slot put
    at most `floor((1 + t) * rate) + 1` calls into any closed one-second window [s, s + 1];
    this `t` keeps that within VK's 20 (0.1875 s at the default 16 a second). A call that
    woke later than this (the event loop starved on a loaded machine) takes a new slot
    instead of going out in a bunch with the calls that woke late beside it. At 19 a second
    there is no headroom left, and half a gap is allowed so that calls can go out at all;
    at 20 a second that would let 21 calls into one closed second, so bot.workers caps
    BOT_VK_RATE at 19."""
    return max((VK_CALLS_PER_SECOND - 1) / rate - 1.0, 0.5 / rate)


TakeSlot = Callable[[float], Awaitable[tuple[float, float]]]


async def paced(
    take: TakeSlot, clock: Clock, sleep: Sleep, tolerance: float
) -> tuple[float, int, bool]:
    """Take a shared slot with `take(asked)` and wait for it; retake it when woken late.

    `take` gets this side's clock reading from just before asking and returns the slot (in
    the store's own clock) and how long after that moment it comes. The call sleeps until
    `asked + wait` on this side's clock, so a slow store's round trip is spent inside the
    wait, not added to it. Late is only a wake-up more than `tolerance` after the moment
    the call was due to go out: its slot, or the store's answer when that came after the
    slot (a round trip is no late wake-up, review45 #6: on a slow database every call
    retook its slot 5 times). A late call takes a new slot; after MAX_RETAKES it goes out
    anyway. Returns the slot the call went out on, the slots given back, and whether it
    went out on time."""
    late = 0
    while True:
        asked = clock()
        slot, wait = await take(asked)
        answered = clock()
        due = max(asked + wait, answered)
        if due > answered:
            await sleep(due - answered)
        # no await from here to the return: the caller's call goes out at this moment
        on_time = clock() - due <= tolerance
        if on_time or late == MAX_RETAKES:
            return slot, late, on_time
        late += 1


log = logging.getLogger(__name__)


class SharedSlots:
    """The `acquire` of the limiters shared by several workers (bot.storage.postgres and
    bot.storage.sqlite send_slots): each supplies `_take(asked) -> (slot, wait)` from its
    store and sets the attributes below in its constructor."""

    group_id: int
    tolerance: float  # seconds a call may wake after its slot (late_tolerance)
    retakes: int  # slots given back because the call woke too late for them
    last_slot: float | None  # the slot (the store's clock) the last call went out on
    _clock: Clock
    _sleep: Sleep

    async def _take(self, asked: float) -> tuple[float, float]:
        """The community's next slot and how long after `asked` it comes (seconds)."""
        raise NotImplementedError

    async def acquire(self) -> None:
        """Take this community's next slot and wait until it comes; a call that woke more
        than `self.tolerance` after its slot takes a new one (`paced`)."""
        slot, late, on_time = await paced(self._take, self._clock, self._sleep, self.tolerance)
        self.retakes += late
        if not on_time:
            log.warning("community %d: a send woke late %d times; sent anyway", self.group_id, late)
        self.last_slot = slot


class Limiter(Protocol):
    """Paces outgoing API calls: `acquire()` returns when the next call may go out. The
    in-process TokenBucket below, or a limiter shared by several workers
    (bot.storage.postgres.send_slots)."""

    async def acquire(self) -> None:
        """Return when the next API call may go out."""
        ...

    async def close(self) -> None:
        """Give up what the limiter holds (a shared limiter's connection)."""
        ...


class TokenBucket:
    """The in-process limiter: `rate` tokens a second, room for `burst` (LimitedAPI's
    default; the shared limiters of bot.workers replace it once the app is wired).

    It needs no late-wake rule (`paced`), unlike the shared limiters: those hand out slots
    ahead of time, so calls woken late by a starved loop all go out on their old slots at
    once (limiter45: 24 in one second), while the bucket books nothing ahead. It counts a
    call's token on the clock read at the moment the call goes out (no await between that
    reading and acquire's return), and a stall of any length refills at most `burst`
    tokens. So the calls in any closed second [s, s + 1] number at most the tokens held at
    s plus a second's refill: `burst + rate`, 20 with the defaults, under any load.
    tests/unit/test_token_bucket.py holds it to that with the loop stalled 0.5 s for real
    (19 in the busiest second; booked slots: 26) and with random stalls on a fake clock."""

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
        """Seconds to wait after failed attempt `attempt` (0-based): first_delay × factor^attempt,
        at most max_delay."""
        return float(min(self.max_delay, self.first_delay * self.factor**attempt))

"""The single-process send limiter (bot.transports.vk.limiter.TokenBucket) under a starved
event loop (bucket45).

The shared limiters booked slots ahead, so calls woken late by a stall all went out together
(limiter45: a 0.5 s stall put 24 calls into one second) until the late-wake retake. The bucket
books nothing ahead: it counts its tokens on the clock read at the moment a call goes out, and
a stall adds at most `burst` tokens however long it lasts. These tests hold it to VK's 20 calls
in every closed one-second window with its real settings (LimitedAPI's default TokenBucket():
19 a second, burst 1), with the loop stalled on purpose.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import time
from collections.abc import Callable

import pytest

from bot.transports.vk.limiter import VK_CALLS_PER_SECOND, Clock, Sleep, TokenBucket


def most_in_closed_second(stamps: list[float]) -> int:
    """The largest number of stamps inside any closed window [t, t + 1 s], widened by 1 ns
    so that float sums of 1/rate that land a hair past a second still count in it."""
    stamps = sorted(stamps)
    best, last = 0, 0
    for first, start in enumerate(stamps):
        while last < len(stamps) and stamps[last] <= start + 1.0 + 1e-9:
            last += 1
        best = max(best, last - first)
    return best


def test_the_window_count_is_closed_at_both_ends() -> None:
    """The counter the tests rely on: a call exactly one second after another shares its
    window (VK counts a second, and a closed window is the stricter reading)."""
    assert most_in_closed_second([0.0, 0.5, 1.0, 1.5]) == 3
    assert most_in_closed_second([0.0, 1.0 + 1e-6]) == 1


class _ReadClock:
    """The real monotonic clock, remembering its last reading: the moment the bucket counted
    the call's token, which is the moment acquire() returns (no await in between)."""

    def __init__(self) -> None:
        self.last = time.monotonic()

    def __call__(self) -> float:
        self.last = time.monotonic()
        return self.last


async def test_a_stalled_loop_does_not_let_the_bucket_bunch_calls() -> None:
    """45 calls queued on the default bucket; 1 s in, the loop is blocked for 0.5 s (as in
    limiter45's test, where the shared limiters then let 24 calls into one second). The
    wake-ups due during the stall come at once, but the bucket holds at most its one token of
    burst by then: at most 20 calls in any second, and the calls still go out paced."""
    clock = _ReadClock()
    bucket = TokenBucket(clock=clock)
    calls = 45
    taken: list[float] = []

    async def call() -> None:
        await bucket.acquire()
        taken.append(clock.last)

    began = time.monotonic()
    asyncio.get_running_loop().call_later(1.0, time.sleep, 0.5)
    await asyncio.gather(*(call() for _ in range(calls)))

    assert len(taken) == calls
    assert max(b - a for a, b in itertools.pairwise(taken)) >= 0.45  # the stall
    assert most_in_closed_second(taken) <= VK_CALLS_PER_SECOND
    # paced, not just lucky: after the first (burst) token, 19 a second
    assert taken[-1] - began >= (calls - 1 - bucket.burst) / bucket.rate - 0.01


def _stalled_loop(seed: int) -> tuple[Clock, Sleep, Callable[[], None]]:
    """A fake clock whose sleeps oversleep at random, now and then by a long stall (up to
    1.5 s), and an `idle()` that lets the caller arrive late (the bucket refills meanwhile)."""
    rng = random.Random(seed)
    now = [1_000.0]

    def stall() -> float:
        return rng.choice([0.0, 0.0, 0.0, 1e-4, 0.01, 0.05, 0.3, 0.5, 1.5])

    async def sleep(seconds: float) -> None:
        now[0] += seconds + stall()

    def idle() -> None:
        now[0] += rng.choice([0.0, 0.0, 0.0, 0.0, 0.02, 0.2, 1.0, 3.0])

    return (lambda: now[0]), sleep, idle


@pytest.mark.parametrize("seed", range(20))
async def test_no_pattern_of_stalls_puts_more_than_vks_limit_into_one_second(seed: int) -> None:
    """The guarantee, not one sample of it: 400 calls through the default bucket, each sleep
    overslept at random (stalls up to 1.5 s) and callers arriving late at random. Every call's
    moment is the fake clock when acquire() returned; no closed second ever holds more than
    burst + rate = 20 (that the count can see 20: the test below)."""
    clock, sleep, idle = _stalled_loop(seed)
    bucket = TokenBucket(clock=clock, sleep=sleep)
    taken: list[float] = []
    for _ in range(400):
        idle()
        await bucket.acquire()
        taken.append(clock())
    assert bucket.burst + bucket.rate == VK_CALLS_PER_SECOND
    assert most_in_closed_second(taken) <= VK_CALLS_PER_SECOND


async def test_the_bound_is_tight_a_full_bucket_then_paced_calls_make_twenty() -> None:
    """Without stalls the bucket lets exactly burst + rate = 20 calls into a closed second (a
    call on its full token, then 19 paced ones): the window count above can see a 21st."""
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    bucket = TokenBucket(clock=lambda: now[0], sleep=sleep)
    taken = []
    for _ in range(40):
        await bucket.acquire()
        taken.append(now[0])
    assert most_in_closed_second(taken) == VK_CALLS_PER_SECOND

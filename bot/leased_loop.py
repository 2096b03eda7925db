"""The notification loop under a lease: with several workers only the holder ticks.

Two APScheduler interval jobs run in every worker:

* the lease job, every `ttl / 3` seconds (first run at once): a worker without the lease tries
  to take it (and on success ticks at once, catching up what its predecessor left: the
  outbox's claimed-but-unconfirmed batches are resent with their own random_ids, so nothing
  is lost and VK drops any repeat); the holder renews it. A renewal that is refused, fails or
  takes longer than `ttl / 3` seconds ends this worker's turn at once: the running tick is
  cancelled, so the old holder has stopped acting before the server lets another worker in
  (its last successful renewal was less than `2 ttl / 3` seconds ago);
* the tick job, every `tick_seconds`: skipped unless this worker holds the lease.

A takeover ticks twice: at once, and again `catch_up_again` seconds later (the outbox's
in-flight lease, bot/core/outbox.py IN_FLIGHT_SECONDS or BOT_OUTBOX_LEASE_SECONDS). A batch
the previous holder was sending when it died stays in flight until its lease ends, which is
at most that long after the takeover (the lease counts from before the death); without the
second catch-up it waited for the next regular tick, up to `tick_seconds` more (CI of stop
55: three kill -9 tests waited 30 s for a notice left in flight at a restart).

The worker also keeps its own deadline, `ttl` seconds after the start of its last successful
renewal (the server's expiry can only be later). `guard(send)` checks it before every batch
goes out: a worker that was frozen (SIGSTOP, a long GC pause, a suspended VM) and wakes up
after its deadline stops before sending, even if its lease job has not run yet. A batch
already on the wire cannot be called back; its stable random_id makes VK drop the repeat the
new holder sends (bot/core/outbox.py).

A dead holder (SIGKILL, power cut, a cut-off machine) is replaced within `ttl + ttl / 3`
seconds of its last renewal: the lease expires after `ttl`, and the others try every `ttl / 3`.
With the default ttl of 30 s that is under 40 s (issue 14: "within a minute").
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from datetime import UTC, datetime
from typing import TypeVar

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core.lease import LoopLease

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

Tick = Callable[[], Coroutine[object, object, int]]
Send = Callable[[T], Awaitable[R]]


class LeasedLoop:
    """Runs `tick` only while `lease` is held (see the module docstring).

    `tick_seconds`: the interval between ticks; the lease is checked every `lease.ttl / 3`.
    `catch_up_again`: seconds after a takeover when its second catch-up tick runs (0: none).
    """

    def __init__(
        self, tick: Tick, lease: LoopLease, tick_seconds: float, catch_up_again: float = 0.0
    ) -> None:
        self.tick_once = tick
        self.lease = lease
        self.tick_seconds = tick_seconds
        self.catch_up_again = catch_up_again
        self.held = False
        self.takeovers = 0  # times this worker took the lease
        self.valid_until = 0.0  # time.monotonic() after which the lease may be someone's
        self._running: asyncio.Task[int] | None = None
        self._spawned: set[asyncio.Task[int]] = set()  # catch-up ticks of a takeover
        self._tick_lock = asyncio.Lock()
        self.stopped = False  # stop() ran: no later check may take the lease back

    @property
    def check_seconds(self) -> float:
        """How often the lease is renewed or tried: a third of its time to live (seconds)."""
        return self.lease.ttl / 3

    async def check_lease(self) -> bool:
        """One lease check: take it when free, renew it when held; True when held after.

        Losing it cancels the running tick. Errors and slow answers count as refusals; after
        stop() (also for a check already in flight then) the answer is always False."""
        if self.stopped:
            return False
        had = self.held
        started = time.monotonic()
        try:
            call = self.lease.renew() if had else self.lease.try_acquire()
            ok = await asyncio.wait_for(call, self.check_seconds)
        except Exception as error:  # the database is unreachable or slow: not ours any more
            log.warning("notification lease check failed (%r)", error)
            ok = False
        if self.stopped:  # stopped while asking: the turn is over whatever the answer
            return False
        if ok:
            self.valid_until = started + self.lease.ttl
        if had and not ok:
            self._lose()
        elif ok and not had:
            self.held = True
            self.takeovers += 1
            log.info("this worker runs the notification loop now")
            self._spawn(self.tick())  # catch up at once
            if self.catch_up_again > 0:
                self._spawn(self._tick_later(self.catch_up_again))
        return self.held

    def _spawn(self, work: Coroutine[object, object, int]) -> None:
        task = asyncio.create_task(work)
        self._spawned.add(task)
        task.add_done_callback(self._spawned.discard)

    async def _tick_later(self, seconds: float) -> int:
        """One tick `seconds` from now, or as soon as the tick then running ends (skipped, as
        every tick, unless the lease is held). Waiting matters: a takeover's first catch-up can
        outlast `seconds` (a big fan-out at VK's pace), and a batch the dead holder left in
        flight falls due during it; skipped, that batch waited a whole `tick_seconds` (stop
        59's CI: test_attack65_silence_race kept its outbox row past 30 s)."""
        await asyncio.sleep(seconds)
        return await self.tick(wait=True)

    async def tick(self, *, wait: bool = False) -> int:
        """One tick if this worker holds the lease; else 0. While another tick runs, this one
        is skipped (0), or with `wait` runs once that one has ended."""
        if not self.held or (self._tick_lock.locked() and not wait):
            return 0
        async with self._tick_lock:
            if not self.held:
                return 0
            self._running = asyncio.create_task(self.tick_once())
            try:
                return await self._running
            except asyncio.CancelledError:
                if self._running.cancelled() and not self.held:
                    log.warning("notification tick stopped: the lease was lost")
                    return 0
                raise
            finally:
                self._running = None

    def guard(self, send: Send[T, R]) -> Send[T, R]:
        """`send` that first makes sure the lease is still ours by the local deadline;
        past it the turn ends (the running tick is cancelled, CancelledError raised)."""

        async def guarded(item: T) -> R:
            if not self.held or time.monotonic() >= self.valid_until:
                if self.held:
                    log.warning("the notification lease ran out before a send")
                    self._lose()
                raise asyncio.CancelledError("the notification lease is not held")
            return await send(item)

        return guarded

    def _lose(self) -> None:
        self.held = False
        log.warning("this worker no longer holds the notification lease; it stops sending")
        if self._running is not None:
            self._running.cancel()

    def start(self) -> AsyncIOScheduler:
        """Start both interval jobs (first runs now); call inside the running event loop."""
        scheduler = AsyncIOScheduler(timezone=UTC)
        now = datetime.now(UTC)  # APScheduler runs on real time
        scheduler.add_job(
            self.check_lease,
            "interval",
            seconds=self.check_seconds,
            next_run_time=now,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,  # a late check still runs (the default skips it)
            id="notification-lease",
        )
        scheduler.add_job(
            self.tick,
            "interval",
            seconds=self.tick_seconds,
            next_run_time=now,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
            id="notifications",
        )
        scheduler.start()
        return scheduler

    async def stop(self) -> None:
        """Give the lease up (another worker takes over at its next check) and close it."""
        self.stopped = True
        was_held, self.held = self.held, False
        if self._running is not None:
            self._running.cancel()
        for task in list(self._spawned):  # a catch-up still waiting has nothing to do now
            task.cancel()
        try:
            if was_held:
                await asyncio.wait_for(self.lease.release(), self.check_seconds)
        except Exception as error:
            log.warning("could not release the notification lease (%r)", error)
        finally:
            await self.lease.close()

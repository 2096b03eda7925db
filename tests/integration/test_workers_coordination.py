"""Several workers on one PostgreSQL (issue 14, point 2), tried against a real server: the
notification lease (one holder, taken over after expiry, the running tick stopped the moment
renewal fails), the per-community send limiter shared by several connections, and series ids
under concurrent writers on both backends.

Each "worker" here is its own connection pool, as a separate process would have; the same
guarantees with real `python -m bot webhook` processes are in tests/faults/test_two_workers.py.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
import pytest

from bot.core.models import NewEvent, OrgKind
from bot.leased_loop import LeasedLoop
from bot.storage import PlanStore, sqlite_store
from bot.storage.postgres import open_postgres_store
from bot.storage.postgres.lease import PgLoopLease
from bot.storage.postgres.send_slots import PgSendLimiter
from bot.storage.sqlite.send_slots import SqliteSendLimiter
from bot.transports.vk.limiter import MAX_RETAKES, VK_CALLS_PER_SECOND, late_tolerance
from tests.faults.harness import wait_until

TZ = ZoneInfo("Europe/Kaliningrad")


@pytest.fixture
async def leases(pg_database: str) -> AsyncIterator[list[PgLoopLease]]:
    made = [await PgLoopLease.connect(pg_database, "notifications:1", 1.5) for _ in range(4)]
    yield made
    for lease in made:
        await lease.close()


def most_in_one_second(stamps: list[float]) -> int:
    """The largest number of stamps inside any window [t, t + 1 s)."""
    stamps = sorted(stamps)
    best, first = 0, 0
    for last, stamp in enumerate(stamps):
        while stamp - stamps[first] >= 1.0:
            first += 1
        best = max(best, last - first + 1)
    return best


# --- the lease --------------------------------------------------------------------------


async def test_exactly_one_of_many_racing_workers_gets_the_lease(
    leases: list[PgLoopLease],
) -> None:
    for _ in range(5):  # the holder keeps it; every round of racers is refused again
        granted = await asyncio.gather(*(lease.try_acquire() for lease in leases))
        assert granted.count(True) == 1
    holder = leases[granted.index(True)]
    assert await holder.renew() is True
    assert await leases[0].holder_now() == (holder.holder, 1)


async def test_an_unrenewed_lease_expires_and_passes_on_with_a_new_generation(
    leases: list[PgLoopLease],
) -> None:
    first, second = leases[0], leases[1]
    assert await first.try_acquire()
    assert not await second.try_acquire()
    await asyncio.sleep(first.ttl + 0.2)  # the holder "died": no renewal for longer than ttl
    assert await second.try_acquire()
    assert await first.renew() is False  # the old holder learns it lost the lease
    assert not await first.try_acquire()
    assert await second.holder_now() == (second.holder, 2)


async def test_release_hands_the_lease_over_at_once(leases: list[PgLoopLease]) -> None:
    first, second = leases[0], leases[1]
    assert await first.try_acquire()
    await second.release()  # not the holder: changes nothing
    assert not await second.try_acquire()
    await first.release()
    assert await second.try_acquire()
    assert await first.renew() is False


async def test_the_running_tick_stops_the_moment_the_lease_is_lost(
    leases: list[PgLoopLease], pg_database: str
) -> None:
    sent: list[float] = []
    stopped = asyncio.Event()

    async def endless_tick() -> int:
        try:
            while True:  # a long fan-out
                sent.append(time.monotonic())
                await asyncio.sleep(0.02)
        finally:
            stopped.set()

    loop = LeasedLoop(endless_tick, leases[0], tick_seconds=3600)
    scheduler = loop.start()
    try:
        await _until(lambda: len(sent) > 5)
        conn = await asyncpg.connect(pg_database)  # another worker takes the lease over
        try:
            await conn.execute(
                "UPDATE loop_leases SET holder = 'thief', expires_at = now() + interval '1 h'"
            )
        finally:
            await conn.close()
        taken = time.monotonic()
        await asyncio.wait_for(stopped.wait(), loop.check_seconds + 2)
        assert not loop.held
        count = len(sent)
        await asyncio.sleep(0.3)
        assert len(sent) == count  # nothing more after the tick stopped
        assert sent[-1] - taken <= loop.check_seconds + 1.0
    finally:
        scheduler.shutdown(wait=False)
        await loop.stop()


async def test_when_the_holder_goes_silent_another_loop_takes_over_within_the_bound(
    leases: list[PgLoopLease],
) -> None:
    ticks: dict[int, list[float]] = {0: [], 1: []}

    def counting(worker: int) -> Callable[[], Coroutine[object, object, int]]:
        async def tick() -> int:
            ticks[worker].append(time.monotonic())
            return 0

        return tick

    loops = [LeasedLoop(counting(i), leases[i], tick_seconds=0.2) for i in (0, 1)]
    first = loops[0].start()
    await _until(lambda: len(ticks[0]) >= 2)
    second = loops[1].start()
    try:
        await asyncio.sleep(2 * leases[0].ttl)
        assert ticks[1] == []  # the standby never ticked while the holder was alive
        first.shutdown(wait=False)  # the holder freezes: no tick, no renewal, no release
        silent = time.monotonic()
        await _until(lambda: bool(ticks[1]))
        takeover = ticks[1][0] - silent
        bound = leases[0].ttl + loops[1].check_seconds
        assert takeover <= bound + 0.5, f"took {takeover:.2f} s, bound {bound:.2f} s"
        assert loops[1].held
        assert loops[1].takeovers == 1
    finally:
        second.shutdown(wait=False)
        await loops[1].stop()


async def _until(predicate: Callable[[], bool]) -> None:
    assert await wait_until(predicate, 15, step=0.02)


# --- the shared send limiter ------------------------------------------------------------


async def test_workers_sharing_a_community_never_exceed_its_rate_together(
    pg_database: str,
) -> None:
    """What is promised, under any load (limiter45): the slots the store hands out are at
    least 1/rate apart whichever worker took them, and the calls go out (acquire returns)
    at most VK's 20 in any second. The event loop is starved for 0.5 s mid-run, as a loaded
    machine does: every wake-up due meanwhile comes at once, and before the late-wake rule
    24 calls went out within one second here (18 once on a loaded machine without a stall)."""
    rate = 16.0
    workers = [await PgSendLimiter.connect(pg_database, 4242, rate) for _ in range(4)]
    other = await PgSendLimiter.connect(pg_database, 777, rate)
    stamps: list[float] = []
    slots: list[float] = []
    elsewhere: list[float] = []

    async def call(limiter: PgSendLimiter, into: list[float]) -> None:
        await limiter.acquire()
        into.append(time.monotonic())
        if limiter is not other:
            assert limiter.last_slot is not None
            slots.append(limiter.last_slot)

    try:
        began = time.monotonic()
        # 1 s in, the loop is blocked for 0.5 s: no timer fires until it returns
        asyncio.get_running_loop().call_later(1.0, time.sleep, 0.5)
        await asyncio.gather(
            *(call(w, stamps) for w in workers for _ in range(10)),
            *(call(other, elsewhere) for _ in range(12)),
        )
    finally:
        for limiter in [*workers, other]:
            await limiter.close()
    assert len(stamps) == 40
    gaps = [b - a for a, b in itertools.pairwise(sorted(slots))]
    assert min(gaps) >= (1 / rate) * (1 - 1e-9)  # the store: exact, load or not
    assert most_in_one_second(stamps) <= VK_CALLS_PER_SECOND
    assert sum(w.retakes for w in workers) > 0  # the stall was met, and late calls re-queued
    # paced, not just lucky: 40 calls at 16 a second take about 2.5 s
    assert max(stamps) - began >= (40 - 1) / rate - 0.1
    # another community has its own slots: its 12 calls (0.75 s of pacing) were not queued
    # behind the 40 (2.4 s). Compared with the 40 rather than with a fixed bound, which a
    # loaded machine overran (1.75 s: chat49's run beside six other agents)
    assert max(elsewhere) < max(stamps) - 0.5


async def test_limiters_on_one_sqlite_file_share_the_communitys_slots(tmp_path: Path) -> None:
    """Two workers' limiters on one SQLite database (README: one worker there, but a
    second one started by mistake must not double VK's limit: ops21): at one frozen moment
    their calls get slots 1/rate apart in one queue, whichever limiter asks; another
    community's calls start their own queue."""
    rate = 16.0
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    def frozen() -> float:
        return 1_000_000.0

    opened = [await SqliteSendLimiter.open(tmp_path / "plan.db", g, rate) for g in (42, 42, 7)]
    one, two, other = (
        SqliteSendLimiter(o.conn, o.group_id, rate, clock=frozen, sleep=sleep) for o in opened
    )
    try:
        for limiter in (one, two, one, two, other):
            await limiter.acquire()
    finally:
        for limiter in opened:
            await limiter.close()
    assert waits == pytest.approx([1 / rate, 2 / rate, 3 / rate])  # the first call: no wait


async def test_a_call_that_wakes_late_takes_a_new_slot_instead_of_bunching(
    tmp_path: Path,
) -> None:
    """A starved event loop wakes a call 0.3 s after its slot (more than the 0.1875 s
    that keeps any second within VK's 20 at rate 16): it gives the slot up and takes the
    next free one (here: at once, as no other call took one meanwhile) rather than going
    out on the late slot; a call that wakes on time goes out on its slot."""
    rate = 16.0
    start = 1_000_000.0
    now = [start]
    waits: list[float] = []
    oversleep = [0.3]  # the first sleep only

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds + (oversleep.pop() if oversleep else 0.0)

    opened = await SqliteSendLimiter.open(tmp_path / "plan.db", 42, rate)
    limiter = SqliteSendLimiter(opened.conn, 42, rate, clock=lambda: now[0], sleep=sleep)
    try:
        await limiter.acquire()  # slot 0: no wait
        await limiter.acquire()  # slot 1/16, woke at 1/16 + 0.3: too late for it
        assert limiter.retakes == 1
        assert limiter.last_slot == pytest.approx(start + 1 / rate + 0.3)
        await limiter.acquire()  # on time: the next slot, 1/rate after the retaken one
        assert limiter.retakes == 1
        assert limiter.last_slot == pytest.approx(start + 2 / rate + 0.3)
    finally:
        await opened.close()
    assert waits == pytest.approx([1 / rate, 1 / rate])


async def test_a_loop_always_too_late_still_sends_after_a_bounded_number_of_retakes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Every look at the clock a second after the last (a loop that cannot pace
    anything): the call does not queue forever; it goes out after MAX_RETAKES new slots,
    and says so in the log."""
    rate = 16.0
    ticks = itertools.count(1_000_000.0, 1.0)

    async def sleep(seconds: float) -> None:
        pass

    opened = await SqliteSendLimiter.open(tmp_path / "plan.db", 42, rate)
    limiter = SqliteSendLimiter(opened.conn, 42, rate, clock=lambda: next(ticks), sleep=sleep)
    try:
        await limiter.acquire()
    finally:
        await opened.close()
    assert limiter.retakes == MAX_RETAKES
    assert f"woke late {MAX_RETAKES} times; sent anyway" in caplog.text


class _SlowAnswer:
    """An aiosqlite statement whose answer comes `delay` seconds (fake clock) after asking."""

    def __init__(self, inner: Any, now: list[float], delay: float) -> None:
        self._inner, self._now, self._delay = inner, now, delay

    async def __aenter__(self) -> Any:
        cursor = await self._inner.__aenter__()
        self._now[0] += self._delay
        return cursor

    async def __aexit__(self, *exc: object) -> None:
        await self._inner.__aexit__(*exc)


class _SlowSqlite:
    """A slots connection whose every statement takes `delay` s: a loaded disk."""

    def __init__(self, conn: Any, now: list[float], delay: float) -> None:
        self._conn, self._now, self._delay = conn, now, delay

    def execute(self, sql: str, params: Any) -> _SlowAnswer:
        return _SlowAnswer(self._conn.execute(sql, params), self._now, self._delay)


class _SlowPgPool:
    """An in-memory PostgreSQL slot row (the same GCRA as send_slots._TAKE) whose answer
    arrives `delay` s after asking; the server stamps `now` halfway, on its own clock."""

    def __init__(self, now: list[float], delay: float, skew: float = 5_000.0) -> None:
        self._now, self._delay, self._skew = now, delay, skew
        self.next_at = 0.0

    async def fetchrow(self, sql: str, group_id: int, gap: float, **options: float) -> Any:
        server_now = self._now[0] + self._delay / 2 + self._skew
        slot = max(self.next_at, server_now)
        self.next_at = slot + gap
        self._now[0] += self._delay
        return {"slot": slot, "now": server_now}


def _fake_time(start: float) -> tuple[list[float], list[float], Callable[[float], Any]]:
    now, waits = [start], []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds  # a loop that wakes exactly on time

    return now, waits, sleep


@pytest.mark.parametrize("queued", [0.0, 1.0])
async def test_a_slow_sqlite_store_does_not_make_calls_retake(
    tmp_path: Path, queued: float
) -> None:
    """The slots file answers 0.25 s after asking (longer than the 0.1875 s tolerance at
    rate 16), and the loop wakes exactly when asked: the round trip is no late wake-up, so
    no call gives its slot back (review45 #6: each took 6 slots, a sixth of the rate). With
    a queue `queued` s long the call sleeps until its slot on the clock read when it asked
    for it, not the whole wait again after the answer."""
    rate, start = 16.0, 1_000_000.0
    now, waits, sleep = _fake_time(start)
    opened = await SqliteSendLimiter.open(tmp_path / "plan.db", 42, rate)
    await opened.conn.execute(
        "INSERT INTO vk_send_slots (group_id, next_at) VALUES (42, ?)", (start + queued,)
    )
    slow = _SlowSqlite(opened.conn, now, 0.25)
    limiter = SqliteSendLimiter(slow, 42, rate, clock=lambda: now[0], sleep=sleep)  # type: ignore[arg-type]
    try:
        for _ in range(4):
            await limiter.acquire()
    finally:
        await opened.close()
    assert limiter.retakes == 0
    if queued:  # the first call's slot is 1 s on: 0.25 s of it went on the round trip
        assert waits[0] == pytest.approx(queued - 0.25)


@pytest.mark.parametrize("queued", [0.0, 1.0])
async def test_a_slow_postgres_store_does_not_make_calls_retake(queued: float) -> None:
    """The same on PostgreSQL: a 0.25 s round trip used to count as a late wake-up (the
    sleep started after the answer), so on a loaded database every call retook 5 times."""
    rate = 16.0
    now, waits, sleep = _fake_time(1_000.0)
    pool = _SlowPgPool(now, 0.25)
    pool.next_at = now[0] + pool._skew + queued
    limiter = PgSendLimiter(pool, 42, rate, sleep=sleep, clock=lambda: now[0])  # type: ignore[arg-type]
    for _ in range(4):
        await limiter.acquire()
    assert limiter.retakes == 0
    if queued:  # the slot 1 s after the server's `now`, stamped 0.125 s after asking:
        # due 0.875 s after asking on this side's clock (never later than the slot), of
        # which the round trip took 0.25
        assert waits[0] == pytest.approx(queued - 0.125 - 0.25)


@pytest.mark.parametrize("rate", [1.0, 7.5, 16.0, 19.0])
def test_calls_woken_within_the_tolerance_stay_within_vks_limit(rate: float) -> None:
    """The tolerance's promise, in closed one-second windows [t, t + 1]: slots 1/rate
    apart, every call due before `late_tolerance` woken exactly then (the worst bunching it
    allows), put at most VK's 20 calls into any second; one gap more would put 21 there
    (review45 #6: this replaces restating the formula)."""

    def most_in_closed_second(stamps: list[float]) -> int:
        stamps = sorted(stamps)
        return max(sum(1 for s in stamps if t <= s <= t + 1 + 1e-9) for t in stamps)

    tolerance = late_tolerance(rate)
    n = int((tolerance + 3) * rate) + 5
    worst = [max(k / rate, tolerance) for k in range(n)]
    assert most_in_closed_second(worst) <= VK_CALLS_PER_SECOND
    worse = [max(k / rate, tolerance + 1 / rate) for k in range(n)]
    assert most_in_closed_second(worse) > VK_CALLS_PER_SECOND


# --- series ids -------------------------------------------------------------------------


async def _series_race(stores: list[PlanStore], rounds: int) -> None:
    org = await stores[0].create_organisation("КГТУ", OrgKind.PARTNER)
    start = datetime(2026, 12, 3, 15, 0, tzinfo=TZ)

    async def writer(store: PlanStore, n: int) -> None:
        for i in range(rounds):
            series = await store.next_series_id()
            title = f"Кружок {n}.{i}"
            await store.add_events(
                [
                    NewEvent(
                        title,
                        org.id,
                        start + timedelta(weeks=w),
                        start + timedelta(weeks=w, hours=1),
                        series_id=series,
                    )
                    for w in range(2)
                ],
                None,
            )

    await asyncio.gather(*(writer(s, n) for n, s in enumerate(stores)))
    events = await stores[0].events_between(start - timedelta(days=1), None)
    by_series: dict[int, set[str]] = {}
    for event in events:
        assert event.series_id is not None
        by_series.setdefault(event.series_id, set()).add(event.title)
    assert len(by_series) == len(stores) * rounds  # every writer's series has its own id
    assert all(len(titles) == 1 for titles in by_series.values())
    for series in by_series:
        assert len(await stores[0].events_of_series(series)) == 2


async def test_series_ids_stay_unique_under_concurrent_writers_on_sqlite(tmp_path: Path) -> None:
    stores = [await sqlite_store.open_store(tmp_path / "plan.db", TZ) for _ in range(4)]
    try:
        await _series_race(stores, 15)  # type: ignore[arg-type]
    finally:
        for store in stores:
            await store.close()


async def test_series_ids_stay_unique_under_concurrent_writers_on_postgres(
    pg_database: str,
) -> None:
    stores = [await open_postgres_store(pg_database, TZ) for _ in range(4)]
    try:
        await _series_race(stores, 15)  # type: ignore[arg-type]
    finally:
        for store in stores:
            await store.close()

"""Clash-check latency against plans of 1,000 / 10,000 / 100,000 stored events.

Run: `.venv/bin/python benchmarks/bench_clashes.py`. Events are spread over several school
years (school days, 08:00–18:00, random grades/classes/rooms) and stored through the storage
layer in one transaction; then a clash check for a new event is timed many times. The
check must stay at a few milliseconds and grow no faster than log n.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.clashes import check_clashes, propose_slots
from bot.core.models import Audience, NewEvent, OrgKind
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
SIZES = (1_000, 10_000, 100_000)
CHECKS = 300
FIRST_DAY = datetime(2024, 9, 2, tzinfo=TZ)


def random_event(rng: random.Random, org_ids: list[int], days: int) -> NewEvent:
    day = FIRST_DAY + timedelta(days=rng.randrange(days))
    start = day.replace(hour=rng.randint(8, 17), minute=rng.choice((0, 15, 30, 45)))
    grade = rng.randint(1, 11)
    audience = (
        Audience(classes=frozenset({f"{grade}{rng.choice('АБВ')}"}))
        if rng.random() < 0.3
        else Audience(grades=frozenset(range(grade, min(11, grade + rng.randint(0, 2)) + 1)))
    )
    return NewEvent(
        title=f"Событие {rng.randrange(10**6)}",
        organisation_id=rng.choice(org_ids),
        start=start,
        end=start + timedelta(minutes=rng.choice((45, 60, 90, 120))),
        audience=audience,
        venue=f"каб. {rng.randint(1, 60)}",
    )


async def fill(store: SqliteStore, count: int, rng: random.Random) -> float:
    orgs = [await store.create_organisation(f"Партнёр {i}", OrgKind.PARTNER) for i in range(8)]
    days = max(60, count // 40)  # about 40 events a day, as in a busy gymnasium
    events = [random_event(rng, [o.id for o in orgs], days) for _ in range(count)]
    started = time.perf_counter()
    await store.add_events(events, None)
    return time.perf_counter() - started


async def measure(count: int) -> tuple[float, float, float, float]:
    rng = random.Random(count)
    with tempfile.TemporaryDirectory() as folder:
        store = await open_store(Path(folder) / "bench.db", TZ)
        try:
            load_seconds = await fill(store, count, rng)
            orgs = [o.id for o in await store.list_organisations()]
            days = max(60, count // 40)
            samples = []
            for _ in range(CHECKS):
                candidate = random_event(rng, orgs, days)
                started = time.perf_counter()
                await check_clashes(store, candidate)
                samples.append((time.perf_counter() - started) * 1000)
            slot_started = time.perf_counter()
            await propose_slots(store, random_event(rng, orgs, days))
            slots_ms = (time.perf_counter() - slot_started) * 1000
        finally:
            await store.close()
    samples.sort()
    p95 = samples[int(len(samples) * 0.95)]
    return statistics.median(samples), p95, slots_ms, load_seconds


async def main() -> None:
    print(f"{'events':>8} {'median ms':>10} {'p95 ms':>8} {'slots ms':>9} {'load s':>7}")
    medians = []
    for size in SIZES:
        median, p95, slots_ms, load = await measure(size)
        medians.append(median)
        print(f"{size:>8,} {median:>10.3f} {p95:>8.3f} {slots_ms:>9.2f} {load:>7.2f}")
    growth = medians[-1] / medians[0]
    print(f"median clash check at {SIZES[-1]:,} vs {SIZES[0]:,} events: ×{growth:.2f}")
    print("(a table scan would grow ×100 between these sizes; target: a few ms, ~log n)")


if __name__ == "__main__":
    asyncio.run(main())

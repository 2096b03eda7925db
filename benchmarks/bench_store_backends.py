"""Student messages through the real planner on SQLite and on PostgreSQL, side by side.

Run: `.venv/bin/python benchmarks/bench_store_backends.py [--url postgresql://…]`. Without
--url a throwaway PostgreSQL cluster is started from Debian's binaries (tests/pg_server.py)
on 127.0.0.1 and deleted afterwards. One school: 1,700 students, 8 partners, 3,000 events over
a term. Each backend answers the same student questions ("что на следующей неделе?", …) via
Planner.handle — everything but VK — and the script prints, per backend: statements sent to
the database per message, messages per second one at a time, and with 8 messages in flight
(PostgreSQL: a pool of 8 connections; SQLite: its one connection). Bounded: about a minute.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.models import Audience, NewEvent, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.storage import PlanStore
from bot.storage.postgres import PostgresStore, open_postgres_store
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
STUDENTS = 1_700
EVENTS = 3_000
MESSAGES = 300
IN_FLIGHT = 8
TERM_START = datetime(2026, 9, 1, tzinfo=TZ)
NOW = datetime(2026, 10, 5, 10, 0, tzinfo=TZ)
QUESTIONS = ("что на следующей неделе?", "что завтра?", "что в пятницу?", "мои записи")
CLASSES = [f"{grade}{letter}" for grade in range(5, 12) for letter in "АБВ"]


async def fill(store: PlanStore, rng: random.Random) -> None:
    await store.create_organisation("Гимназия", OrgKind.SCHOOL)
    partners = [await store.create_organisation(f"Партнёр {i}", OrgKind.PARTNER) for i in range(8)]
    for i in range(STUDENTS):
        await store.save_person(10_000 + i, Role.STUDENT, f"Ученик {i}", None, rng.choice(CLASSES))
    events = []
    for _ in range(EVENTS):
        start = TERM_START + timedelta(days=rng.randrange(120), hours=rng.randint(8, 17))
        grade = rng.randint(5, 11)
        events.append(
            NewEvent(
                f"Событие {rng.randrange(10**6)}",
                rng.choice(partners).id,
                start,
                start + timedelta(minutes=rng.choice((45, 60, 90))),
                venue=f"каб. {rng.randint(1, 60)}",
                audience=Audience(grades=frozenset({grade})),
                capacity=rng.choice((None, 20, 30)),
            )
        )
    await store.add_events(events, None)


def statement_counter(store: PlanStore) -> tuple[list[int], Any]:
    """A counter of statements the store sends, and the coroutine that installs it."""
    seen = [0]

    def count(*_: object) -> None:
        seen[0] += 1

    async def install() -> None:
        if isinstance(store, SqliteStore):
            await store.conn.set_trace_callback(count)
        else:  # a pool of one connection: its query logger sees every statement
            async with store.pool.acquire() as conn:
                conn.add_query_logger(count)

    return seen, install


async def run(store: PlanStore, count: int, in_flight: int) -> float:
    """Messages per second for `count` student questions, `in_flight` at a time."""
    planner = Planner(store, FixedClock(NOW), PlannerConfig(tz=TZ))
    rng = random.Random(7)
    queue = [(10_000 + rng.randrange(STUDENTS), rng.choice(QUESTIONS)) for _ in range(count)]

    async def worker(items: list[tuple[int, str]]) -> None:
        for vk_id, text in items:
            replies = await planner.handle(vk_id, text)
            if not replies or replies[0].template == "error":
                raise RuntimeError(f"{text!r} from {vk_id} was not answered: {replies}")

    started = time.perf_counter()
    await asyncio.gather(*(worker(queue[i::in_flight]) for i in range(in_flight)))
    return count / (time.perf_counter() - started)


async def measure(name: str, open_one: Any, open_pooled: Any) -> dict[str, float]:
    store = await open_one()
    try:
        await fill(store, random.Random(1))
        await run(store, 20, 1)  # warm caches and prepared statements
        seen, install = statement_counter(store)
        await install()
        sequential = await run(store, MESSAGES, 1)
        await asyncio.sleep(0.05)  # asyncpg calls query loggers soon after each query
        per_message = seen[0] / MESSAGES
    finally:
        await store.close()
    pooled = await open_pooled()
    try:
        await run(pooled, 20, IN_FLIGHT)
        concurrent = await run(pooled, MESSAGES, IN_FLIGHT)
    finally:
        await pooled.close()
    print(
        f"{name:<10}  {per_message:>6.1f} statements/message  {sequential:>7.0f} msg/s one at a"
        f" time  {concurrent:>7.0f} msg/s with {IN_FLIGHT} in flight"
    )
    return {"sequential": sequential, "concurrent": concurrent, "statements": per_message}


async def main(url: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        sqlite = await measure("sqlite", lambda: open_store(db, TZ), lambda: open_store(db, TZ))
    cluster = None
    if url is None:
        from tests.pg_server import PgCluster, find_bin_dir

        bin_dir = find_bin_dir()
        if bin_dir is None:
            raise SystemExit("no PostgreSQL binaries: apt-get install postgresql, or pass --url")
        cluster = PgCluster(bin_dir)
        cluster.start()
        url = cluster.url()
    try:

        async def one() -> PostgresStore:
            return await open_postgres_store(url, TZ, min_size=1, max_size=1)

        async def pooled() -> PostgresStore:
            return await open_postgres_store(url, TZ, min_size=IN_FLIGHT, max_size=IN_FLIGHT)

        postgres = await measure("postgresql", one, pooled)
    finally:
        if cluster is not None:
            cluster.stop()
    print(
        f"ratio postgresql/sqlite: {postgres['sequential'] / sqlite['sequential']:.2f}× one at a"
        f" time, {postgres['concurrent'] / sqlite['concurrent']:.2f}× with {IN_FLIGHT} in flight"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throwaway one)")
    asyncio.run(main(parser.parse_args().url))

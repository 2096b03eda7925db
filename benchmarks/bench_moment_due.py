"""The one-off reminders' due query on 100,000 rows, before and after migration 0037.

Run: `.venv/bin/python benchmarks/bench_moment_due.py [--rows 100000] [--ticks 30]`. For each
backend (SQLite, then PostgreSQL: a throwaway cluster from Debian's binaries, tests/pg_server.py)
a database is migrated up to 0036 and filled with 1,000 students, 400 events over four months
and `--rows` one-off reminders (each a random student's, of a random event, at a random moment
up to 30 days before it); a tenth of the events then moves a day later (remind68: their rows'
moments move with them). Then, at 30 ticks spread over the term (now − 12 h, now]:
- before: the due query as it was at 0036 (the moved moment `at + starts_at − event_start` in
  WHERE: no index serves it);
- after: migration 0037 applied, the store's `moment_reminders_due` (events outside, each
  event's rows by the index on `at − event_start`).
`--sent N` first records N other notifications' keys in the outbox (offset reminders):
main's PostgreSQL "sent since" clause read every one of them for every due row. Both must
return the same rows (checked). Printed: the median and worst milliseconds per
query, the rows due per tick, and one clearing (`clear_moment_reminders(now − KEEP)`).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import asyncpg

from benchmarks.bench_roundtrips import postgres
from bot.core.moments import KEEP
from bot.storage.database import MIGRATIONS_DIR, connect, migrate
from bot.storage.postgres import moments as postgres_moments
from bot.storage.postgres.schema import PG_MIGRATIONS_DIR
from bot.storage.postgres.schema import migrate as pg_migrate
from bot.storage.postgres.store import open_postgres_store
from bot.storage.sqlite import moments as sqlite_moments
from bot.storage.sqlite.store import SqliteStore

TZ = ZoneInfo("Europe/Kaliningrad")
STUDENTS = 1_000
EVENTS = 400
TERM = datetime(2026, 9, 1, tzinfo=UTC)
DAYS = 120
BEFORE = "0037"  # the migration measured


# PostgreSQL's remind68 "sent since" clause as main had it (remind69 made it a byte range
# read through an index); SQLite's is unchanged
_PG_SENT_SINCE = (
    "NOT EXISTS (SELECT 1 FROM sent_notifications AS s"
    " WHERE left(s.key, length('moment:' || m.id::TEXT || ':')) = 'moment:' || m.id::TEXT || ':'"
    " AND s.sent_at >= (m.at + e.starts_at - m.event_start))"
)


def old_query(module: object, placeholders: tuple[str, str]) -> str:
    """The due query as main had it before remind69 (0036 with remind68's moved moment in
    WHERE: no index serves it), from the backend `module`'s unchanged pieces."""
    parts = vars(module)
    at = parts["_AT"]
    since = _PG_SENT_SINCE if placeholders[0].startswith("$") else parts["_SENT_SINCE"]
    return (
        f"SELECT {parts['_COLUMNS']} FROM {parts['_FROM']} JOIN people AS p ON p.id = m.person_id"
        f" WHERE {at} > {placeholders[0]} AND {at} <= {placeholders[1]}"
        " AND NOT EXISTS (SELECT 1 FROM sent_notifications AS s"
        f" WHERE s.key = {parts['_KEY']}) AND {since} ORDER BY 4, 1"
    )


def rows(count: int, rng: random.Random) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """(people, events, reminders) as insert tuples, epoch seconds."""
    stamp = int(TERM.timestamp())
    people = [(i, 10_000 + i, "student", stamp, stamp) for i in range(1, STUDENTS + 1)]
    events = []
    for i in range(1, EVENTS + 1):
        start = stamp + rng.randrange(DAYS) * 86_400 + rng.randint(8, 17) * 3600
        events.append((i, f"Событие {i}", 1, start, start + 3600, 3600, stamp, stamp))
    starts = {e[0]: e[3] for e in events}
    reminders = []
    for i in range(1, count + 1):
        event = rng.randint(1, EVENTS)
        at = starts[event] - rng.randrange(30 * 86_400)
        reminders.append((i, rng.randint(1, STUDENTS), event, at, starts[event], stamp))
    return people, events, reminders


INSERTS = (
    "INSERT INTO organisations (id, name, name_key, kind, created_at)"
    " VALUES (1, 'КГТУ', 'кгту', 'partner', {s})",
)
PEOPLE = "INSERT INTO people (id, vk_id, role, created_at, updated_at) VALUES ({})"
EVENTS_SQL = (
    "INSERT INTO events (id, title, organisation_id, starts_at, ends_at, duration,"
    " created_at, updated_at) VALUES ({})"
)
MOMENTS = (
    "INSERT INTO moment_reminders (id, person_id, event_id, at, event_start, created_at)"
    " VALUES ({})"
)
SENT = "INSERT INTO sent_notifications (key, peer_id, sent_at) VALUES ({})"
SENT_KEYS = 0  # --sent: other notifications' keys already in the outbox (offset reminders)


def sent_rows(stamp: int) -> list[tuple[str, int, int]]:
    """`SENT_KEYS` offset reminders' keys, recorded as sent."""
    return [(f"remind:{i}:{stamp}:{stamp - 3600}:{10_000 + i}", 1, stamp) for i in range(SENT_KEYS)]


MOVE = (
    "UPDATE events SET starts_at = starts_at + 86400, ends_at = ends_at + 86400 WHERE id % 10 = 0"
)


def ticks(count: int, rng: random.Random) -> list[datetime]:
    return [TERM + timedelta(seconds=rng.randrange(DAYS * 86_400)) for _ in range(count)]


async def timed(call: Callable[[], Awaitable[list]]) -> tuple[float, list]:
    began = time.perf_counter()
    found = await call()
    return (time.perf_counter() - began) * 1000, found


def line(name: str, backend: str, spent: list[float], due: list[int]) -> None:
    print(
        f"{backend:<10} {name:<7} median {statistics.median(spent):8.2f} ms"
        f"   worst {max(spent):8.2f} ms   rows due per tick {statistics.mean(due):.1f}"
    )


def ids(found: list) -> list[int]:
    return [int(r[0]) if not hasattr(r, "id") else int(r.id) for r in found]


async def sqlite_case(count: int, when: list[datetime], folder: Path) -> None:
    files = folder / "sqlite_migrations"
    files.mkdir()
    for path in MIGRATIONS_DIR.glob("*.sql"):
        if path.name < BEFORE:
            shutil.copy(path, files / path.name)
    conn = await connect(folder / "bench.db")
    try:
        await migrate(conn, files)
        people, events, reminders = rows(count, random.Random(7))
        stamp = int(TERM.timestamp())
        await conn.execute(INSERTS[0].format(s=stamp))
        await conn.executemany(PEOPLE.format(",".join("?" * 5)), people)
        await conn.executemany(EVENTS_SQL.format(",".join("?" * 8)), events)
        await conn.executemany(MOMENTS.format(",".join("?" * 6)), reminders)
        await conn.executemany(SENT.format(",".join("?" * 3)), sent_rows(stamp))
        await conn.execute(MOVE)
        await conn.commit()
        old = old_query(sqlite_moments, ("?", "?"))
        before: list[float] = []
        expected: list[list[int]] = []
        for now in when:
            window = (int((now - timedelta(hours=12)).timestamp()), int(now.timestamp()))

            async def run(window: tuple[int, int] = window) -> list:
                async with conn.execute(old, window) as cur:
                    return list(await cur.fetchall())

            spent, found = await timed(run)
            before.append(spent)
            expected.append(ids(found))
        shutil.copy(next(MIGRATIONS_DIR.glob(f"{BEFORE}_*.sql")), files)
        await migrate(conn, files)
        store = SqliteStore(conn, TZ)
        await report(store, "sqlite", when, before, expected)
    finally:
        await conn.close()


async def report(
    store: object, backend: str, when: list[datetime], before: list[float], expected: list
) -> None:
    after: list[float] = []
    for now, wanted in zip(when, expected, strict=True):
        spent, found = await timed(
            lambda now=now: store.moment_reminders_due(now - timedelta(hours=12), now)  # type: ignore[attr-defined]
        )
        after.append(spent)
        got = ids(found)
        # the new query leaves out rows of events already over (they were never sent)
        assert set(got) <= set(wanted), (now, sorted(set(got) - set(wanted)))
    due = [len(w) for w in expected]
    line("before", backend, before, due)
    line("after", backend, after, due)
    began = time.perf_counter()
    cleared = await store.clear_moment_reminders(when[len(when) // 2] - KEEP)  # type: ignore[attr-defined]
    print(
        f"{backend:<10} clearing {(time.perf_counter() - began) * 1000:8.1f} ms"
        f" once: {cleared} rows"
    )


async def postgres_case(count: int, when: list[datetime], folder: Path) -> None:
    files = folder / "pg_migrations"
    files.mkdir()
    for path in PG_MIGRATIONS_DIR.glob("*.sql"):
        if path.name < BEFORE:
            shutil.copy(path, files / path.name)
    async with postgres(None) as url:
        conn = await asyncpg.connect(url)
        store = None
        try:
            await pg_migrate(conn, files)
            people, events, reminders = rows(count, random.Random(7))
            stamp = int(TERM.timestamp())
            await conn.execute(INSERTS[0].format(s=stamp))
            await conn.copy_records_to_table(
                "people",
                records=people,
                columns=["id", "vk_id", "role", "created_at", "updated_at"],
            )
            await conn.copy_records_to_table(
                "events",
                records=events,
                columns=[
                    "id",
                    "title",
                    "organisation_id",
                    "starts_at",
                    "ends_at",
                    "duration",
                    "created_at",
                    "updated_at",
                ],
            )
            await conn.copy_records_to_table(
                "moment_reminders",
                records=reminders,
                columns=["id", "person_id", "event_id", "at", "event_start", "created_at"],
            )
            await conn.copy_records_to_table(
                "sent_notifications",
                records=sent_rows(stamp),
                columns=["key", "peer_id", "sent_at"],
            )
            await conn.execute(MOVE)
            await conn.execute("ANALYZE")
            old = old_query(postgres_moments, ("$1", "$2"))
            before: list[float] = []
            expected: list[list[int]] = []
            for now in when:
                a, b = int((now - timedelta(hours=12)).timestamp()), int(now.timestamp())
                spent, found = await timed(lambda a=a, b=b: conn.fetch(old, a, b))
                before.append(spent)
                expected.append(ids(found))
            shutil.copy(next(PG_MIGRATIONS_DIR.glob(f"{BEFORE}_*.sql")), files)
            await pg_migrate(conn, files)
            await conn.execute("ANALYZE")
            store = await open_postgres_store(url, TZ, max_size=2)
            now = int(when[0].timestamp())
            for name, sql in (("before", old), ("after", postgres_moments.DUE)):
                plan = await conn.fetch("EXPLAIN ANALYZE " + sql, now - 43_200, now)
                print(
                    f"postgresql {name} plan:",
                    " | ".join(
                        r[0].strip()[:90] for r in plan if "Scan" in r[0] or "Execution" in r[0]
                    ),
                )
            await report(store, "postgresql", when, before, expected)
        finally:
            if store is not None:
                await store.close()
            await conn.close()


async def main(count: int, tick_count: int, sent: int) -> None:
    global SENT_KEYS
    SENT_KEYS = sent
    when = ticks(tick_count, random.Random(11))
    print(f"{count:,} one-off reminders, {EVENTS} events, {tick_count} ticks, {sent:,} sent keys")
    with tempfile.TemporaryDirectory() as folder:
        await sqlite_case(count, when, Path(folder))
        await postgres_case(count, when, Path(folder))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="one-off reminders stored")
    parser.add_argument("--ticks", type=int, default=30, help="due queries timed per side")
    parser.add_argument("--sent", type=int, default=0, help="other keys already in the outbox")
    args = parser.parse_args()
    asyncio.run(main(args.rows, args.ticks, args.sent))

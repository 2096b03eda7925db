"""Migration 0036 (remind66): the table of one-off reminders at a named moment. A database
standing just before it (0035) with a person and an event is upgraded; the plan is kept, the
table starts empty, the store keeps and reads rows on it (one row per person, event and
moment), and deleting the event takes its rows with it. Both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import asyncpg

from bot.core.moments import moment_key
from bot.storage.database import MIGRATIONS_DIR, connect, migrate
from bot.storage.postgres.schema import PG_MIGRATIONS_DIR
from bot.storage.postgres.schema import migrate as pg_migrate
from bot.storage.postgres.store import PostgresStore, open_postgres_store
from bot.storage.sqlite.store import SqliteStore
from tests.integration.conftest import (
    add_migration,
    create_database,
    drop_database,
    migrations_before,
)
from tests.pg_server import PgCluster

NUMBER = "0036"
TZ = ZoneInfo("Europe/Kaliningrad")
STAMP = 1_765_000_000  # seconds: the rows stored before the upgrade
START = STAMP + 86_400  # the event: a day later, an hour long
PLAN = (
    "INSERT INTO organisations (id, name, name_key, kind, created_at)"
    " VALUES (1, 'КГТУ', 'кгту', 'partner', {s})",
    "INSERT INTO people (id, vk_id, role, created_at, updated_at)"
    " VALUES (1, 500, 'student', {s}, {s})",
    "INSERT INTO events (id, title, organisation_id, starts_at, ends_at, duration,"
    " created_at, updated_at) VALUES (1, 'Экскурсия', 1, {start}, {end}, 3600, {s}, {s})",
)


def plan_sql() -> list[str]:
    return [row.format(s=STAMP, start=START, end=START + 3600) for row in PLAN]


async def check_store(store: SqliteStore | PostgresStore) -> None:
    """The upgraded database through the store: one row per triple, due by its moment
    until its key is recorded as sent (the outbox's mark)."""
    moment = datetime.fromtimestamp(START - 7200, UTC)
    first = await store.add_moment_reminder(1, 1, moment)
    assert await store.add_moment_reminder(1, 1, moment) == first  # the same triple: one row
    assert first.at == moment
    assert await store.moment_reminders_due(moment - timedelta(hours=1), moment) == [first]
    assert await store.moment_reminders_due(moment, moment + timedelta(hours=1)) == []
    assert await store.moment_reminders_of(1, moment - timedelta(seconds=1)) == [first]
    assert await store.moment_reminder(first.id) == first
    await store.claim_notifications([(moment_key(first, 500), 500)])  # sent: no longer due
    assert await store.moment_reminders_due(moment - timedelta(hours=1), moment) == []
    later = await store.add_moment_reminder(1, 1, moment + timedelta(minutes=30))
    assert await store.remove_moment_reminders(1, [2]) == 0
    assert await store.remove_moment_reminders(1, [1]) == 2
    assert await store.moment_reminder(later.id) is None


async def test_sqlite_upgrade_adds_the_table_and_keeps_the_plan(tmp_path: Path) -> None:
    files = migrations_before(MIGRATIONS_DIR, tmp_path / "migrations", NUMBER)
    conn = await connect(tmp_path / "m.db")
    try:
        await migrate(conn, files)
        for sql in plan_sql():
            await conn.execute(sql)
        add_migration(MIGRATIONS_DIR, files, NUMBER)
        assert await migrate(conn, files) == [int(NUMBER)]
        async with conn.execute("SELECT COUNT(*) FROM moment_reminders") as cur:
            assert tuple(await cur.fetchone() or ()) == (0,)
        async with conn.execute("SELECT title FROM events") as cur:
            assert [tuple(r) for r in await cur.fetchall()] == [("Экскурсия",)]
        store = SqliteStore(conn, TZ)
        await check_store(store)
        await store.add_moment_reminder(1, 1, datetime.fromtimestamp(START - 60, UTC))
        await conn.execute("DELETE FROM events WHERE id = 1")  # the rows go with the event
        async with conn.execute("SELECT COUNT(*) FROM moment_reminders") as cur:
            assert tuple(await cur.fetchone() or ()) == (0,)
    finally:
        await conn.close()


async def test_postgres_upgrade_adds_the_table_and_keeps_the_plan(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    name = await create_database(pg_cluster, migrated=False)
    conn = await asyncpg.connect(pg_cluster.url(name))
    store = None
    try:
        files = migrations_before(PG_MIGRATIONS_DIR, tmp_path / "migrations", NUMBER)
        await pg_migrate(conn, files)
        for sql in plan_sql():
            await conn.execute(sql)
        add_migration(PG_MIGRATIONS_DIR, files, NUMBER)
        assert await pg_migrate(conn, files) == [int(NUMBER)]
        assert await conn.fetchval("SELECT COUNT(*) FROM moment_reminders") == 0
        assert await conn.fetchval("SELECT title FROM events") == "Экскурсия"
        store = await open_postgres_store(pg_cluster.url(name), TZ, max_size=2)
        await check_store(store)
        await store.add_moment_reminder(1, 1, datetime.fromtimestamp(START - 60, UTC))
        await conn.execute("DELETE FROM events WHERE id = 1")
        assert await conn.fetchval("SELECT COUNT(*) FROM moment_reminders") == 0
    finally:
        if store is not None:
            await store.close()
        await conn.close()
        await drop_database(pg_cluster, name)

"""Migration 0037 (remind69): the one-off reminders' due query by an index on each row's
distance to its event's start, per event. A database standing just before it (0036) holding
a person, an event and a one-off reminder row is upgraded; the row is kept, the `at` index
gives way to `moment_reminders_due`, the due query reads rows through it (SQLite's plan says
so) and still follows a moved event (remind68), and the store clears the rows done with and
deletes one row only for its owner. PostgreSQL also gets the outbox's keys indexed in byte
order (remind68's "sent since" check reads them as a range). Both backends."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import asyncpg

from bot.core.moments import KEEP
from bot.storage.database import MIGRATIONS_DIR, connect, migrate
from bot.storage.postgres.schema import PG_MIGRATIONS_DIR
from bot.storage.postgres.schema import migrate as pg_migrate
from bot.storage.postgres.store import PostgresStore, open_postgres_store
from bot.storage.sqlite.moments import _COLUMNS, _DISTANCE, _DUE_FROM
from bot.storage.sqlite.store import SqliteStore
from tests.integration.conftest import (
    add_migration,
    create_database,
    drop_database,
    migrations_before,
)
from tests.pg_server import PgCluster

NUMBER = "0037"
TZ = ZoneInfo("Europe/Kaliningrad")
STAMP = 1_765_000_000  # seconds: the rows stored before the upgrade
START = STAMP + 86_400  # the event: a day later, an hour long
MOMENT = START - 7200  # the reminder kept before the upgrade: two hours before it
PLAN = (
    "INSERT INTO organisations (id, name, name_key, kind, created_at)"
    " VALUES (1, 'КГТУ', 'кгту', 'partner', {s})",
    "INSERT INTO people (id, vk_id, role, created_at, updated_at)"
    " VALUES (1, 500, 'student', {s}, {s})",
    "INSERT INTO people (id, vk_id, role, created_at, updated_at)"
    " VALUES (2, 501, 'student', {s}, {s})",
    "INSERT INTO events (id, title, organisation_id, starts_at, ends_at, duration,"
    " created_at, updated_at) VALUES (1, 'Экскурсия', 1, {start}, {end}, 3600, {s}, {s})",
    "INSERT INTO moment_reminders (id, person_id, event_id, at, event_start, created_at)"
    " VALUES (1, 1, 1, {moment}, {start}, {s})",
)


def plan_sql() -> list[str]:
    return [r.format(s=STAMP, start=START, end=START + 3600, moment=MOMENT) for r in PLAN]


def utc(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


async def check_store(store: SqliteStore | PostgresStore) -> None:
    """The row kept before the upgrade through the store: due at its moment, deleted only by
    its owner, cleared once KEEP behind its moment; a new row deleted by its owner."""
    [kept] = await store.moment_reminders_due(utc(MOMENT - 60), utc(MOMENT))
    assert kept.id == 1
    assert kept.at == utc(MOMENT)
    assert await store.moment_reminders_due(utc(MOMENT), utc(MOMENT + 60)) == []
    assert not await store.remove_moment_reminder(2, kept.id)  # another's row stays
    assert await store.moment_reminder(kept.id) is not None
    assert await store.clear_moment_reminders(utc(MOMENT) - timedelta(seconds=1)) == 0
    assert await store.clear_moment_reminders(utc(MOMENT) + KEEP) == 1
    assert await store.moment_reminder(kept.id) is None
    second = await store.add_moment_reminder(1, 1, utc(MOMENT + 600))
    assert await store.remove_moment_reminder(1, second.id)
    assert await store.moment_reminder(second.id) is None


async def _due_follows_a_day_move(
    store: SqliteStore | PostgresStore, execute: Callable[[str], Awaitable[object]]
) -> None:
    """The reminder due at MOMENT is due a day later once every event starts a day later
    (the moment keeps its distance to the start: remind68), then the events are put back."""
    [before] = await store.moment_reminders_due(utc(MOMENT - 60), utc(MOMENT))
    await execute("UPDATE events SET starts_at = starts_at + 86400, ends_at = ends_at + 86400")
    assert await store.moment_reminders_due(utc(MOMENT - 60), utc(MOMENT)) == []
    [moved] = await store.moment_reminders_due(utc(MOMENT + 86340), utc(MOMENT + 86400))
    assert moved.id == before.id
    assert moved.at == utc(MOMENT + 86400)
    await execute("UPDATE events SET starts_at = starts_at - 86400, ends_at = ends_at - 86400")


async def test_sqlite_upgrade_indexes_the_due_query(tmp_path: Path) -> None:
    files = migrations_before(MIGRATIONS_DIR, tmp_path / "migrations", NUMBER)
    conn = await connect(tmp_path / "m.db")
    try:
        await migrate(conn, files)
        for sql in plan_sql():
            await conn.execute(sql)
        add_migration(MIGRATIONS_DIR, files, NUMBER)
        assert await migrate(conn, files) == [int(NUMBER)]
        async with conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'moment_reminders'"
            " AND sql IS NOT NULL"
        ) as cur:
            assert [r[0] for r in await cur.fetchall()] == ["moment_reminders_due"]
        async with conn.execute(
            f"EXPLAIN QUERY PLAN SELECT {_COLUMNS} FROM {_DUE_FROM}"
            f" WHERE {_DISTANCE} > ? - e.starts_at AND {_DISTANCE} <= ? - e.starts_at",
            (MOMENT - 60, MOMENT),
        ) as cur:
            plan = " ".join(str(r[-1]) for r in await cur.fetchall())
        assert "USING INDEX moment_reminders_due" in plan, plan
        store = SqliteStore(conn, TZ)
        await _due_follows_a_day_move(store, conn.execute)
        await check_store(store)
    finally:
        await conn.close()


async def test_postgres_upgrade_indexes_the_due_query(
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
        indexes = await conn.fetch(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'moment_reminders'"
            " AND indexname NOT LIKE '%pkey' AND indexname NOT LIKE '%key'"
        )
        assert [r["indexname"] for r in indexes] == ["moment_reminders_due"]
        sent_index = await conn.fetchval(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'sent_notifications_key_bytes'"
        )
        assert sent_index is not None
        assert 'COLLATE "C"' in sent_index
        store = await open_postgres_store(pg_cluster.url(name), TZ, max_size=2)
        await _due_follows_a_day_move(store, conn.execute)
        await check_store(store)
    finally:
        if store is not None:
            await store.close()
        await conn.close()
        await drop_database(pg_cluster, name)

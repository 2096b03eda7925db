"""Migration 0035 (attack 65, #3): seen_updates gains `try_token`, the token of the try that
wrote an update's mark. Marks stored before it keep a NULL token and still make their
update handled (a redelivery of it is skipped); a unit on the upgraded database writes its
own token, and the gate finds its mark by it. Both backends, each upgraded from the schema
just before 0035."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import asyncpg

from bot.storage.database import MIGRATIONS_DIR, connect, migrate
from bot.storage.postgres.schema import PG_MIGRATIONS_DIR, create_pool
from bot.storage.postgres.schema import migrate as pg_migrate
from bot.storage.postgres.units import PgGate
from bot.storage.transactions import Gate
from tests.integration.conftest import (
    add_migration,
    create_database,
    drop_database,
    migrations_before,
)
from tests.pg_server import PgCluster

NUMBER = "0035"
OLD_STAMP = 1_765_000_000  # seconds; a mark stored before the upgrade


def now() -> datetime:
    return datetime.fromtimestamp(OLD_STAMP + 60, UTC)


async def test_sqlite_upgrade_keeps_old_marks_and_stores_tokens(tmp_path: Path) -> None:
    files = migrations_before(MIGRATIONS_DIR, tmp_path / "migrations", NUMBER)
    conn = await connect(tmp_path / "m.db")
    try:
        await migrate(conn, files)
        await conn.execute(
            "INSERT INTO seen_updates (event_id, seen_at) VALUES ('old', ?)", (OLD_STAMP,)
        )
        await conn.commit()
        add_migration(MIGRATIONS_DIR, files, NUMBER)
        assert await migrate(conn, files) == [int(NUMBER)]
        async with conn.execute("SELECT event_id, try_token FROM seen_updates") as cur:
            assert [tuple(r) for r in await cur.fetchall()] == [("old", None)]
        gate = Gate(conn, now)
        async with gate.unit("old") as again:  # the redelivery of an old update: skipped
            pass
        assert again.duplicate
        async with gate.unit("new") as unit:
            pass
        assert not unit.duplicate
        assert await gate._marked("new", unit.token)
        assert not await gate._marked("new", "another try")
        assert not await gate._marked("old", again.token)
    finally:
        await conn.close()


async def test_postgres_upgrade_keeps_old_marks_and_stores_tokens(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    name = await create_database(pg_cluster, migrated=False)
    conn = await asyncpg.connect(pg_cluster.url(name))
    pool = None
    try:
        files = migrations_before(PG_MIGRATIONS_DIR, tmp_path / "migrations", NUMBER)
        await pg_migrate(conn, files)
        await conn.execute(
            "INSERT INTO seen_updates (event_id, seen_at) VALUES ('old', $1)", OLD_STAMP
        )
        add_migration(PG_MIGRATIONS_DIR, files, NUMBER)
        assert await pg_migrate(conn, files) == [int(NUMBER)]
        rows = await conn.fetch("SELECT event_id, try_token FROM seen_updates")
        assert [tuple(r) for r in rows] == [("old", None)]
        pool = await create_pool(pg_cluster.url(name), max_size=2)
        gate = PgGate(pool, now)
        async with gate.unit("old") as again:
            pass
        assert again.duplicate
        async with gate.unit("new") as unit:
            pass
        assert not unit.duplicate
        assert await gate._marked("new", unit.token)
        assert not await gate._marked("new", "another try")
        assert not await gate._marked("old", again.token)
    finally:
        if pool is not None:
            await pool.close()
        await conn.close()
        await drop_database(pg_cluster, name)

"""Migration 0031 (walk 2026-12-02t, #16): events stored before it were in the plan before
the notion of agreement existed — the curator saw them and could move or cancel them — so
they count as agreed when they were stored (agreed_at = created_at, agreed_by NULL), on both
backends; a new event stored after it has no agreement unless one is written."""

from __future__ import annotations

from pathlib import Path

import asyncpg

from bot.storage.database import MIGRATIONS_DIR, connect, migrate
from bot.storage.postgres.schema import PG_MIGRATIONS_DIR
from bot.storage.postgres.schema import migrate as pg_migrate
from tests.integration.conftest import add_migration, migrations_before

NUMBER = "0031"
SEED = [
    "INSERT INTO organisations (id, name, name_key, kind, created_at)"
    " VALUES (1, 'КГТУ', 'кгту', 'partner', 0)",
]
CREATED = {1: 1000, 2: 2000}


async def test_sqlite_events_stored_before_count_as_agreed(tmp_path: Path) -> None:
    files = migrations_before(MIGRATIONS_DIR, tmp_path / "migrations", NUMBER)
    conn = await connect(tmp_path / "m.db")
    try:
        await migrate(conn, files)
        for statement in SEED:
            await conn.execute(statement)
        for event_id, created in CREATED.items():
            await conn.execute(
                "INSERT INTO events (id, title, organisation_id, starts_at, ends_at, duration,"
                " created_at, updated_at) VALUES (?, 'Лекция', 1, 0, 3600, 3600, ?, ?)",
                (event_id, created, created),
            )
        await conn.commit()
        add_migration(MIGRATIONS_DIR, files, NUMBER)
        assert await migrate(conn, files) == [int(NUMBER)]
        async with conn.execute("SELECT id, agreed_at, agreed_by FROM events") as cur:
            rows = {r[0]: (r[1], r[2]) for r in await cur.fetchall()}
        assert rows == {i: (c, None) for i, c in CREATED.items()}
        await conn.execute(
            "INSERT INTO events (id, title, organisation_id, starts_at, ends_at, duration,"
            " created_at, updated_at) VALUES (3, 'Лекция', 1, 0, 3600, 3600, 5, 5)"
        )
        async with conn.execute("SELECT agreed_at FROM events WHERE id = 3") as cur:
            assert [r[0] for r in await cur.fetchall()] == [None]
    finally:
        await conn.close()


async def test_postgres_events_stored_before_count_as_agreed(
    empty_pg: asyncpg.Connection, tmp_path: Path
) -> None:
    files = migrations_before(PG_MIGRATIONS_DIR, tmp_path / "migrations", NUMBER)
    await pg_migrate(empty_pg, files)
    for statement in SEED:
        await empty_pg.execute(statement)
    for event_id, created in CREATED.items():
        await empty_pg.execute(
            "INSERT INTO events (id, title, organisation_id, starts_at, ends_at, duration,"
            " created_at, updated_at) VALUES ($1, 'Лекция', 1, 0, 3600, 3600, $2, $2)",
            event_id,
            created,
        )
    add_migration(PG_MIGRATIONS_DIR, files, NUMBER)
    assert await pg_migrate(empty_pg, files) == [int(NUMBER)]
    rows = await empty_pg.fetch("SELECT id, agreed_at, agreed_by FROM events")
    assert {r["id"]: (r["agreed_at"], r["agreed_by"]) for r in rows} == {
        i: (c, None) for i, c in CREATED.items()
    }

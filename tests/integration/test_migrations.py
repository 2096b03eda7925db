"""The migration runners (SQLite and PostgreSQL): fresh apply, idempotent re-run, refusal of a
newer database, a failing migration rolled back whole; the PG files mirror the SQLite ones."""

from __future__ import annotations

import asyncio
from pathlib import Path

import asyncpg
import pytest

from bot.storage.database import (
    MIGRATIONS_DIR,
    SchemaTooNewError,
    available_migrations,
    connect,
    migrate,
    schema_version,
    split_statements,
)
from bot.storage.postgres.schema import PG_MIGRATIONS_DIR
from bot.storage.postgres.schema import migrate as pg_migrate
from bot.storage.postgres.schema import schema_version as pg_schema_version
from tests.integration.conftest import create_database, drop_database
from tests.pg_server import PgCluster


async def test_fresh_database_gets_every_migration_once(tmp_path: Path) -> None:
    conn = await connect(tmp_path / "m.db")
    try:
        newest = available_migrations()[-1].version
        assert await migrate(conn) == [m.version for m in available_migrations()]
        assert await migrate(conn) == []
        assert await schema_version(conn) == newest
        async with conn.execute("PRAGMA journal_mode") as cur:
            row = await cur.fetchone()
        assert row is not None
        assert row[0] == "wal"
        async with conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'") as cur:
            tables = {r[0] for r in await cur.fetchall()}
        assert {"organisations", "people", "events", "audit_log", "dialogs"} <= tables
    finally:
        await conn.close()


async def test_newer_database_is_refused(tmp_path: Path) -> None:
    conn = await connect(tmp_path / "m.db")
    try:
        await migrate(conn)
        await conn.execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')"
        )
        with pytest.raises(SchemaTooNewError, match="schema version 999"):
            await migrate(conn)
    finally:
        await conn.close()


async def test_failing_migration_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_ok.sql").write_text("CREATE TABLE a (x INTEGER);\n", encoding="utf-8")
    (folder / "0002_broken.sql").write_text(
        "CREATE TABLE b (x INTEGER);\nINSERT INTO nowhere VALUES (1);\n", encoding="utf-8"
    )
    conn = await connect(tmp_path / "m.db")
    try:
        with pytest.raises(Exception, match="nowhere"):
            await migrate(conn, folder)
        assert await schema_version(conn) == 1
        async with conn.execute("SELECT name FROM sqlite_master WHERE name = 'b'") as cur:
            assert await cur.fetchone() is None
    finally:
        await conn.close()


def test_duplicate_numbers_are_an_error(tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("SELECT 1;", encoding="utf-8")
    (tmp_path / "0001_b.sql").write_text("SELECT 1;", encoding="utf-8")
    with pytest.raises(RuntimeError, match="unique"):
        available_migrations(tmp_path)


async def test_a_gap_filled_later_is_still_applied(tmp_path: Path) -> None:
    """Branches take their own numbers: 0003 merged after 0004 ran is applied on the next
    start instead of being skipped as "older than the database"."""
    (tmp_path / "0001_a.sql").write_text("CREATE TABLE a (x INTEGER);", encoding="utf-8")
    (tmp_path / "0004_d.sql").write_text("CREATE TABLE d (x INTEGER);", encoding="utf-8")
    conn = await connect(tmp_path / "m.db")
    try:
        assert await migrate(conn, tmp_path) == [1, 4]
        (tmp_path / "0003_c.sql").write_text("CREATE TABLE c (x INTEGER);", encoding="utf-8")
        assert await migrate(conn, tmp_path) == [3]
        assert await migrate(conn, tmp_path) == []
        async with conn.execute("SELECT name FROM sqlite_master WHERE name = 'c'") as cur:
            assert await cur.fetchone() is not None
    finally:
        await conn.close()


def test_statements_are_split_with_semicolons_inside_strings() -> None:
    script = "-- note\nCREATE TABLE t (x TEXT DEFAULT ';');\nINSERT INTO t VALUES ('a;b');\n"
    assert split_statements(script) == [
        "-- note\nCREATE TABLE t (x TEXT DEFAULT ';');",
        "INSERT INTO t VALUES ('a;b');",
    ]


def test_migration_files_are_found_from_the_package() -> None:
    assert (MIGRATIONS_DIR / "0001_initial.sql").exists()


# --- PostgreSQL: the same runner rules on a real server (tests/integration/conftest.py) ---


async def test_postgres_fresh_database_gets_every_migration_once(
    empty_pg: asyncpg.Connection,
) -> None:
    versions = [m.version for m in available_migrations(PG_MIGRATIONS_DIR)]  # gaps allowed
    newest = versions[-1]
    assert await pg_migrate(empty_pg) == versions
    assert await pg_migrate(empty_pg) == []
    assert await pg_schema_version(empty_pg) == newest
    tables = {
        r["tablename"]
        for r in await empty_pg.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    }
    assert {"organisations", "people", "events", "audit_log", "dialogs"} <= tables


async def test_postgres_newer_database_is_refused(empty_pg: asyncpg.Connection) -> None:
    await pg_migrate(empty_pg)
    await empty_pg.execute(
        "INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')"
    )
    with pytest.raises(SchemaTooNewError, match="schema version 999"):
        await pg_migrate(empty_pg)


async def test_postgres_failing_migration_leaves_nothing_behind(
    empty_pg: asyncpg.Connection, tmp_path: Path
) -> None:
    (tmp_path / "0001_ok.sql").write_text("CREATE TABLE a (x INTEGER);\n", encoding="utf-8")
    (tmp_path / "0002_broken.sql").write_text(
        "CREATE TABLE b (x INTEGER);\nINSERT INTO nowhere VALUES (1);\n", encoding="utf-8"
    )
    with pytest.raises(asyncpg.PostgresError, match="nowhere"):
        await pg_migrate(empty_pg, tmp_path)
    assert await pg_schema_version(empty_pg) == 1
    assert await empty_pg.fetchval("SELECT to_regclass('public.b')") is None


async def test_postgres_workers_starting_together_migrate_once(pg_cluster: PgCluster) -> None:
    name = await create_database(pg_cluster, migrated=False)
    conns = [await asyncpg.connect(pg_cluster.url(name)) for _ in range(3)]
    try:
        results = await asyncio.gather(*(pg_migrate(c) for c in conns))
        versions = [m.version for m in available_migrations(PG_MIGRATIONS_DIR)]  # gaps allowed
        assert sorted(v for applied in results for v in applied) == versions
        assert await conns[0].fetchval("SELECT COUNT(*) FROM schema_version") == len(versions)
    finally:
        for conn in conns:
            await conn.close()
        await drop_database(pg_cluster, name)


def test_every_sqlite_migration_has_its_postgres_mirror() -> None:
    """Same numbers and names: a SQLite migration without its PG twin fails here."""
    sqlite_side = [(m.version, m.name) for m in available_migrations()]
    pg_side = [(m.version, m.name) for m in available_migrations(PG_MIGRATIONS_DIR)]
    assert pg_side == sqlite_side


# columns PostgreSQL has on top of SQLite's: stand-ins for SQLite's implicit rowid
PG_ONLY_COLUMNS = {"signups": {"seq"}}


async def test_postgres_schema_has_sqlite_tables_and_columns(
    empty_pg: asyncpg.Connection, tmp_path: Path
) -> None:
    conn = await connect(tmp_path / "m.db")
    try:
        await migrate(conn)
        async with conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ) as cur:
            tables = [str(r[0]) for r in await cur.fetchall()]
        sqlite_columns = {}
        for table in tables:
            async with conn.execute(f"PRAGMA table_info({table})") as cur:
                sqlite_columns[table] = {str(r[1]) for r in await cur.fetchall()}
    finally:
        await conn.close()
    await pg_migrate(empty_pg)
    rows = await empty_pg.fetch(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = 'public'"
    )
    pg_columns: dict[str, set[str]] = {}
    for row in rows:
        pg_columns.setdefault(row["table_name"], set()).add(row["column_name"])
    for table, columns in sqlite_columns.items():
        assert pg_columns.get(table, set()) - PG_ONLY_COLUMNS.get(table, set()) == columns, table

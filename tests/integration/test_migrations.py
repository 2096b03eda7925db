"""The migration runner: fresh apply, idempotent re-run, refusal of a newer database."""

from __future__ import annotations

from pathlib import Path

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

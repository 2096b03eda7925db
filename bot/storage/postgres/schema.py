"""The PostgreSQL connection pool and the migration runner over migrations/postgresql/*.sql.

The files mirror migrations/NNNN_name.sql one for one (same number, same name). Each file
runs as one script together with its row in `schema_version`, in one transaction, under a
transaction-scoped advisory lock so that several workers starting at once migrate once.
Running again applies nothing; a database newer than the code is refused (SchemaTooNewError,
the same error as SQLite's). A migration whose rule is the bot's own Python
(bot.storage.data_steps) runs it after its SQL, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from bot.storage import data_steps
from bot.storage.database import (
    MIGRATIONS_DIR,
    Migration,
    SchemaTooNewError,
    available_migrations,
    has_sql,
)

PG_MIGRATIONS_DIR = MIGRATIONS_DIR / "postgresql"

# pg_advisory_xact_lock key taken while migrating ("sogl" in ASCII).
MIGRATION_LOCK = 0x736F676C

# A connection of its own or one lent by the pool.
Conn = asyncpg.Connection | PoolConnectionProxy

_SCHEMA_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)


async def _no_reset(conn: asyncpg.Connection) -> None:
    """Pool release hook: the store never changes session state, so skip asyncpg's RESET
    query (one round trip per use); an open transaction is still rolled back by asyncpg."""


async def create_pool(url: str, *, min_size: int = 1, max_size: int = 10) -> asyncpg.Pool:
    """A pool of connections to `url` (libpq URL syntax, see PostgreSQL's "Connection URIs").

    Raises OSError or asyncpg.PostgresError when the server cannot be reached or refuses.
    """
    pool = await asyncpg.create_pool(
        url,
        min_size=min_size,
        max_size=max_size,
        reset=_no_reset,
        server_settings={"application_name": "soglasovano"},
    )
    assert pool is not None
    return pool


async def schema_version(conn: Conn) -> int:
    """The newest migration applied (0 for an empty database); creates the bookkeeping table."""
    async with conn.transaction():
        await _lock(conn)
        value = await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version")
    return int(value)


async def _lock(conn: Conn) -> None:
    """Serialise migrators until the transaction ends, then make sure the table exists
    (CREATE TABLE IF NOT EXISTS alone races with a concurrent twin)."""
    await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
    await conn.execute(_SCHEMA_TABLE)


async def migrate(
    conn: Conn,
    directory: Path = PG_MIGRATIONS_DIR,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> list[int]:
    """Apply pending migrations; return the versions applied now (each stamped
    `applied_at` by `now`, the store's clock: safety69 #2).

    Raises SchemaTooNewError when the database is newer than the files in `directory`;
    a failing migration is rolled back whole and re-raised (earlier ones stay applied).
    """
    migrations = available_migrations(directory)
    newest = migrations[-1].version if migrations else 0
    async with conn.transaction():
        await _lock(conn)
        current = await _refuse_if_newer(conn, newest)
    applied: list[int] = []
    for migration in migrations:
        if migration.version > current and await _apply_if_pending(conn, migration, newest, now()):
            applied.append(migration.version)
    return applied


async def _apply_if_pending(conn: Conn, migration: Migration, newest: int, at: datetime) -> bool:
    async with conn.transaction():
        await _lock(conn)
        current = await _refuse_if_newer(conn, newest)
        if migration.version <= current:
            return False
        script = migration.path.read_text(encoding="utf-8")
        if has_sql(script):  # a data migration's file may hold only comments
            await conn.execute(script)
        await _data_step(conn, migration.version)
        await conn.execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)",
            migration.version,
            migration.name,
            at.astimezone(UTC).isoformat(timespec="seconds"),
        )
    return True


async def _data_step(conn: Conn, version: int) -> None:
    """The Python part of migration `version` (bot.storage.data_steps), if it has one, on
    the migration's transaction."""
    if version != data_steps.PARENTS_MEETINGS:
        return
    rows = await conn.fetch(
        "SELECT id, title FROM events WHERE NOT parents_audience AND NOT staff_audience"
    )
    ids = data_steps.parents_meeting_ids((int(r["id"]), str(r["title"])) for r in rows)
    await conn.execute(
        "UPDATE events SET parents_audience = TRUE WHERE id = ANY($1::bigint[])", ids
    )


async def _refuse_if_newer(conn: Conn, newest: int) -> int:
    current = int(await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
    if current > newest:
        raise SchemaTooNewError(current, newest)
    return current

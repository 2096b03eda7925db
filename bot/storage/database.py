"""The SQLite connection and the migration runner over migrations/NNNN_name.sql.

Each migration file is applied statement by statement, together with its row in
`schema_version`, in one transaction (a plain executescript would commit first). Running
again applies nothing; a database newer than the code is refused. Numbers must be unique
but may have gaps (parallel branches each take their own number): every migration whose
number has no row in `schema_version` yet is applied, in number order. A migration whose
rule is the bot's own Python (bot.storage.data_steps) runs it after its SQL, in the same
transaction.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import aiosqlite

from bot.storage import data_steps

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer version of the bot: it is at schema version
    `current`, this bot knows migrations up to `newest` (the CLI says so in Russian:
    locales/ru/cli/operator.j2, "too_new")."""

    def __init__(self, current: int, newest: int) -> None:
        self.current, self.newest = current, newest
        super().__init__(
            f"the database is at schema version {current}, this bot knows only up to {newest}:"
            " upgrade the bot or use another BOT_DB"
        )


@dataclass(frozen=True, slots=True)
class Migration:
    """A schema migration file: its version (the number its name starts with), name and path."""

    version: int
    name: str
    path: Path


def available_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """Migration files in version order; a duplicate number is an error (gaps are fine)."""
    found = []
    for path in sorted(directory.glob("*.sql")):
        match = _NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), path))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions) or 0 in versions:
        raise RuntimeError(f"migration numbers must be unique and start at 0001: {versions}")
    return found


async def connect(path: str | Path) -> aiosqlite.Connection:
    """Open the database in autocommit mode (transactions are explicit), WAL, foreign keys."""
    conn = await aiosqlite.connect(str(path), isolation_level=None)
    conn.row_factory = aiosqlite.Row
    try:
        await conn.execute("PRAGMA foreign_keys = ON")
        await conn.execute("PRAGMA busy_timeout = 5000")
        if str(path) != ":memory:":
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        await conn.close()  # an open connection's thread would keep the process alive
        raise
    return conn


async def schema_version(conn: aiosqlite.Connection) -> int:
    """The newest migration applied to the SQLite database on `conn` (0: none), creating the
    schema_version table when missing."""
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    async with conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def migrate(
    conn: aiosqlite.Connection,
    directory: Path = MIGRATIONS_DIR,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> list[int]:
    """Apply pending migrations; return the versions applied now (each stamped
    `applied_at` by `now`, the store's clock: safety69 #2)."""
    migrations = available_migrations(directory)
    current = await schema_version(conn)
    async with conn.execute("SELECT version FROM schema_version") as cur:
        done = {int(row[0]) for row in await cur.fetchall()}
    newest = migrations[-1].version if migrations else 0
    if current > newest:
        raise SchemaTooNewError(current, newest)
    async with conn.execute("SELECT version FROM schema_version") as cur:
        done = {int(row[0]) for row in await cur.fetchall()}
    applied = []
    for migration in migrations:
        if migration.version not in done and await _apply(conn, migration, now()):
            applied.append(migration.version)
    return applied


async def _apply(conn: aiosqlite.Connection, migration: Migration, at: datetime) -> bool:
    """Apply one migration in its own write transaction; False (nothing done) when another
    process applied it after this one read the applied versions: two workers started at
    once on one file both saw it pending, and the second ran it again («table … already
    exists», attack y #2). The check is made under the write lock (BEGIN IMMEDIATE)."""
    await conn.execute("BEGIN IMMEDIATE")
    async with conn.execute(
        "SELECT 1 FROM schema_version WHERE version = ?", (migration.version,)
    ) as cur:
        if await cur.fetchone() is not None:
            await conn.execute("ROLLBACK")
            return False
    try:
        for statement in split_statements(migration.path.read_text(encoding="utf-8")):
            await conn.execute(statement)
        await _data_step(conn, migration.version)
        await conn.execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
            (migration.version, migration.name, at.astimezone(UTC).isoformat(timespec="seconds")),
        )
    except BaseException:
        await conn.execute("ROLLBACK")
        raise
    await conn.execute("COMMIT")
    return True


async def _data_step(conn: aiosqlite.Connection, version: int) -> None:
    """The Python part of migration `version` (bot.storage.data_steps), if it has one, on
    the migration's transaction."""
    if version != data_steps.PARENTS_MEETINGS:
        return
    async with conn.execute(
        "SELECT id, title FROM events WHERE parents_audience = 0 AND staff_audience = 0"
    ) as cur:
        rows = [(int(r[0]), str(r[1])) for r in await cur.fetchall()]
    ids = data_steps.parents_meeting_ids(rows)
    await conn.executemany(
        "UPDATE events SET parents_audience = 1 WHERE id = ?", [(i,) for i in ids]
    )


def split_statements(script: str) -> list[str]:
    """Complete SQL statements of a script, in order (comments kept with their statement)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if has_sql(current):
                statements.append(current.strip())
            current = ""
    if has_sql(current):
        raise ValueError(f"incomplete SQL statement at the end of the script: {current[:80]!r}")
    return statements


def has_sql(text: str) -> bool:
    """True when a script holds a statement, not only comments and blank lines (a data
    migration's file may hold none: bot.storage.data_steps)."""
    return any(line.strip() and not line.strip().startswith("--") for line in text.splitlines())

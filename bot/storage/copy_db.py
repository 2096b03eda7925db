"""`python -m bot copy-db SQLITE_PATH postgresql://…`: move one school's data to PostgreSQL.

Both databases are migrated first and must then stand at the same schema version (a SQLite
migration without its PostgreSQL mirror is refused, never half-copied). The target must be
empty. Every table is copied with its ids, in foreign-key order, in ONE PostgreSQL
transaction with COPY (binary protocol); values are converted by the target column's type
(INTEGER 0/1 → BOOLEAN, JSON text → arrays, JSON text → JSONB). Identity sequences are then
moved past the largest copied id, and each table's rows are counted on both sides.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiosqlite
import asyncpg

from bot.storage.database import connect as connect_sqlite
from bot.storage.database import migrate as migrate_sqlite
from bot.storage.database import schema_version as sqlite_version
from bot.storage.postgres.schema import Conn
from bot.storage.postgres.schema import migrate as migrate_pg
from bot.storage.postgres.schema import schema_version as pg_version
from bot.storage.postgres.shared import create_schema, use_schema
from bot.storage.scoping import pg_school_schema

SKIPPED = {"schema_version"}  # each side keeps its own migration history


class CopyRefused(RuntimeError):
    """The copy cannot start: versions differ, or the target already holds data.
    `problem` names the reason in locales/ru/cli/copy_refused.j2 (what the CLI prints),
    `context` its values; the exception's own text (logs) is both, as is."""

    def __init__(self, problem: str, **context: Any) -> None:
        self.problem, self.context = problem, context
        super().__init__(f"{problem}: {context}")


@dataclass(frozen=True, slots=True)
class TableCount:
    """One table's row count in the source and the target database after a copy (`ok`: equal)."""

    table: str
    source: int
    target: int

    @property
    def ok(self) -> bool:
        """Whether the target has as many rows as the source."""
        return self.source == self.target


async def copy_database(sqlite_path: Path, url: str, school: str | None = None) -> list[TableCount]:
    """Copy every table of the SQLite file into the PostgreSQL database at `url` — into the
    schema of school `school` (`school_<key>`, bot.storage.scoping) when given.

    Returns per-table row counts of both sides (after the commit). Raises CopyRefused, or
    whatever the drivers raise; on any error nothing is left in the target.
    """
    if not await asyncio.to_thread(sqlite_path.is_file):
        raise CopyRefused("no_file", path=str(sqlite_path))
    source = await connect_sqlite(sqlite_path)
    try:
        await migrate_sqlite(source)
        target = await asyncpg.connect(url)
        try:
            if school is not None:
                schema = pg_school_schema(school)
                await create_schema(target, schema)
                await use_schema(target, schema)
            await migrate_pg(target)
            await _check_versions(source, target)
            tables = await _tables_in_order(source)
            async with target.transaction():
                await _refuse_non_empty(target, tables)
                for table in tables:
                    await _copy_table(source, target, table)
                    await _advance_sequences(target, table)
            return [
                TableCount(t, await _sqlite_count(source, t), await _pg_count(target, t))
                for t in tables
            ]
        finally:
            await target.close()
    finally:
        await source.close()


def format_counts(counts: list[TableCount]) -> str:
    """A plain table: name, SQLite rows, PostgreSQL rows, ok/MISMATCH."""
    width = max([len(c.table) for c in counts] + [5])
    lines = [f"{'table':<{width}}  {'sqlite':>8}  {'postgres':>8}"]
    for c in counts:
        lines.append(
            f"{c.table:<{width}}  {c.source:>8}  {c.target:>8}  {'ok' if c.ok else 'MISMATCH'}"
        )
    return "\n".join(lines)


async def _check_versions(source: aiosqlite.Connection, target: Conn) -> None:
    have, want = await pg_version(target), await sqlite_version(source)
    if have != want:
        raise CopyRefused("versions", want=want, have=have)


async def _tables_in_order(source: aiosqlite.Connection) -> list[str]:
    """Tables so that each comes after the tables its foreign keys point to."""
    async with source.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    ) as cur:
        names = [str(r[0]) for r in await cur.fetchall() if r[0] not in SKIPPED]
    parents: dict[str, set[str]] = {}
    for name in names:
        async with source.execute(f'PRAGMA foreign_key_list("{name}")') as cur:
            parents[name] = {str(r[2]) for r in await cur.fetchall()} - {name}
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)]
        if not ready:
            raise CopyRefused("cycle", tables=sorted(set(names) - set(ordered)))
        ordered.extend(ready)
    return ordered


async def _refuse_non_empty(target: Conn, tables: list[str]) -> None:
    for table in tables:
        if await target.fetchval(f'SELECT EXISTS (SELECT 1 FROM "{table}")'):
            raise CopyRefused("not_empty", table=table)


async def _copy_table(source: aiosqlite.Connection, target: Conn, table: str) -> None:
    types = await _pg_column_types(target, table)
    async with source.execute(f'PRAGMA table_info("{table}")') as cur:
        sqlite_columns = [str(r[1]) for r in await cur.fetchall()]
    missing = set(sqlite_columns) - set(types)
    if missing:
        raise CopyRefused("columns", table=table, columns=sorted(missing))
    # a PostgreSQL identity column SQLite lacks stands for SQLite's rowid (signups.seq)
    extra = [c for c, (_, identity) in types.items() if identity and c not in sqlite_columns]
    columns = sqlite_columns + extra[:1]
    select = ", ".join(f'"{c}"' for c in sqlite_columns) + (", rowid" if extra else "")
    converters = [_converter(types[c][0]) for c in columns]
    async with source.execute(f'SELECT {select} FROM "{table}" ORDER BY rowid') as cur:
        rows = [
            tuple(f(v) for f, v in zip(converters, row, strict=True))
            for row in await cur.fetchall()
        ]
    if rows:
        await target.copy_records_to_table(table, records=rows, columns=columns)


async def _pg_column_types(target: Conn, table: str) -> dict[str, tuple[str, bool]]:
    rows = await target.fetch(
        "SELECT column_name, udt_name, is_identity = 'YES' AS identity"
        " FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = $1",
        table,
    )
    if not rows:
        raise CopyRefused("no_table", table=table)
    return {str(r["column_name"]): (str(r["udt_name"]), bool(r["identity"])) for r in rows}


def _converter(udt: str) -> Callable[[Any], Any]:
    """SQLite value → the value asyncpg's COPY wants for a column of type `udt`."""
    if udt == "bool":
        return lambda v: None if v is None else bool(v)
    if udt.startswith("_"):  # an array: stored as a JSON list in SQLite
        return lambda v: None if v is None else json.loads(v)
    if udt in ("json", "jsonb"):
        return lambda v: None if v is None else str(v)
    return lambda v: v


async def _advance_sequences(target: Conn, table: str) -> None:
    rows = await target.fetch(
        "SELECT column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = $1 AND is_identity = 'YES'",
        table,
    )
    for row in rows:
        column = str(row["column_name"])
        await target.execute(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'),"
            f' COALESCE(MAX("{column}"), 0) + 1, false) FROM "{table}"'
        )


async def _sqlite_count(source: aiosqlite.Connection, table: str) -> int:
    async with source.execute(f'SELECT COUNT(*) FROM "{table}"') as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def _pg_count(target: Conn, table: str) -> int:
    return int(await target.fetchval(f'SELECT COUNT(*) FROM "{table}"'))

"""The database the bot processes of a fault scenario share, read by the scenario itself:
a SQLite file (a Path) or a PostgreSQL database (its postgresql:// URL, a str).

`rows(db, sql, params)` runs one query written with SQLite's `?` marks on either; on
PostgreSQL the marks become `$1, $2, …` and the query runs on a short-lived asyncpg
connection in a thread of its own, so the synchronous predicates of the scenarios can call
it while the test's event loop is running.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import asyncpg

Db = Path | str


def is_postgres(db: Db) -> bool:
    return isinstance(db, str) and db.startswith("postgresql://")


def rows(db: Db, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows of one read (or write) query on `db`, as tuples."""
    if not is_postgres(db):
        with contextlib.closing(sqlite3.connect(db)) as conn:
            return [tuple(r) for r in conn.execute(sql, tuple(params)).fetchall()]
    numbered = _numbered(sql)
    found: list[tuple[Any, ...]] = []
    failure: list[BaseException] = []

    async def query() -> None:
        conn = await asyncpg.connect(str(db))
        try:
            found.extend(tuple(r) for r in await conn.fetch(numbered, *params))
        finally:
            await conn.close()

    def run() -> None:
        try:
            asyncio.run(query())
        except BaseException as error:
            failure.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return found


def value(db: Db, sql: str, params: Sequence[Any] = ()) -> Any:
    """The first column of the first row (None when there is no row)."""
    found = rows(db, sql, params)
    return found[0][0] if found else None


def _numbered(sql: str) -> str:
    count = iter(range(1, 10_000))
    return re.sub(r"\?", lambda _: f"${next(count)}", sql)

"""The storage layer: the only place with SQL.

`open_store(target, tz)` picks the backend from BOT_DB: a libpq URL (postgresql://…) opens
the PostgreSQL store (bot.storage.postgres, asyncpg), anything else is a SQLite file path
(bot.storage.sqlite_store, the embedded default). Both apply their migrations first. In a
city deployment each school has a store of its own (`school=KEY`, see bot.storage.scoping).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias
from zoneinfo import ZoneInfo

from bot.storage.scoping import sqlite_school_path

if TYPE_CHECKING:
    from bot.storage.clients import SqliteClientInfo
    from bot.storage.postgres import PostgresStore
    from bot.storage.sqlite_store import SqliteStore

# Either backend; mypy checks every call made through it against both classes.
PlanStore: TypeAlias = "SqliteStore | PostgresStore"
ClientInfoStore: TypeAlias = "SqliteClientInfo | PostgresStore"


def is_postgres_url(target: object) -> bool:
    """True for a libpq URL (postgresql://… or postgres://…), the BOT_DB that selects PG."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


async def open_store(
    target: str | Path,
    tz: ZoneInfo,
    now: Callable[[], datetime] | None = None,
    *,
    school: str | None = None,
) -> PlanStore:
    """Open (and migrate) the store named by `target`: postgresql://… or a SQLite path;
    `now` is the store's clock (default: the system's, in UTC).

    With `school` (a key, bot.storage.scoping) the store holds only that school's data:
    `target` is then a directory of SQLite files (`<target>/<key>.sqlite3`, created if
    missing) or a PostgreSQL URL whose schema `school_<key>` is used, over one pool shared
    by every school on that URL. Raises BadSchoolKey for a key that is not a slug,
    SchemaTooNewError for a database newer than this bot; sqlite3.Error, OSError or
    asyncpg.PostgresError when the database cannot be opened.
    """
    if is_postgres_url(target):
        from bot.storage.postgres import open_postgres_store

        if school is not None:
            if now is None:
                return await open_postgres_store(str(target), tz, school=school)
            return await open_postgres_store(str(target), tz, now, school=school)
        if now is None:
            return await open_postgres_store(str(target), tz)
        return await open_postgres_store(str(target), tz, now)
    from bot.storage.sqlite_store import open_store as open_sqlite_store

    if school is not None:
        target = sqlite_school_path(target, school)
        await asyncio.to_thread(target.parent.mkdir, parents=True, exist_ok=True)
    if now is None:
        return await open_sqlite_store(target, tz)
    return await open_sqlite_store(target, tz, now)


def client_info(store: PlanStore) -> ClientInfoStore:
    """Where the VK transport keeps what each person's app can show: the PostgreSQL store
    itself, or the SQLite `client_info` table beside the store."""
    from bot.storage.sqlite_store import SqliteStore

    if isinstance(store, SqliteStore):
        from bot.storage.clients import SqliteClientInfo

        return SqliteClientInfo(store)
    return store


__all__ = ["ClientInfoStore", "PlanStore", "client_info", "is_postgres_url", "open_store"]

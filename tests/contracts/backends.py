"""The storage backends the port contracts run against, and shared test data helpers.

A backend opens (and re-opens) one database in a given zone and gives what the ports do not
cover: the client_info store of the VK transport. Another backend (PostgreSQL) joins every
contract suite by adding a `Backend` to `BACKENDS` below.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bot.core.models import NewEvent
from bot.storage import client_info
from bot.storage.sqlite_store import SqliteStore, open_store
from bot.transports.vk.clients import ClientInfoStore

KGD = ZoneInfo("Europe/Kaliningrad")
BERLIN = ZoneInfo("Europe/Berlin")


class Backend(Protocol):
    """One storage backend over one database (created on first open)."""

    name: str

    async def open(self, tz: ZoneInfo, now: Callable[[], datetime] | None = None) -> Any:
        """A store over this backend's database (the same data each time), in zone `tz`,
        its clock `now` (None: the real one). The caller closes it."""
        ...

    def client_info(self, store: Any) -> ClientInfoStore:
        """The client_info store sharing `store`'s connection and transactions."""
        ...


@dataclass
class SqliteBackend:
    """SQLite: one file in the test's temporary directory."""

    path: Path
    name: str = "sqlite"

    async def open(self, tz: ZoneInfo, now: Callable[[], datetime] | None = None) -> SqliteStore:
        if now is None:
            return await open_store(self.path, tz)
        return await open_store(self.path, tz, now)

    def client_info(self, store: SqliteStore) -> ClientInfoStore:
        return client_info(store)  # the PostgreSQL store when pg_everywhere swapped it in


BACKENDS: dict[str, Callable[[Path], Backend]] = {
    "sqlite": lambda tmp: SqliteBackend(tmp / "plan.db"),
}


def at(text: str, tz: ZoneInfo = KGD) -> datetime:
    """An aware instant from an ISO wall-clock text in `tz`."""
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def new_event(org_id: int, start: str, end: str, **kw: object) -> NewEvent:
    """A new event of `org_id` between two wall-clock texts (Kaliningrad)."""
    return NewEvent(
        title=str(kw.pop("title", "Лекция")),
        organisation_id=org_id,
        start=at(start),
        end=at(end),
        **kw,  # type: ignore[arg-type]
    )


async def migrate_again(store: Any, version: int) -> list[int]:
    """Forget that migration `version` ran on `store`'s database and run the migrations
    again with the backend's own runner (SQLite's or PostgreSQL's, whichever `store` is):
    a data migration met with rows stored before it. Returns the versions applied."""
    from bot.storage.database import available_migrations, migrate
    from bot.storage.postgres import PostgresStore
    from bot.storage.postgres.schema import PG_MIGRATIONS_DIR
    from bot.storage.postgres.schema import migrate as pg_migrate

    if isinstance(store, PostgresStore):
        # PostgreSQL's runner applies what lies above the newest recorded version, so the
        # later versions are set aside while the migrations up to `version` run again
        async with store.pool.acquire() as conn:
            later = await conn.fetch(
                "SELECT version, name, applied_at FROM schema_version WHERE version > $1", version
            )
            await conn.execute("DELETE FROM schema_version WHERE version >= $1", version)
            with tempfile.TemporaryDirectory() as folder:
                for migration in available_migrations(PG_MIGRATIONS_DIR):
                    if migration.version <= version:
                        (Path(folder) / migration.path.name).symlink_to(migration.path)
                applied = await pg_migrate(conn, Path(folder))
            await conn.executemany(
                "INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)",
                [(r["version"], r["name"], r["applied_at"]) for r in later],
            )
            return applied
    await store.conn.execute("DELETE FROM schema_version WHERE version = ?", (version,))
    await store.conn.commit()
    return await migrate(store.conn)

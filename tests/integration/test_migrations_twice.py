"""Two processes migrating one SQLite file at once (attack y, #2): both start a worker on a
fresh or older database, both read which versions are applied, one applies them first; the
other must then skip them, not run them again («table poll_responses already exists» made
one of two workers started together exit at start-up)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiosqlite

from bot.storage.database import available_migrations, connect, migrate, schema_version


class OtherProcessFirst:
    """The connection of a migrator that another migrator overtakes: the other one applies
    every migration after this one has read the applied versions and before its first
    BEGIN IMMEDIATE (the moment the race of two processes hits)."""

    def __init__(self, conn: aiosqlite.Connection, other: aiosqlite.Connection) -> None:
        self.conn = conn
        self.other = other
        self.overtaken = False

    def execute(self, sql: str, *args: Any) -> Any:
        if sql == "BEGIN IMMEDIATE" and not self.overtaken:
            self.overtaken = True
            return self._after_the_other(sql, *args)
        return self.conn.execute(sql, *args)

    async def _after_the_other(self, sql: str, *args: Any) -> Any:
        await migrate(self.other)
        return await self.conn.execute(sql, *args)


async def test_a_migration_applied_meanwhile_by_another_process_is_skipped(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.db"
    first, second = await connect(path), await connect(path)
    try:
        racing = OtherProcessFirst(first, second)
        applied = await migrate(racing)  # type: ignore[arg-type]
        assert racing.overtaken
        assert applied == []  # the other process applied them all
        assert await schema_version(first) == available_migrations()[-1].version
        async with first.execute("SELECT version, COUNT(*) FROM schema_version GROUP BY 1") as cur:
            counts = {int(r[0]): int(r[1]) for r in await cur.fetchall()}
        assert counts == {m.version: 1 for m in available_migrations()}
    finally:
        await first.close()
        await second.close()

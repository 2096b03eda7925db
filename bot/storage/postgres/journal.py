"""The journal of changes reaching other schools of a city and their applied-markers
(bot.core.features.school_journal, migration 0033). Twin of bot/storage/sqlite/journal.py;
a marker is claimed by INSERT … ON CONFLICT DO NOTHING on its primary key, which waits for
another transaction's uncommitted insert of the same origin."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.features.school_journal import PENDING_LIMIT, SchoolChange, read_entries
from bot.storage.postgres.base import PgBase


class JournalMixin(PgBase):
    """`school_journal` and `school_journal_applied` for PostgresStore."""

    async def record_school_change(self, change: SchoolChange) -> None:
        async with self.transaction() as tx:
            await tx.execute(
                "INSERT INTO school_journal (origin, school, body, created_at)"
                " VALUES ($1, $2, $3, $4)",
                change.origin,
                change.school,
                change.body(),
                self._stamp(),
            )

    async def school_changes_pending(self, limit: int = PENDING_LIMIT) -> Sequence[SchoolChange]:
        rows = await self._all(
            "SELECT origin, school, body FROM school_journal ORDER BY created_at, origin LIMIT $1",
            limit,
        )
        return read_entries([(r["origin"], r["school"], r["body"]) for r in rows])

    async def school_change_done(self, origin: str) -> None:
        async with self.transaction() as tx:
            await tx.execute("DELETE FROM school_journal WHERE origin = $1", origin)

    async def claim_school_change(self, origin: str) -> bool:
        row = await self._write_one(
            "INSERT INTO school_journal_applied (origin, applied_at) VALUES ($1, $2)"
            " ON CONFLICT (origin) DO NOTHING RETURNING origin",
            origin,
            self._stamp(),
        )
        return row is not None

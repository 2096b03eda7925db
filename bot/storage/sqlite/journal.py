"""The journal of changes reaching other schools of a city and their applied-markers
(bot.core.features.school_journal, migration 0033)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.features.school_journal import PENDING_LIMIT, SchoolChange, read_entries
from bot.storage.sqlite.base import SqliteBase


class JournalMixin(SqliteBase):
    """`school_journal` (this school's changes elsewhere) and `school_journal_applied`
    (other schools' changes applied here)."""

    async def record_school_change(self, change: SchoolChange) -> None:
        async with self.transaction() as tx:
            await tx.execute(
                "INSERT INTO school_journal (origin, school, body, created_at) VALUES (?, ?, ?, ?)",
                (change.origin, change.school, change.body(), self._stamp()),
            )

    async def school_changes_pending(self, limit: int = PENDING_LIMIT) -> Sequence[SchoolChange]:
        rows = await self._all(
            "SELECT origin, school, body FROM school_journal ORDER BY created_at, origin LIMIT ?",
            (limit,),
        )
        return read_entries([(r["origin"], r["school"], r["body"]) for r in rows])

    async def school_change_done(self, origin: str) -> None:
        async with self.transaction() as tx:
            await tx.execute("DELETE FROM school_journal WHERE origin = ?", (origin,))

    async def claim_school_change(self, origin: str) -> bool:
        async with self.transaction() as tx:
            cur = await tx.execute(
                "INSERT OR IGNORE INTO school_journal_applied (origin, applied_at) VALUES (?, ?)",
                (origin, self._stamp()),
            )
            return cur.rowcount == 1

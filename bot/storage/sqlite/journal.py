"""The journal of changes reaching other schools of a city and their applied-markers
(bot.core.features.school_journal, migration 0033)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.core.features.school_journal import (
    MAX_TRIES,
    PENDING_LIMIT,
    SchoolChange,
    StuckChange,
    read_entries,
    retry_delay,
)
from bot.storage.journal_rows import (
    DISMISSED,
    DISMISSED_QUERY,
    STUCK_QUERY,
    dismissal,
    dismissal_details,
    stuck_change,
)
from bot.storage.sqlite.base import SqliteBase


class JournalMixin(SqliteBase):
    """`school_journal` (this school's changes elsewhere) and `school_journal_applied`
    (other schools' changes applied here)."""

    async def record_school_change(self, change: SchoolChange) -> None:
        """As bot.core.features.school_journal.JournalStore.record_school_change, on SQLite."""
        async with self.transaction() as tx:
            await tx.execute(
                "INSERT INTO school_journal (origin, school, body, created_at) VALUES (?, ?, ?, ?)",
                (change.origin, change.school, change.body(), self._stamp()),
            )

    async def school_changes_pending(self, limit: int = PENDING_LIMIT) -> Sequence[SchoolChange]:
        """As bot.core.features.school_journal.JournalStore.school_changes_pending, on SQLite."""
        while True:
            rows = await self._all(
                "SELECT origin, school, body FROM school_journal"
                " WHERE stuck_at IS NULL AND next_at <= ? ORDER BY created_at, origin LIMIT ?",
                (self._stamp(), limit),
            )
            found, damaged = read_entries([(r["origin"], r["school"], r["body"]) for r in rows])
            if not damaged:
                return found
            async with self.transaction() as tx:
                await tx.executemany(
                    "UPDATE school_journal SET stuck_at = ?, error = ? WHERE origin = ?",
                    [(self._stamp(), error, origin) for origin, error in damaged],
                )

    async def school_change_failed(self, origin: str, error: str) -> bool:
        """As bot.core.features.school_journal.JournalStore.school_change_failed, on SQLite."""
        async with self.transaction() as tx:
            cur = await tx.execute("SELECT tries FROM school_journal WHERE origin = ?", (origin,))
            row = await cur.fetchone()
            if row is None:
                return False
            tries = int(row[0]) + 1
            stuck = self._stamp() if tries >= MAX_TRIES else None
            await tx.execute(
                "UPDATE school_journal SET tries = ?, next_at = ?, stuck_at = ?, error = ?"
                " WHERE origin = ?",
                (tries, self._stamp() + retry_delay(tries), stuck, error, origin),
            )
            return stuck is not None

    async def school_changes_stuck(self) -> Sequence[StuckChange]:
        """As bot.core.features.school_journal.JournalStore.school_changes_stuck, on SQLite."""
        return [stuck_change(r) for r in await self._all(STUCK_QUERY)]

    async def school_change_retry(self, origin: str) -> bool:
        """As bot.core.features.school_journal.JournalStore.school_change_retry, on SQLite."""
        async with self.transaction() as tx:
            cur = await tx.execute(
                "UPDATE school_journal SET tries = 0, next_at = 0, stuck_at = NULL, error = NULL"
                " WHERE origin = ? AND stuck_at IS NOT NULL",
                (origin,),
            )
            return cur.rowcount == 1

    async def school_change_dismiss(self, origin: str, by: Mapping[str, Any]) -> bool:
        """As bot.core.features.school_journal.JournalStore.school_change_dismiss, on SQLite."""
        async with self.transaction() as tx:
            cur = await tx.execute(
                "SELECT school, body FROM school_journal WHERE origin = ? AND stuck_at IS NOT NULL",
                (origin,),
            )
            row = await cur.fetchone()
            if row is None:
                return False
            cur = await tx.execute(
                "DELETE FROM school_journal WHERE origin = ? AND stuck_at IS NOT NULL", (origin,)
            )
            if cur.rowcount != 1:
                return False
            entity, entity_id, action = DISMISSED
            await tx.execute(
                "INSERT INTO audit_log (at, actor_id, entity, entity_id, action, details)"
                " VALUES (?, NULL, ?, ?, ?, ?)",
                (
                    self._stamp(),
                    entity,
                    entity_id,
                    action,
                    dismissal_details(origin, row["school"], row["body"], by),
                ),
            )
            return True

    async def school_changes_dismissed(self, limit: int = 20) -> list[dict[str, Any]]:
        """As bot.core.features.school_journal.JournalStore.school_changes_dismissed, on SQLite."""
        rows = await self._all(DISMISSED_QUERY.format(limit=int(limit)))
        return [dismissal(r["at"], r["details"]) for r in rows]

    async def school_change_done(self, origin: str) -> None:
        """As bot.core.features.school_journal.JournalStore.school_change_done, on SQLite."""
        async with self.transaction() as tx:
            await tx.execute("DELETE FROM school_journal WHERE origin = ?", (origin,))

    async def claim_school_change(self, origin: str) -> bool:
        """As bot.core.features.school_journal.JournalStore.claim_school_change, on SQLite."""
        async with self.transaction() as tx:
            cur = await tx.execute(
                "INSERT OR IGNORE INTO school_journal_applied (origin, applied_at) VALUES (?, ?)",
                (origin, self._stamp()),
            )
            return cur.rowcount == 1

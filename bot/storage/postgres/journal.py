"""The journal of changes reaching other schools of a city and their applied-markers
(bot.core.features.school_journal, migration 0033). Twin of bot/storage/sqlite/journal.py;
a marker is claimed by INSERT … ON CONFLICT DO NOTHING on its primary key, which waits for
another transaction's uncommitted insert of the same origin."""

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
from bot.storage.postgres.base import PgBase


class JournalMixin(PgBase):
    """`school_journal` and `school_journal_applied` for PostgresStore."""

    async def record_school_change(self, change: SchoolChange) -> None:
        """As bot.core.features.school_journal.JournalStore.record_school_change, on PostgreSQL."""
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
        """As bot.core.features.school_journal.JournalStore.school_changes_pending, on
        PostgreSQL."""
        while True:
            rows = await self._all(
                "SELECT origin, school, body FROM school_journal"
                " WHERE stuck_at IS NULL AND next_at <= $1 ORDER BY created_at, origin LIMIT $2",
                self._stamp(),
                limit,
            )
            found, damaged = read_entries([(r["origin"], r["school"], r["body"]) for r in rows])
            if not damaged:
                return found
            async with self.transaction() as tx:
                await tx.executemany(
                    "UPDATE school_journal SET stuck_at = $1, error = $2 WHERE origin = $3",
                    [(self._stamp(), error, origin) for origin, error in damaged],
                )

    async def school_change_failed(self, origin: str, error: str) -> bool:
        """As bot.core.features.school_journal.JournalStore.school_change_failed, on PostgreSQL."""
        async with self.transaction() as tx:
            tries = await tx.fetchval(
                "SELECT tries FROM school_journal WHERE origin = $1 FOR UPDATE", origin
            )
            if tries is None:
                return False
            tries = int(tries) + 1
            stuck = self._stamp() if tries >= MAX_TRIES else None
            await tx.execute(
                "UPDATE school_journal SET tries = $1, next_at = $2, stuck_at = $3, error = $4"
                " WHERE origin = $5",
                tries,
                self._stamp() + retry_delay(tries),
                stuck,
                error,
                origin,
            )
            return stuck is not None

    async def school_changes_stuck(self) -> Sequence[StuckChange]:
        """As bot.core.features.school_journal.JournalStore.school_changes_stuck, on PostgreSQL."""
        return [stuck_change(r) for r in await self._all(STUCK_QUERY)]

    async def school_changes_stuck_of(
        self, party: str, journals: Sequence[tuple[str, object]]
    ) -> Sequence[tuple[str, StuckChange]] | None:
        """As bot.core.features.school_journal.CityJournalReader.school_changes_stuck_of, on
        PostgreSQL."""
        schemas = [_schema_on(self, store) for _, store in journals]
        if not journals or any(schema is None for schema in schemas):
            return None
        parts = [  # a schema name is a checked slug (bot.storage.scoping.pg_school_schema)
            f"SELECT {n} AS n, origin, school, tries, error, stuck_at, body, created_at"
            f" FROM {schema}.school_journal WHERE stuck_at IS NOT NULL"
            + ("" if key == party else " AND school = $1")
            for n, ((key, _), schema) in enumerate(zip(journals, schemas, strict=True))
        ]
        rows = await self._all(
            " UNION ALL ".join(parts) + " ORDER BY n, created_at, origin",
            *([party] if any(key != party for key, _ in journals) else []),
        )
        return [(journals[row["n"]][0], stuck_change(row)) for row in rows]

    async def school_changes_dismissed_of(
        self, party: str, journals: Sequence[tuple[str, object]], limit: int
    ) -> Sequence[tuple[str, dict[str, Any]]] | None:
        """As bot.core.features.school_journal.CityJournalReader.school_changes_dismissed_of, on
        PostgreSQL."""
        schemas = [_schema_on(self, store) for _, store in journals]
        if not journals or any(schema is None for schema in schemas):
            return None
        parts = [  # a schema name is a checked slug (bot.storage.scoping.pg_school_schema)
            f"(SELECT {n} AS n, id, at, details::text AS details FROM {schema}.audit_log"
            " WHERE entity = 'school_journal' AND action = 'dismissed'"
            + ("" if key == party else " AND details->>'school' = $1")
            + f" ORDER BY id DESC LIMIT {int(limit)})"
            for n, ((key, _), schema) in enumerate(zip(journals, schemas, strict=True))
        ]
        rows = await self._all(
            " UNION ALL ".join(parts) + f" ORDER BY at DESC, n, id DESC LIMIT {int(limit)}",
            *([party] if any(key != party for key, _ in journals) else []),
        )
        return [(journals[row["n"]][0], dismissal(row["at"], row["details"])) for row in rows]

    async def school_change_retry(self, origin: str) -> bool:
        """As bot.core.features.school_journal.JournalStore.school_change_retry, on PostgreSQL."""
        row = await self._write_one(
            "UPDATE school_journal SET tries = 0, next_at = 0, stuck_at = NULL, error = NULL"
            " WHERE origin = $1 AND stuck_at IS NOT NULL RETURNING origin",
            origin,
        )
        return row is not None

    async def school_change_dismiss(self, origin: str, by: Mapping[str, Any]) -> bool:
        """As bot.core.features.school_journal.JournalStore.school_change_dismiss, on PostgreSQL."""
        async with self.transaction() as tx:
            row = await tx.fetchrow(
                "DELETE FROM school_journal WHERE origin = $1 AND stuck_at IS NOT NULL"
                " RETURNING school, body",
                origin,
            )
            if row is None:
                return False
            entity, entity_id, action = DISMISSED
            await tx.execute(
                "INSERT INTO audit_log (at, actor_id, entity, entity_id, action, details)"
                " VALUES ($1, NULL, $2, $3, $4, $5::jsonb)",
                self._stamp(),
                entity,
                entity_id,
                action,
                dismissal_details(origin, row["school"], row["body"], by),
            )
            return True

    async def school_changes_dismissed(self, limit: int = 20) -> list[dict[str, Any]]:
        """As bot.core.features.school_journal.JournalStore.school_changes_dismissed, on
        PostgreSQL."""
        rows = await self._all(
            DISMISSED_QUERY.format(limit=int(limit)).replace(
                "details", "details::text AS details", 1
            )
        )
        return [dismissal(r["at"], r["details"]) for r in rows]

    async def school_change_done(self, origin: str) -> None:
        """As bot.core.features.school_journal.JournalStore.school_change_done, on PostgreSQL."""
        async with self.transaction() as tx:
            await tx.execute("DELETE FROM school_journal WHERE origin = $1", origin)

    async def claim_school_change(self, origin: str) -> bool:
        """As bot.core.features.school_journal.JournalStore.claim_school_change, on PostgreSQL."""
        row = await self._write_one(
            "INSERT INTO school_journal_applied (origin, applied_at) VALUES ($1, $2)"
            " ON CONFLICT (origin) DO NOTHING RETURNING origin",
            origin,
            self._stamp(),
        )
        return row is not None


def _schema_on(store: PgBase, other: object) -> str | None:
    """The schema of `other` when `store`'s connection reaches it: both school stores (a
    schema each) over one shared pool, i.e. one database; else None."""
    if not isinstance(other, PgBase) or other.pool is not store.pool:
        return None
    return other.schema if store.schema is not None else None

"""One-off reminders at a named moment (bot.core.moments.MomentStore, migration 0036)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import asyncpg

from bot.core.moments import MomentReminder
from bot.storage.postgres.base import PgBase, epoch

_COLUMNS = "id, person_id, event_id, at"
# bot.core.moments.moment_key in SQL: a row whose key is recorded is sent (or being sent)
_KEY = "'moment:' || m.id::TEXT || ':' || m.at::TEXT || ':' || p.vk_id::TEXT"


class MomentsMixin(PgBase):
    """The moment_reminders table."""

    async def add_moment_reminder(
        self, person_id: int, event_id: int, at: datetime
    ) -> MomentReminder:
        row = await self._write_one(
            "WITH added AS (INSERT INTO moment_reminders (person_id, event_id, at, created_at)"
            " VALUES ($1, $2, $3, $4) ON CONFLICT (person_id, event_id, at) DO NOTHING"
            f" RETURNING {_COLUMNS})"
            f" SELECT {_COLUMNS} FROM added UNION ALL SELECT {_COLUMNS} FROM moment_reminders"
            " WHERE person_id = $1 AND event_id = $2 AND at = $3 LIMIT 1",
            person_id,
            event_id,
            epoch(at),
            self._stamp(),
        )
        assert row is not None  # inserted now or stored before
        return self._moment(row)

    async def moment_reminders_due(self, since: datetime, now: datetime) -> list[MomentReminder]:
        rows = await self._all(
            "SELECT m.id, m.person_id, m.event_id, m.at FROM moment_reminders AS m"
            " JOIN people AS p ON p.id = m.person_id WHERE m.at > $1 AND m.at <= $2"
            " AND NOT EXISTS (SELECT 1 FROM sent_notifications AS s"
            f" WHERE s.key = {_KEY}) ORDER BY m.at, m.id",
            epoch(since),
            epoch(now),
        )
        return [self._moment(r) for r in rows]

    async def moment_reminders_of(self, person_id: int, after: datetime) -> list[MomentReminder]:
        rows = await self._all(
            f"SELECT {_COLUMNS} FROM moment_reminders WHERE person_id = $1 AND at > $2"
            " ORDER BY at, id",
            person_id,
            epoch(after),
        )
        return [self._moment(r) for r in rows]

    async def moment_reminder(self, reminder_id: int) -> MomentReminder | None:
        row = await self._one(f"SELECT {_COLUMNS} FROM moment_reminders WHERE id = $1", reminder_id)
        return self._moment(row) if row is not None else None

    async def remove_moment_reminders(
        self, person_id: int, event_ids: Sequence[int] | None = None
    ) -> int:
        if event_ids is not None and not event_ids:
            return 0
        row = await self._write_one(
            "WITH gone AS (DELETE FROM moment_reminders WHERE person_id = $1"
            " AND ($2::BIGINT[] IS NULL OR event_id = ANY($2::BIGINT[])) RETURNING 1)"
            " SELECT COUNT(*) AS n FROM gone",
            person_id,
            list(event_ids) if event_ids is not None else None,
        )
        return int(row["n"]) if row is not None else 0

    def _moment(self, row: asyncpg.Record) -> MomentReminder:
        return MomentReminder(
            int(row["id"]), int(row["person_id"]), int(row["event_id"]), self._at(row["at"])
        )

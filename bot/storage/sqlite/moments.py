"""One-off reminders at a named moment (bot.core.moments.MomentStore, migration 0036)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from bot.core.moments import MomentReminder
from bot.storage.sqlite.base import SqliteBase, _epoch

_COLUMNS = "id, person_id, event_id, at"
# bot.core.moments.moment_key in SQL: a row whose key is recorded is sent (or being sent)
_KEY = "'moment:' || m.id || ':' || m.at || ':' || p.vk_id"


class MomentsMixin(SqliteBase):
    """The moment_reminders table."""

    async def add_moment_reminder(
        self, person_id: int, event_id: int, at: datetime
    ) -> MomentReminder:
        async with self.transaction() as tx:
            await tx.execute(
                "INSERT INTO moment_reminders (person_id, event_id, at, created_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (person_id, event_id, at) DO NOTHING",
                (person_id, event_id, _epoch(at), self._stamp()),
            )
            async with tx.execute(
                f"SELECT {_COLUMNS} FROM moment_reminders"
                " WHERE person_id = ? AND event_id = ? AND at = ?",
                (person_id, event_id, _epoch(at)),
            ) as cur:
                row = await cur.fetchone()
        assert row is not None  # inserted or already there, in this transaction
        return self._moment(row)

    async def moment_reminders_due(self, since: datetime, now: datetime) -> list[MomentReminder]:
        rows = await self._all(
            "SELECT m.id, m.person_id, m.event_id, m.at FROM moment_reminders AS m"
            " JOIN people AS p ON p.id = m.person_id WHERE m.at > ? AND m.at <= ?"
            " AND NOT EXISTS (SELECT 1 FROM sent_notifications AS s"
            f" WHERE s.key = {_KEY}) ORDER BY m.at, m.id",
            (_epoch(since), _epoch(now)),
        )
        return [self._moment(r) for r in rows]

    async def moment_reminders_of(self, person_id: int, after: datetime) -> list[MomentReminder]:
        rows = await self._all(
            f"SELECT {_COLUMNS} FROM moment_reminders WHERE person_id = ? AND at > ?"
            " ORDER BY at, id",
            (person_id, _epoch(after)),
        )
        return [self._moment(r) for r in rows]

    async def moment_reminder(self, reminder_id: int) -> MomentReminder | None:
        row = await self._one(
            f"SELECT {_COLUMNS} FROM moment_reminders WHERE id = ?", (reminder_id,)
        )
        return self._moment(row) if row is not None else None

    async def remove_moment_reminders(
        self, person_id: int, event_ids: Sequence[int] | None = None
    ) -> int:
        sql = "DELETE FROM moment_reminders WHERE person_id = ?"
        params: list[int] = [person_id]
        if event_ids is not None:
            if not event_ids:
                return 0
            sql += f" AND event_id IN ({','.join('?' for _ in event_ids)})"
            params += list(event_ids)
        async with self.transaction() as tx:
            cur = await tx.execute(sql, params)
            return max(cur.rowcount, 0)

    def _moment(self, row: aiosqlite.Row) -> MomentReminder:
        return MomentReminder(
            int(row["id"]),
            int(row["person_id"]),
            int(row["event_id"]),
            datetime.fromtimestamp(row["at"], self.tz),
        )

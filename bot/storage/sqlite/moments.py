"""One-off reminders at a named moment (bot.core.moments.MomentStore, migration 0036)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from bot.core.moments import MomentReminder
from bot.storage.event_columns import epoch
from bot.storage.sqlite.base import SqliteBase

# remind68: the moment a row is sent at — the one asked, moved by its event's start's change
# since (a «накануне» follows the event however it moved: card, edit, re-import)
_AT = "(m.at + e.starts_at - m.event_start)"
_COLUMNS = f"m.id, m.person_id, m.event_id, {_AT} AS at"
_FROM = "moment_reminders AS m JOIN events AS e ON e.id = m.event_id"
# remind69: a row's distance to its event's start, unchanged by a move, indexed per event
# (migration 0037): the due query reads per event only the rows whose distance is due
# (CROSS JOIN: SQLite keeps the events outside, the rows read by the index inside)
_DISTANCE = "(m.at - m.event_start)"
_DUE_FROM = "events AS e CROSS JOIN moment_reminders AS m ON m.event_id = e.id"
# remind68: a row already sent at or after its (moved) moment is not sent again: an event
# moved earlier after its reminder went does not bring a second one; moved later, it does
_SENT_SINCE = (
    "NOT EXISTS (SELECT 1 FROM sent_notifications AS s"
    " WHERE s.key >= 'moment:' || m.id || ':' AND s.key < 'moment:' || m.id || ';'"
    f" AND s.sent_at >= {_AT})"
)
# bot.core.moments.moment_key in SQL: a row whose key is recorded is sent (or being sent)
_KEY = f"'moment:' || m.id || ':' || {_AT} || ':' || p.vk_id"

# the due query (since, now): rows of events not over whose moved moment is in (since, now]
# and not yet sent, read per event through the index (0037)
DUE = (
    f"SELECT {_COLUMNS} FROM {_DUE_FROM} JOIN people AS p ON p.id = m.person_id"
    f" WHERE {_DISTANCE} > ? - e.starts_at AND {_DISTANCE} <= ? - e.starts_at"
    " AND e.ends_at > ?"
    " AND NOT EXISTS (SELECT 1 FROM sent_notifications AS s"
    f" WHERE s.key = {_KEY}) AND {_SENT_SINCE} ORDER BY 4, 1"
)


class MomentsMixin(SqliteBase):
    """The moment_reminders table."""

    async def add_moment_reminder(
        self, person_id: int, event_id: int, at: datetime
    ) -> MomentReminder:
        """As bot.core.moments.MomentStore.add_moment_reminder, on SQLite."""
        same = (
            f"SELECT {_COLUMNS} FROM {_FROM} WHERE m.person_id = ? AND m.event_id = ? AND {_AT} = ?"
        )
        key = (person_id, event_id, epoch(at))
        async with self.transaction() as tx:
            async with tx.execute(same, key) as cur:
                row = await cur.fetchone()
            if row is None:  # the start seen now is kept with the moment (remind68)
                await tx.execute(
                    "INSERT INTO moment_reminders"
                    " (person_id, event_id, at, event_start, created_at)"
                    " SELECT ?, id, ?, starts_at, ? FROM events WHERE id = ?"
                    " ON CONFLICT DO NOTHING",
                    (person_id, epoch(at), self._stamp(), event_id),
                )
                async with tx.execute(same, key) as cur:
                    row = await cur.fetchone()
        assert row is not None  # inserted or already there, in this transaction
        return self._moment(row)

    async def moment_reminders_due(self, since: datetime, now: datetime) -> list[MomentReminder]:
        """As bot.core.moments.MomentStore.moment_reminders_due, on SQLite."""
        rows = await self._all(
            DUE,
            (epoch(since), epoch(now), epoch(now)),
        )
        return [self._moment(r) for r in rows]

    async def moment_reminders_of(self, person_id: int, after: datetime) -> list[MomentReminder]:
        """As bot.core.moments.MomentStore.moment_reminders_of, on SQLite."""
        rows = await self._all(
            f"SELECT {_COLUMNS} FROM {_FROM} WHERE m.person_id = ? AND {_AT} > ? ORDER BY 4, 1",
            (person_id, epoch(after)),
        )
        return [self._moment(r) for r in rows]

    async def moment_reminder(self, reminder_id: int) -> MomentReminder | None:
        """As bot.core.moments.MomentStore.moment_reminder, on SQLite."""
        row = await self._one(f"SELECT {_COLUMNS} FROM {_FROM} WHERE m.id = ?", (reminder_id,))
        return self._moment(row) if row is not None else None

    async def remove_moment_reminders(
        self, person_id: int, event_ids: Sequence[int] | None = None
    ) -> int:
        """As bot.core.moments.MomentStore.remove_moment_reminders, on SQLite."""
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

    async def remove_moment_reminder(self, person_id: int, reminder_id: int) -> bool:
        """As bot.core.moments.MomentStore.remove_moment_reminder, on SQLite."""
        async with self.transaction() as tx:
            cur = await tx.execute(
                "DELETE FROM moment_reminders WHERE id = ? AND person_id = ?",
                (reminder_id, person_id),
            )
            return cur.rowcount == 1

    async def clear_moment_reminders(self, before: datetime) -> int:
        """As bot.core.moments.MomentStore.clear_moment_reminders, on SQLite."""
        async with self.transaction() as tx:
            cur = await tx.execute(
                "DELETE FROM moment_reminders WHERE id IN (SELECT m.id FROM"
                f" {_FROM} WHERE {_AT} <= ? OR e.ends_at <= ?)",
                (epoch(before), epoch(before)),
            )
            return max(cur.rowcount, 0)

    def _moment(self, row: aiosqlite.Row) -> MomentReminder:
        return MomentReminder(
            int(row["id"]),
            int(row["person_id"]),
            int(row["event_id"]),
            datetime.fromtimestamp(row["at"], self.tz),
        )

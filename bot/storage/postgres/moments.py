"""One-off reminders at a named moment (bot.core.moments.MomentStore, migration 0036)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import asyncpg

from bot.core.moments import MomentReminder
from bot.storage.event_columns import epoch
from bot.storage.postgres.base import PgBase

# remind68: the moment a row is sent at — the one asked, moved by its event's start's change
# since (a «накануне» follows the event however it moved: card, edit, re-import)
_AT = "(m.at + e.starts_at - m.event_start)"
_COLUMNS = f"m.id, m.person_id, m.event_id, {_AT} AS at"
_FROM = "moment_reminders AS m JOIN events AS e ON e.id = m.event_id"
# remind69: a row's distance to its event's start, unchanged by a move, indexed per event
# (migration 0037): the due query reads per event only the rows whose distance is due
# (a LATERAL subquery with OFFSET 0: PostgreSQL's planner otherwise hashes the whole table,
# the distance's bounds depending on each event's start)
_DISTANCE = "(m.at - m.event_start)"
_DUE_FROM = (
    "events AS e CROSS JOIN LATERAL (SELECT * FROM moment_reminders AS r"
    " WHERE r.event_id = e.id AND (r.at - r.event_start) > $1 - e.starts_at"
    " AND (r.at - r.event_start) <= $2 - e.starts_at OFFSET 0) AS m"
)
# remind68: a row already sent at or after its (moved) moment is not sent again: an event
# moved earlier after its reminder went does not bring a second one; moved later, it does
# remind69: the row's keys as a byte-wise range ('moment:<id>:' up to 'moment:<id>;'), read
# through the "C"-collated index of migration 0037 — the former left(key, …) = prefix had no
# index and scanned the whole outbox for every due row (50,000 keys: 3.5 s a tick)
_SENT_SINCE = (
    "NOT EXISTS (SELECT 1 FROM sent_notifications AS s"
    " WHERE s.key COLLATE \"C\" >= 'moment:' || m.id::TEXT || ':'"
    " AND s.key COLLATE \"C\" < 'moment:' || m.id::TEXT || ';'"
    f" AND s.sent_at >= {_AT})"
)
# bot.core.moments.moment_key in SQL: a row whose key is recorded is sent (or being sent)
_KEY = f"'moment:' || m.id::TEXT || ':' || {_AT}::TEXT || ':' || p.vk_id::TEXT"

# the due query (since, now): rows of events not over whose moved moment is in (since, now]
# and not yet sent, read per event through the index (0037)
DUE = (
    f"SELECT {_COLUMNS} FROM {_DUE_FROM} JOIN people AS p ON p.id = m.person_id"
    " WHERE e.ends_at > $2"
    " AND NOT EXISTS (SELECT 1 FROM sent_notifications AS s"
    f" WHERE s.key = {_KEY}) AND {_SENT_SINCE} ORDER BY 4, 1"
)


class MomentsMixin(PgBase):
    """The moment_reminders table."""

    async def add_moment_reminder(
        self, person_id: int, event_id: int, at: datetime
    ) -> MomentReminder:
        """As bot.core.moments.MomentStore.add_moment_reminder, on PostgreSQL."""
        row = await self._write_one(
            "WITH same AS ("
            f"SELECT {_COLUMNS} FROM {_FROM}"
            f" WHERE m.person_id = $1 AND m.event_id = $2 AND {_AT} = $3),"
            " added AS (INSERT INTO moment_reminders"
            " (person_id, event_id, at, event_start, created_at)"
            " SELECT $1, id, $3, starts_at, $4 FROM events"
            " WHERE id = $2 AND NOT EXISTS (SELECT 1 FROM same)"
            " ON CONFLICT DO NOTHING RETURNING id, person_id, event_id, at)"
            " SELECT * FROM same UNION ALL SELECT * FROM added LIMIT 1",
            person_id,
            event_id,
            epoch(at),
            self._stamp(),
        )
        assert row is not None  # inserted now or stored before
        return self._moment(row)

    async def moment_reminders_due(self, since: datetime, now: datetime) -> list[MomentReminder]:
        """As bot.core.moments.MomentStore.moment_reminders_due, on PostgreSQL."""
        rows = await self._all(
            DUE,
            epoch(since),
            epoch(now),
        )
        return [self._moment(r) for r in rows]

    async def moment_reminders_of(self, person_id: int, after: datetime) -> list[MomentReminder]:
        """As bot.core.moments.MomentStore.moment_reminders_of, on PostgreSQL."""
        rows = await self._all(
            f"SELECT {_COLUMNS} FROM {_FROM} WHERE m.person_id = $1 AND {_AT} > $2 ORDER BY 4, 1",
            person_id,
            epoch(after),
        )
        return [self._moment(r) for r in rows]

    async def moment_reminder(self, reminder_id: int) -> MomentReminder | None:
        """As bot.core.moments.MomentStore.moment_reminder, on PostgreSQL."""
        row = await self._one(f"SELECT {_COLUMNS} FROM {_FROM} WHERE m.id = $1", reminder_id)
        return self._moment(row) if row is not None else None

    async def remove_moment_reminders(
        self, person_id: int, event_ids: Sequence[int] | None = None
    ) -> int:
        """As bot.core.moments.MomentStore.remove_moment_reminders, on PostgreSQL."""
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

    async def remove_moment_reminder(self, person_id: int, reminder_id: int) -> bool:
        """As bot.core.moments.MomentStore.remove_moment_reminder, on PostgreSQL."""
        row = await self._write_one(
            "WITH gone AS (DELETE FROM moment_reminders WHERE id = $1 AND person_id = $2"
            " RETURNING 1) SELECT COUNT(*) AS n FROM gone",
            reminder_id,
            person_id,
        )
        return row is not None and int(row["n"]) == 1

    async def clear_moment_reminders(self, before: datetime) -> int:
        """As bot.core.moments.MomentStore.clear_moment_reminders, on PostgreSQL."""
        row = await self._write_one(
            "WITH gone AS (DELETE FROM moment_reminders WHERE id IN (SELECT m.id FROM"
            f" {_FROM} WHERE {_AT} <= $1 OR e.ends_at <= $1) RETURNING 1)"
            " SELECT COUNT(*) AS n FROM gone",
            epoch(before),
        )
        return int(row["n"]) if row is not None else 0

    def _moment(self, row: asyncpg.Record) -> MomentReminder:
        return MomentReminder(
            int(row["id"]), int(row["person_id"]), int(row["event_id"]), self._at(row["at"])
        )

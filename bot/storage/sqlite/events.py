"""Events, recurring series and each event's audit log (the EventStore port).

Event changes leave a row in the audit log; events carry a version, so a write based on a
stale read is refused (EventChangedError) instead of undoing another's. Titles and venues are
stored without control characters (bot.core.text).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import aiosqlite

from bot.core.access import EventChangedError
from bot.core.models import Event, EventStatus, NewEvent
from bot.storage.event_audit import audited, cleaned, retimed, snapshot
from bot.storage.event_columns import epoch, epoch_or_none, event_values
from bot.storage.sqlite.base import EVENT_COLUMNS, SqliteBase


class EventsMixin(SqliteBase):
    """Events, series and the audit log."""

    async def add_events(
        self, events: Sequence[NewEvent], actor_id: int | None, *, at: datetime | None = None
    ) -> list[Event]:
        """Store events in one transaction, with an audit row each; `at` (the bot's clock,
        None: not recorded) is each one's timed_at.

        Row ids follow the table's largest id: the write transaction holds the lock, so
        nobody else can insert in between.
        """
        if not events:
            return []
        events = [cleaned(e) for e in events]
        stamp = self._stamp()
        timed = None if at is None else epoch(at)
        async with self.transaction() as tx:
            async with tx.execute("SELECT COALESCE(MAX(id), 0) FROM events") as cur:
                row = await cur.fetchone()
            first = int(row[0]) + 1 if row else 1
            await tx.executemany(
                "INSERT INTO events (id, title, organisation_id, starts_at, ends_at, duration,"
                " all_day, end_given, venue, grades, classes, status, created_by,"
                " series_id, capacity, description, deadline, ages_min, ages_max, online_url,"
                " staff_audience, parents_audience, agreed_at, agreed_by, created_at, updated_at,"
                " timed_at, text_zone)"
                f" VALUES ({', '.join('?' * 28)})",
                [
                    (first + i, *_event_values(e), stamp, stamp, timed, e.details.text_zone)
                    for i, e in enumerate(events)
                ],
            )
            await tx.executemany(
                "INSERT INTO audit_log (at, actor_id, entity, entity_id, action, details)"
                " VALUES (?, ?, 'event', ?, 'add', ?)",
                [
                    (stamp, actor_id, first + i, json.dumps(snapshot(e), ensure_ascii=False))
                    for i, e in enumerate(events)
                ],
            )
        rows = await self._all(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE id BETWEEN ? AND ? ORDER BY id",
            (first, first + len(events) - 1),
        )
        return [self._event(r) for r in rows]

    async def get_event(self, event_id: int) -> Event | None:
        """As bot.core.ports.EventStore.get_event, on SQLite."""
        row = await self._one(f"SELECT {EVENT_COLUMNS} FROM events WHERE id = ?", (event_id,))
        return self._event(row) if row else None

    async def update_event(
        self,
        event: Event,
        actor_id: int | None,
        *,
        at: datetime | None = None,
        reason: str | None = None,
    ) -> Event:
        """Write every field of `event`; the audit row keeps what changed. A new start, or
        leaving the cancelled status, sets timed_at to `at` (bot.storage.event_audit.retimed).

        The row is re-read inside the write transaction and written only if it still has
        `event.version` (the version `event` was read at): otherwise nothing is written and
        EventChangedError carries the event as it is now. KeyError: no such event.
        """
        event = cleaned(event)
        async with self.transaction() as tx:
            before = await self.get_event(event.id)
            if before is None:
                raise KeyError(f"no event {event.id}")
            if before.version != event.version:
                raise EventChangedError(event.id, before)
            # the author is no field a change writes: one read before a release
            # (Directory.release_authorship, no version bump) must not bring it back (attack79)
            event = replace(event, created_by=before.created_by)
            cur = await tx.execute(
                "UPDATE events SET title = ?, organisation_id = ?, starts_at = ?, ends_at = ?,"
                " duration = ?, all_day = ?, end_given = ?, venue = ?, grades = ?, classes = ?,"
                " status = ?, created_by = ?, series_id = ?, capacity = ?, description = ?,"
                " deadline = ?, ages_min = ?, ages_max = ?, online_url = ?, staff_audience = ?,"
                " parents_audience = ?, agreed_at = ?, agreed_by = ?,"
                " updated_at = ?, timed_at = ?,"
                " version = version + 1 WHERE id = ? AND version = ?",
                (
                    *_event_values(event),
                    self._stamp(),
                    epoch_or_none(retimed(before, event, at)),
                    event.id,
                    event.version,
                ),
            )
            if cur.rowcount != 1:
                raise EventChangedError(event.id, await self.get_event(event.id))
            await self._audit(tx, actor_id, event.id, "update", audited(before, event, reason))
            updated = await self.get_event(event.id)
        assert updated is not None
        return updated

    async def update_events(
        self,
        events: Sequence[Event],
        actor_id: int | None,
        *,
        at: datetime | None = None,
        reason: str | None = None,
    ) -> list[Event]:
        """Write every field of each of `events` in ONE transaction (a series moved or
        cancelled together, or such a change undone): all are written or none, each under
        update_event's version rule (EventChangedError if any row changed meanwhile). One
        audit row per event. Raises KeyError for an unknown id, ValueError for an end before
        its start (nothing is written then)."""
        async with self.transaction():
            return [
                await self.update_event(event, actor_id, at=at, reason=reason) for event in events
            ]

    async def set_event_status(
        self,
        event_id: int,
        status: EventStatus,
        actor_id: int | None,
        *,
        at: datetime | None = None,
    ) -> Event:
        """Change the status of the event as it is now (re-read in the same transaction)."""
        async with self.transaction():
            event = await self.get_event(event_id)
            if event is None:
                raise KeyError(f"no event {event_id}")
            return await self.update_event(replace(event, status=status), actor_id, at=at)

    async def events_overlapping(
        self, start: datetime, end: datetime, *, include_cancelled: bool = False
    ) -> list[Event]:
        """Events whose half-open interval overlaps [start, end), via the start index.

        Only events starting after `start - longest duration` can overlap, so the query
        reads an index range instead of the table.
        """
        lookback = await self._longest_duration()
        low, high = epoch(start), epoch(end)
        status_filter = "" if include_cancelled else " AND status != 'cancelled'"
        rows = await self._all(
            f"SELECT {EVENT_COLUMNS} FROM events"
            " WHERE starts_at >= ? AND starts_at < ? AND ends_at > ?"
            f"{status_filter} ORDER BY starts_at, id",
            (low - lookback, high, low),
        )
        return [self._event(r) for r in rows]

    async def events_between(
        self,
        start: datetime,
        end: datetime | None,
        *,
        organisation_id: int | None = None,
    ) -> list[Event]:
        """Non-cancelled events overlapping [start, end) (open-ended when end is None)."""
        far = datetime(9999, 1, 1, tzinfo=UTC)
        events = await self.events_overlapping(start, end or far)
        if organisation_id is not None:
            events = [e for e in events if e.organisation_id == organisation_id]
        return events

    async def events_of_series(self, series_id: int) -> list[Event]:
        """As bot.core.ports.EventStore.events_of_series, on SQLite."""
        rows = await self._all(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE series_id = ? ORDER BY starts_at",
            (series_id,),
        )
        return [self._event(r) for r in rows]

    async def series_turn(self, series_id: int) -> None:
        """bot.core.ports.EventStore.series_turn: inside a unit, its BEGIN IMMEDIATE (taken
        now if the unit has not begun yet) makes every other writer of the file wait for its
        commit, which covers every series; outside a unit nothing is held."""
        if self._gate.current() is not None:
            async with self._gate.reading():
                pass

    async def next_series_id(self) -> int:
        """A series id no other writer gets (migration 0010): a row of `series_ids` taken
        inside a write transaction, after both that table's and the events' largest id."""
        async with self.transaction() as tx:
            cur = await tx.execute(
                "INSERT INTO series_ids (id, created_at) SELECT MAX(n) + 1, ? FROM ("
                " SELECT COALESCE(MAX(id), 0) AS n FROM series_ids"
                " UNION ALL SELECT COALESCE(MAX(series_id), 0) FROM events)",
                (self._stamp(),),
            )
            return int(cur.lastrowid or 0)

    async def count_events(self) -> int:
        """How many events are stored, whatever their status."""
        row = await self._one("SELECT COUNT(*) FROM events")
        return int(row[0]) if row else 0

    async def _longest_duration(self) -> int:
        row = await self._one("SELECT MAX(duration) FROM events")
        return int(row[0]) if row and row[0] is not None else 0

    async def audit_entries(self, event_id: int) -> list[dict[str, Any]]:
        """As bot.core.ports.EventStore.audit_entries, on SQLite."""
        rows = await self._all(
            "SELECT at, actor_id, action, details FROM audit_log"
            " WHERE entity = 'event' AND entity_id = ? ORDER BY id",
            (event_id,),
        )
        return [
            {
                "at": datetime.fromtimestamp(r["at"], self.tz),
                "actor_id": r["actor_id"],
                "action": r["action"],
                "details": json.loads(r["details"]),
            }
            for r in rows
        ]

    async def _audit(
        self,
        tx: aiosqlite.Connection,
        actor_id: int | None,
        event_id: int,
        action: str,
        details: dict[str, Any],
    ) -> None:
        await tx.execute(
            "INSERT INTO audit_log (at, actor_id, entity, entity_id, action, details)"
            " VALUES (?, ?, 'event', ?, ?, ?)",
            (self._stamp(), actor_id, event_id, action, json.dumps(details, ensure_ascii=False)),
        )


def _event_values(event: NewEvent | Event) -> tuple[Any, ...]:
    """`event_columns.event_values` with grades and classes as JSON text (SQLite has no arrays)."""
    return event_values(event, array=_json)


def _json(values: list[Any]) -> str:
    return json.dumps(values, ensure_ascii=False)

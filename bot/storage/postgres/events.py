"""Events and series: the plan itself, with an audit row for every change."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import asyncpg

from bot.core.access import EventChangedError
from bot.core.models import Event, EventStatus, NewEvent
from bot.storage.event_audit import audited, cleaned, retimed
from bot.storage.event_columns import epoch, epoch_or_none, event_values
from bot.storage.postgres.base import EVENT_COLUMNS, PgBase, dumps, snapshot

_INSERT_EVENT = (
    "INSERT INTO events (id, title, organisation_id, starts_at, ends_at, duration, all_day,"
    " end_given, venue, grades, classes, status, created_by, series_id, capacity,"
    " description, deadline, ages_min, ages_max, online_url, staff_audience, parents_audience,"
    " agreed_at, agreed_by, created_at, updated_at, timed_at, text_zone)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,"
    " $18, $19, $20, $21, $22, $23, $24, $25, $25, $26, $27)"
)
_AUDIT = (
    "INSERT INTO audit_log (at, actor_id, entity, entity_id, action, details)"
    " VALUES ($1, $2, 'event', $3, $4, $5::jsonb)"
)


# one series' turn across workers (series_turn): held until the unit's transaction ends
_SERIES_LOCK = (
    "SELECT pg_advisory_xact_lock(('x' || md5('series:' || $1::bigint))::bit(64)::bigint)"
)


class EventsMixin(PgBase):
    """Store methods for events, series and the audit log."""

    async def add_events(
        self, events: Sequence[NewEvent], actor_id: int | None, *, at: datetime | None = None
    ) -> list[Event]:
        """Store events in one transaction, with an audit row each; `at` (the bot's clock,
        None: not recorded) is each one's timed_at.

        Ids are drawn from the table's identity sequence first (ascending, in the order
        given), so concurrent writers never collide. ValueError for a naive or
        backwards instant, before anything is written.
        """
        if not events:
            return []
        events = [cleaned(e) for e in events]
        values = [event_values(e) for e in events]
        stamp = self._stamp()
        async with self.transaction() as tx:
            rows = await tx.fetch(
                "SELECT nextval(pg_get_serial_sequence('events', 'id')) AS id"
                " FROM generate_series(1, $1)",
                len(events),
            )
            new_ids = sorted(int(r["id"]) for r in rows)
            await tx.executemany(
                _INSERT_EVENT,
                [
                    (i, *v, stamp, epoch_or_none(at), e.details.text_zone)
                    for i, v, e in zip(new_ids, values, events, strict=True)
                ],
            )
            await tx.executemany(
                _AUDIT,
                [
                    (stamp, actor_id, i, "add", snapshot(e))
                    for i, e in zip(new_ids, events, strict=True)
                ],
            )
            stored = await tx.fetch(
                f"SELECT {EVENT_COLUMNS} FROM events WHERE id = ANY($1::bigint[]) ORDER BY id",
                new_ids,
            )
        return [self._event(r) for r in stored]

    async def get_event(self, event_id: int) -> Event | None:
        """As bot.core.ports.EventStore.get_event, on PostgreSQL."""
        row = await self._one(f"SELECT {EVENT_COLUMNS} FROM events WHERE id = $1", event_id)
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

        The row is locked (SELECT … FOR UPDATE) and written only if it still has
        `event.version` (the version `event` was read at); otherwise nothing is written and
        EventChangedError carries the event as it is now. KeyError: no such event.
        """
        event = cleaned(event)
        stamp = self._stamp()
        async with self.transaction() as tx:
            current = await tx.fetchrow(
                f"SELECT {EVENT_COLUMNS} FROM events WHERE id = $1 FOR UPDATE", event.id
            )
            if current is None:
                raise KeyError(f"no event {event.id}")
            before = self._event(current)
            if before.version != event.version:
                raise EventChangedError(event.id, before)
            # the author is no field a change writes: one read before a release
            # (Directory.release_authorship, no version bump) must not bring it back (attack79)
            event = replace(event, created_by=before.created_by)
            values = event_values(event)
            row = await tx.fetchrow(
                "UPDATE events SET title = $2, organisation_id = $3, starts_at = $4,"
                " ends_at = $5, duration = $6, all_day = $7, end_given = $8, venue = $9,"
                " grades = $10, classes = $11, status = $12, created_by = $13, series_id = $14,"
                " capacity = $15, description = $16, deadline = $17, ages_min = $18,"
                " ages_max = $19, online_url = $20, staff_audience = $21, parents_audience = $22,"
                " agreed_at = $23, agreed_by = $24,"
                " updated_at = $25, timed_at = $26, version = version + 1"
                f" WHERE id = $1 RETURNING {EVENT_COLUMNS}",
                event.id,
                *values,
                stamp,
                epoch_or_none(retimed(before, event, at)),
            )
            await tx.execute(
                _AUDIT, stamp, actor_id, event.id, "update", dumps(audited(before, event, reason))
            )
        assert row is not None
        return self._event(row)

    async def update_events(
        self,
        events: Sequence[Event],
        actor_id: int | None,
        *,
        at: datetime | None = None,
        reason: str | None = None,
    ) -> list[Event]:
        """Write each of `events` in ONE transaction, each under update_event's version rule
        (EventChangedError if any row changed meanwhile: nothing is written). KeyError for an
        unknown id, ValueError for an end before its start."""
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
        """Change the status of the event as it is now (locked and re-read in the same
        transaction, so no concurrent change is lost)."""
        async with self.transaction() as tx:
            row = await tx.fetchrow(
                f"SELECT {EVENT_COLUMNS} FROM events WHERE id = $1 FOR UPDATE", event_id
            )
            if row is None:
                raise KeyError(f"no event {event_id}")
            event = replace(self._event(row), status=status)
            return await self.update_event(event, actor_id, at=at)

    async def events_overlapping(
        self, start: datetime, end: datetime, *, include_cancelled: bool = False
    ) -> list[Event]:
        """Events whose half-open interval overlaps [start, end), via the start index.

        Only events starting after `start - longest duration` can overlap; the longest
        duration comes from its index in the same statement (one round trip).
        """
        low, high = epoch(start), epoch(end)
        status_filter = "" if include_cancelled else " AND status <> 'cancelled'"
        rows = await self._all(
            f"SELECT {EVENT_COLUMNS} FROM events"
            " WHERE starts_at >= $1 - (SELECT COALESCE(MAX(duration), 0) FROM events)"
            f" AND starts_at < $2 AND ends_at > $1{status_filter} ORDER BY starts_at, id",
            low,
            high,
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
        """As bot.core.ports.EventStore.events_of_series, on PostgreSQL."""
        rows = await self._all(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE series_id = $1 ORDER BY starts_at, id",
            series_id,
        )
        return [self._event(r) for r in rows]

    async def series_turn(self, series_id: int) -> None:
        """bot.core.ports.EventStore.series_turn: a transaction-scoped advisory lock on the
        series, taken only inside an update's unit (released at its commit or rollback)."""
        if self._gate.current() is not None:
            await self._val(_SERIES_LOCK, series_id)

    async def next_series_id(self) -> int:
        """A series id no other worker gets: the `series_ids` identity sequence (migration
        0010); a rolled-back allocation leaves a gap, never a repeat."""
        row = await self._write_one(
            "INSERT INTO series_ids (created_at) VALUES ($1) RETURNING id", self._stamp()
        )
        assert row is not None
        return int(row["id"])

    async def count_events(self) -> int:
        """How many events are stored, whatever their status."""
        return int(await self._val("SELECT COUNT(*) FROM events"))

    async def audit_entries(self, event_id: int) -> list[dict[str, Any]]:
        """As bot.core.ports.EventStore.audit_entries, on PostgreSQL."""
        rows = await self._all(
            "SELECT at, actor_id, action, details::text AS details FROM audit_log"
            " WHERE entity = 'event' AND entity_id = $1 ORDER BY id",
            event_id,
        )
        return [_audit_entry(r, self._at(r["at"])) for r in rows]


def _audit_entry(row: asyncpg.Record, at: datetime) -> dict[str, Any]:
    return {
        "at": at,
        "actor_id": row["actor_id"],
        "action": row["action"],
        "details": json.loads(row["details"]),
    }

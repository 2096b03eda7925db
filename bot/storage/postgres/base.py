"""What every part of the PostgreSQL store shares: the pool, the clock, row conversions.

Rows never leave the package: the aggregate modules turn them into domain objects with the
functions below. Instants are stored as BIGINT epoch seconds (UTC), like the SQLite store,
and come back as aware datetimes in the school's zone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg

from bot.core.models import (
    Audience,
    Event,
    EventDetails,
    EventStatus,
    NewEvent,
    Organisation,
    OrgKind,
    Person,
    Role,
)
from bot.storage.event_audit import snapshot as audit_snapshot
from bot.storage.event_columns import epoch
from bot.storage.postgres.schema import Conn
from bot.storage.postgres.shared import release_pool
from bot.storage.postgres.units import PgGate
from bot.storage.transactions import AfterCommit, Unit

EVENT_COLUMNS = (
    "id, title, organisation_id, starts_at, ends_at, all_day, end_given, venue, grades, "
    "classes, status, created_by, series_id, capacity, created_at, updated_at, version, "
    "description, deadline, ages_min, ages_max, online_url, staff_audience, parents_audience, "
    "timed_at, text_zone, agreed_at, agreed_by"
)


def utc_now() -> datetime:
    """The current moment, aware, in UTC (what the store stamps when no clock is given)."""
    return datetime.now(UTC)


class PgBase:
    """The pool and helpers; the aggregate mixins add the Store's methods on top."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        tz: ZoneInfo,
        now: Callable[[], datetime] = utc_now,
        *,
        schema: str | None = None,
    ) -> None:
        self.pool = pool
        self.tz = tz
        self._now = now
        self.schema = schema  # a school's schema in a shared pool (see shared.py), or None
        self._gate = PgGate(pool, lambda: self._now(), schema)

    async def close(self) -> None:
        """Close the pool, or give it back when it is shared by several schools' stores."""
        if self.schema is None:
            await self.pool.close()
        else:
            await release_pool(self.pool)

    def transaction(self) -> AbstractAsyncContextManager[Conn]:
        """One write transaction (a SAVEPOINT when inside a unit of work, see units.py);
        a UNIQUE violation comes out as DuplicateKeyError."""
        return self._gate.transaction()

    def unit(self, update_id: str | None) -> AbstractAsyncContextManager[Unit]:
        """The unit of work of one incoming update: every store call inside it commits
        together with the update's handled mark (bot.storage.postgres.units)."""
        return self._gate.unit(update_id)

    def pinned(self) -> AbstractAsyncContextManager[None]:
        """Run this task's store calls on one pooled connection until the block ends
        (bot.storage.postgres.units.PgGate.pinned)."""
        return self._gate.pinned()

    def unpinned(self) -> AbstractAsyncContextManager[None]:
        """Give the pinned connection back while the block waits on something else
        (bot.storage.postgres.units.PgGate.unpinned)."""
        return self._gate.unpinned()

    def after_commit(self, action: AfterCommit) -> bool:
        """Queue `action` to run after the current unit commits; False outside a unit."""
        return self._gate.after_commit(action)

    def after_rollback(self, action: AfterCommit) -> bool:
        """Queue `action` to run if the current unit rolls back; False outside a unit."""
        return self._gate.after_rollback(action)

    async def update_handled(self, update_id: str) -> bool:
        """True when an incoming update's effects have already been committed."""
        return (
            await self._val("SELECT 1 FROM seen_updates WHERE event_id = $1", update_id) is not None
        )

    async def _one(self, sql: str, *args: Any) -> asyncpg.Record | None:
        async with self._gate.reading() as conn:
            return await conn.fetchrow(sql, *args)

    async def _all(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        async with self._gate.reading() as conn:
            return list(await conn.fetch(sql, *args))

    async def _val(self, sql: str, *args: Any) -> Any:
        async with self._gate.reading() as conn:
            return await conn.fetchval(sql, *args)

    async def _write_one(self, sql: str, *args: Any) -> asyncpg.Record | None:
        """One statement as one transaction (a SAVEPOINT inside a unit)."""
        async with self.transaction() as conn:
            return await conn.fetchrow(sql, *args)

    def _stamp(self) -> int:
        return epoch(self._now())

    def _at(self, seconds: int) -> datetime:
        return datetime.fromtimestamp(seconds, self.tz)

    def _event(self, row: asyncpg.Record) -> Event:
        return Event(
            id=row["id"],
            title=row["title"],
            organisation_id=row["organisation_id"],
            start=self._at(row["starts_at"]),
            end=self._at(row["ends_at"]),
            all_day=row["all_day"],
            end_given=row["end_given"],
            venue=row["venue"],
            audience=Audience(
                grades=frozenset(row["grades"]),
                classes=frozenset(row["classes"]),
                staff=row["staff_audience"],
                parents=row["parents_audience"],
            ),
            status=EventStatus(row["status"]),
            created_by=row["created_by"],
            series_id=row["series_id"],
            capacity=row["capacity"],
            created_at=self._at(row["created_at"]),
            updated_at=self._at(row["updated_at"]),
            version=row["version"],
            details=_details(row),
            timed_at=None if row["timed_at"] is None else self._at(row["timed_at"]),
            agreed_at=None if row["agreed_at"] is None else self._at(row["agreed_at"]),
            agreed_by=row["agreed_by"],
        )


def snapshot(event: NewEvent | Event) -> str:
    """The audit row of an added event, as JSON text."""
    return dumps(audit_snapshot(event))


def dumps(value: Any) -> str:
    """`value` as the JSON text the store writes (non-ASCII kept as it is)."""
    return json.dumps(value, ensure_ascii=False)


def organisation(row: asyncpg.Record) -> Organisation:
    """An organisations row as an Organisation."""
    return Organisation(id=row["id"], name=row["name"], kind=OrgKind(row["kind"]))


def person(row: asyncpg.Record) -> Person:
    """A people row as a Person (class_confirmed is not stored: False)."""
    return Person(
        id=row["id"],
        vk_id=row["vk_id"],
        role=Role(row["role"]),
        name=row["name"],
        organisation_id=row["organisation_id"],
        class_name=row["class_name"],
    )


def ids(values: Sequence[int]) -> list[int]:
    """Ids as a list for an `= ANY($n::bigint[])` parameter."""
    return [int(v) for v in values]


def _details(row: asyncpg.Record) -> EventDetails:
    """A stored event's announcement details (migrations 0009 and 0027)."""
    low, high = row["ages_min"], row["ages_max"]
    return EventDetails(
        description=row["description"],
        deadline=date.fromisoformat(row["deadline"]) if row["deadline"] else None,
        ages=(int(low), int(high)) if low is not None and high is not None else None,
        online_url=row["online_url"],
        text_zone=row["text_zone"],
    )

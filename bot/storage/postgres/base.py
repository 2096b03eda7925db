"""What every part of the PostgreSQL store shares: the pool, the clock, row conversions.

Rows never leave the package: the aggregate modules turn them into domain objects with the
functions below. Instants are stored as BIGINT epoch seconds (UTC), like the SQLite store,
and come back as aware datetimes in the school's zone.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg

from bot.core.models import (
    Audience,
    Event,
    EventStatus,
    NewEvent,
    Organisation,
    OrgKind,
    Person,
    Role,
)
from bot.storage.postgres.schema import Conn

EVENT_COLUMNS = (
    "id, title, organisation_id, starts_at, ends_at, all_day, end_given, venue, grades, "
    "classes, status, created_by, series_id, capacity, created_at, updated_at"
)
AUDITED_FIELDS = ("title", "start", "end", "all_day", "venue", "audience", "status", "capacity")


class DuplicateKeyError(ValueError):
    """A write broke a UNIQUE constraint (SQLite raises sqlite3.IntegrityError for the same)."""


def utc_now() -> datetime:
    return datetime.now(UTC)


class PgBase:
    """The pool and helpers; the aggregate mixins add the Store's methods on top."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        tz: ZoneInfo,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.pool = pool
        self.tz = tz
        self._now = now

    async def close(self) -> None:
        await self.pool.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Conn]:
        """One write transaction (READ COMMITTED) on a connection of its own; a UNIQUE
        violation comes out as DuplicateKeyError, everything else as asyncpg raised it."""
        async with self.pool.acquire() as conn:
            try:
                async with conn.transaction():
                    yield conn
            except asyncpg.UniqueViolationError as error:
                raise _duplicate(error) from error

    async def _one(self, sql: str, *args: Any) -> asyncpg.Record | None:
        return await self.pool.fetchrow(sql, *args)

    async def _all(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        return list(await self.pool.fetch(sql, *args))

    async def _write_one(self, sql: str, *args: Any) -> asyncpg.Record | None:
        """One statement in autocommit: its own transaction, one round trip."""
        try:
            return await self.pool.fetchrow(sql, *args)
        except asyncpg.UniqueViolationError as error:
            raise _duplicate(error) from error

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
            audience=Audience(grades=frozenset(row["grades"]), classes=frozenset(row["classes"])),
            status=EventStatus(row["status"]),
            created_by=row["created_by"],
            series_id=row["series_id"],
            capacity=row["capacity"],
            created_at=self._at(row["created_at"]),
            updated_at=self._at(row["updated_at"]),
        )


def _duplicate(error: asyncpg.UniqueViolationError) -> DuplicateKeyError:
    return DuplicateKeyError(f"UNIQUE constraint {error.constraint_name} failed: {error.detail}")


def epoch(at: datetime) -> int:
    """Whole seconds since the epoch of an aware instant; ValueError for a naive one."""
    if at.tzinfo is None:
        raise ValueError("the store keeps only timezone-aware instants")
    return int(at.timestamp())


def event_values(event: NewEvent | Event) -> tuple[Any, ...]:
    """Column values in INSERT order, title … capacity (ValueError if it ends first)."""
    start, end = epoch(event.start), epoch(event.end)
    if end < start:
        raise ValueError("an event cannot end before it starts")
    return (
        event.title,
        event.organisation_id,
        start,
        end,
        end - start,
        event.all_day,
        event.end_given,
        event.venue,
        sorted(event.audience.grades),
        sorted(event.audience.classes),
        event.status.value,
        event.created_by,
        event.series_id,
        event.capacity,
    )


def snapshot(event: NewEvent | Event) -> str:
    """The audit row of an added event, as JSON text."""
    return dumps({name: jsonable(getattr(event, name)) for name in AUDITED_FIELDS})


def diff(before: Event, after: Event) -> dict[str, Any]:
    names = {f.name for f in fields(Event)} & set(AUDITED_FIELDS)
    return {
        name: {"from": jsonable(getattr(before, name)), "to": jsonable(getattr(after, name))}
        for name in sorted(names)
        if getattr(before, name) != getattr(after, name)
    }


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Audience):
        return {"grades": sorted(value.grades), "classes": sorted(value.classes)}
    if isinstance(value, EventStatus):
        return value.value
    return value


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def organisation(row: asyncpg.Record) -> Organisation:
    return Organisation(id=row["id"], name=row["name"], kind=OrgKind(row["kind"]))


def person(row: asyncpg.Record) -> Person:
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

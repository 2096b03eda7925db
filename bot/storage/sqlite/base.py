"""The connection every SQLite mixin shares: the gate, transactions, readers and row helpers.

Every statement goes through the Gate of bot.storage.transactions (never `self.conn`
directly): one task at a time on the shared connection, and inside an update's unit of work
every call joins its one transaction. Writes use `transaction()`; reads use `_one`/`_all`.
Instants are stored as integer seconds since the Unix epoch (UTC) and come back aware, in
the school's zone `tz`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import aiosqlite

from bot.core.models import (
    Audience,
    Event,
    EventDetails,
    EventStatus,
    Organisation,
    OrgKind,
    Person,
    Role,
)
from bot.storage.event_columns import epoch
from bot.storage.transactions import AfterCommit, Gate, Unit

# the events table's columns in the order row readers expect (SELECT {EVENT_COLUMNS} …),
# shared by the events and signups mixins
EVENT_COLUMNS = (
    "id, title, organisation_id, starts_at, ends_at, all_day, end_given, venue, grades, "
    "classes, status, created_by, series_id, capacity, created_at, updated_at, version, "
    "description, deadline, ages_min, ages_max, online_url, staff_audience, parents_audience, "
    "timed_at, text_zone, agreed_at, agreed_by"
)


def utc_now() -> datetime:
    """The current instant, aware, in UTC: the store's default clock `now`."""
    return datetime.now(UTC)


class SqliteBase:
    """One aiosqlite connection behind a Gate, in the school's zone `tz`, with the clock
    `now` (stamps are its UTC epoch seconds). The base of every aggregate's mixin."""

    def __init__(
        self,
        conn: aiosqlite.Connection,
        tz: ZoneInfo,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.tz = tz
        self._now = now
        self._gate = Gate(conn, lambda: self._now())

    @property
    def conn(self) -> aiosqlite.Connection:
        """The one connection (use it only through `transaction`, `unit` or the readers)."""
        return self._gate.conn

    @conn.setter
    def conn(self, conn: aiosqlite.Connection) -> None:
        """Replace the one connection (the Gate's)."""
        self._gate.conn = conn

    async def close(self) -> None:
        """Close the store's connection."""
        await self.conn.close()

    def transaction(self) -> AbstractAsyncContextManager[aiosqlite.Connection]:
        """One write transaction (a savepoint when inside a unit of work); concurrent
        writers of this process wait their turn, other processes' through BEGIN IMMEDIATE."""
        return self._gate.transaction()

    def unit(self, update_id: str | None) -> AbstractAsyncContextManager[Unit]:
        """The unit of work of one incoming update (bot.storage.transactions.Gate.unit):
        every store call inside it commits together with the update's handled mark."""
        return self._gate.unit(update_id)

    def after_commit(self, action: AfterCommit) -> bool:
        """Queue `action` to run after the current unit commits; False outside a unit."""
        return self._gate.after_commit(action)

    def after_rollback(self, action: AfterCommit) -> bool:
        """Queue `action` to run if the current unit rolls back; False outside a unit."""
        return self._gate.after_rollback(action)

    async def update_handled(self, update_id: str) -> bool:
        """True when an incoming update's effects have already been committed."""
        row = await self._one("SELECT 1 FROM seen_updates WHERE event_id = ?", (update_id,))
        return row is not None

    # --- helpers ---------------------------------------------------------------------

    def _stamp(self) -> int:
        return epoch(self._now())

    def _event(self, row: aiosqlite.Row) -> Event:
        return Event(
            id=row["id"],
            title=row["title"],
            organisation_id=row["organisation_id"],
            start=datetime.fromtimestamp(row["starts_at"], self.tz),
            end=datetime.fromtimestamp(row["ends_at"], self.tz),
            all_day=bool(row["all_day"]),
            end_given=bool(row["end_given"]),
            venue=row["venue"],
            audience=Audience(
                grades=frozenset(json.loads(row["grades"])),
                classes=frozenset(json.loads(row["classes"])),
                staff=bool(row["staff_audience"]),
                parents=bool(row["parents_audience"]),
            ),
            status=EventStatus(row["status"]),
            created_by=row["created_by"],
            series_id=row["series_id"],
            capacity=row["capacity"],
            created_at=datetime.fromtimestamp(row["created_at"], self.tz),
            updated_at=datetime.fromtimestamp(row["updated_at"], self.tz),
            version=row["version"],
            details=_details(row),
            timed_at=instant(row["timed_at"], self.tz),
            agreed_at=instant(row["agreed_at"], self.tz),
            agreed_by=row["agreed_by"],
        )

    async def _one(self, sql: str, params: Sequence[Any] = ()) -> aiosqlite.Row | None:
        """The first row of a read (a query meant to find at most a few rows)."""
        rows = await self._all(sql, params)
        return rows[0] if rows else None

    async def _all(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        """Every row of a read, in one hand-off to aiosqlite's thread (execute, fetch and
        close together: a cursor would cost three)."""
        async with self._gate.reading() as conn:
            return list(await conn.execute_fetchall(sql, params))


def instant(seconds: int | None, tz: ZoneInfo) -> datetime | None:
    """A nullable epoch column as an aware instant in `tz`."""
    return None if seconds is None else datetime.fromtimestamp(seconds, tz)


def inserted_rowid(cur: aiosqlite.Cursor) -> int:
    """The row id of the row `cur`'s INSERT made; RuntimeError when it made none."""
    if cur.lastrowid is None:
        raise RuntimeError("insert returned no row id")
    return int(cur.lastrowid)


def organisation_of_row(row: aiosqlite.Row) -> Organisation:
    """An organisations row (id, name, kind) as an Organisation."""
    return Organisation(id=row["id"], name=row["name"], kind=OrgKind(row["kind"]))


def person_of_row(row: aiosqlite.Row) -> Person:
    """A people row (id, vk_id, role, name, organisation_id, class_name) as a Person."""
    return Person(
        id=row["id"],
        vk_id=row["vk_id"],
        role=Role(row["role"]),
        name=row["name"],
        organisation_id=row["organisation_id"],
        class_name=row["class_name"],
    )


def _details(row: aiosqlite.Row) -> EventDetails:
    """A stored event's announcement details (migrations 0009 and 0027)."""
    low, high = row["ages_min"], row["ages_max"]
    return EventDetails(
        description=row["description"],
        deadline=date.fromisoformat(row["deadline"]) if row["deadline"] else None,
        ages=(int(low), int(high)) if low is not None and high is not None else None,
        online_url=row["online_url"],
        text_zone=row["text_zone"],
    )

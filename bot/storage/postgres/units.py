"""Transactions and the unit of work of an update, over a PostgreSQL connection pool.

The same semantics as bot.storage.transactions (SQLite), with one connection per unit
instead of one gate over a shared connection:

- A `unit(update_id)` takes a pooled connection and BEGINs lazily, at its first statement
  (network calls made before that hold nothing). It is kept in a ContextVar, so every store
  call of the task (and of tasks it spawns) joins its transaction; a call made by a task
  without a unit gets its own connection and transaction.
- `transaction()` inside a unit is a SAVEPOINT (asyncpg's nested transaction): a failing
  store call undoes only its own writes and leaves the unit usable.
- The unit ends with the update's "handled" mark in `seen_updates`, committed together with
  its effects. If another worker committed the same update first, the INSERT … ON CONFLICT
  DO NOTHING waits for that commit and finds the row: everything is rolled back and the
  unit is marked `duplicate`. Actions queued with `after_commit` (sending the replies) run
  only after the commit, outside any transaction, and are dropped on a rollback.

Isolation is PostgreSQL's default READ COMMITTED; writers that read before they write lock
the row first (SELECT … FOR UPDATE) or write conditionally (events.version).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import asyncpg

from bot.storage.postgres.schema import Conn
from bot.storage.postgres.shared import begin_statement, mark_schema, use_schema
from bot.storage.transactions import SEEN_UPDATES_KEEP, Unit, UnitGate

log = logging.getLogger(__name__)


class DuplicateKeyError(ValueError):
    """A write broke a UNIQUE constraint (SQLite raises sqlite3.IntegrityError for the same)."""


@dataclass(eq=False)
class PgUnit(Unit):
    """A Unit with its pooled connection and open transaction (None until begun)."""

    conn: Any = None
    pin: _Pin | None = None  # the task's pinned connection the unit borrowed, if any


@dataclass(eq=False)
class _Pin:
    """One pooled connection kept by a task for a run of store calls (PgGate.pinned); the
    lock lets one call use it at a time (a unit holds it from BEGIN to COMMIT). `conn` is
    None while given back (PgGate.unpinned), taken again at the next call."""

    conn: Any
    lock: asyncio.Lock


class PgGate(UnitGate[PgUnit]):
    """Hands out the connection a store call must use; see the module docstring."""

    def __init__(
        self, pool: asyncpg.Pool, now: Callable[[], datetime], schema: str | None = None
    ) -> None:
        self.pool = pool
        self._now = now
        # a school's schema in a shared pool (bot.storage.postgres.shared); None: the
        # connection's own search_path (a single-school database)
        self.schema = schema
        self._unit: ContextVar[PgUnit | None] = ContextVar(f"pg_unit_{id(self)}", default=None)
        self._pin: ContextVar[_Pin | None] = ContextVar(f"pg_pin_{id(self)}", default=None)
        self._names = itertools.count(1)
        self._pruned_at = 0  # epoch seconds of this process's last seen_updates clean-up

    @asynccontextmanager
    async def pinned(self) -> AsyncIterator[None]:
        """Keep one pooled connection for every store call of this task (and the tasks it
        spawns) until the block ends: reads outside a unit and every unit run on it, one at
        a time, so a run of calls puts the connection on this store's schema once instead
        of whenever the pool lends one last used by another school (the city's notification
        pass, bot.transports.vk.city). Holds at most one connection (taken at the first
        call; see unpinned); inside a unit or an outer pin it changes nothing."""
        if self.current() is not None or self._pin.get() is not None:
            yield
            return
        pin = _Pin(None, asyncio.Lock())
        token = self._pin.set(pin)
        try:
            yield
        finally:
            self._pin.reset(token)
            if pin.conn is not None:
                await self.pool.release(pin.conn)
                pin.conn = None

    @asynccontextmanager
    async def unpinned(self) -> AsyncIterator[None]:
        """Give this task's pinned connection back to the pool while the block waits on
        something else (a send held by the community's rate limiter and VK), so a pinned
        run holds a connection only while it talks to the database; the next store call
        after the block takes one again (re-setting the schema if that one was on another
        school). A store call inside the block borrows a connection for itself alone, as
        outside any pin: one that took the pin back kept it while the send went on waiting
        on VK (attack60, #4). Outside a pin, or inside a unit (whose transaction must keep
        its connection), it changes nothing."""
        pin = self._pin.get()
        if pin is None or self.current() is not None:
            yield
            return
        async with pin.lock:
            if pin.conn is not None:
                conn, pin.conn = pin.conn, None
                await self.pool.release(conn)
        token = self._pin.set(None)
        try:
            yield
        finally:
            self._pin.reset(token)

    async def _pinned_conn(self, pin: _Pin) -> Conn:
        """The pin's connection (its lock held by the caller), taken from the pool if it
        was given back or never taken."""
        if pin.conn is None:
            pin.conn = await self.pool.acquire()
        conn: Conn = pin.conn
        return conn

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[Conn]:
        """The connection for a read: the unit's (begun if not yet), else the pinned one,
        else a pooled one, in autocommit (each statement its own snapshot)."""
        unit = self.current()
        if unit is not None:
            yield await self._begin(unit)
            return
        pin = self._pin.get()
        if pin is not None:
            async with pin.lock:
                conn = await self._pinned_conn(pin)
                await self._scope(conn)
                yield conn
            return
        async with self.pool.acquire() as conn:
            await self._scope(conn)
            yield conn

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Conn]:
        """One atomic write: a SAVEPOINT inside the current unit, else a unit of its own
        (BEGIN … COMMIT). Rolled back on any exception, which propagates; a UNIQUE
        violation comes out as DuplicateKeyError."""
        unit = self.current()
        if unit is None:
            async with self.unit(None), self.transaction() as conn:
                yield conn
            return
        conn = await self._begin(unit)
        name = f"sp{next(self._names)}"
        await conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except asyncpg.UniqueViolationError as error:
            await self._undo_to(conn, name)
            raise DuplicateKeyError(
                f"UNIQUE constraint {error.constraint_name} failed: {error.detail}"
            ) from error
        except BaseException:
            await self._undo_to(conn, name)
            raise
        # No RELEASE on success (one round trip less per write): the savepoint ends with
        # the unit's COMMIT, or with a ROLLBACK TO an enclosing one, like a released one.

    @staticmethod
    async def _undo_to(conn: Conn, name: str) -> None:
        """Undo a failed store call's writes; its savepoint stays (ended by the COMMIT)."""
        await conn.execute(f"ROLLBACK TO SAVEPOINT {name}")

    def _new_unit(self, update_id: str | None) -> PgUnit:
        return PgUnit(update_id)

    async def _end(self, unit: PgUnit) -> None:
        if unit.pin is not None:
            unit.pin.lock.release()
        elif unit.conn is not None:
            await self.pool.release(unit.conn)
        unit.conn = unit.pin = None

    async def _abort(self, unit: PgUnit) -> None:
        await self._rollback(unit)

    async def _begin(self, unit: PgUnit) -> Conn:
        if unit.begun:
            begun: Conn = unit.conn
            return begun
        pin = self._pin.get()
        conn: Any
        if pin is not None:
            await pin.lock.acquire()
            try:
                conn = await self._pinned_conn(pin)
            except BaseException:
                pin.lock.release()
                raise
        else:
            conn = await self.pool.acquire()
        try:
            # the schema and the BEGIN in one round trip (shared.begin_statement)
            await conn.execute(begin_statement(conn, self.schema))
        except BaseException:
            mark_schema(conn, None)
            if pin is not None:
                pin.lock.release()
            else:
                await self.pool.release(conn)
            raise
        unit.conn, unit.pin, unit.begun = conn, pin, True
        taken: Conn = conn
        return taken

    async def _scope(self, conn: Conn) -> None:
        """Put a connection on this store's schema for reads outside a transaction."""
        if self.schema is not None:
            await use_schema(conn, self.schema)

    async def _finish(self, unit: PgUnit) -> None:
        if unit.update_id is not None:
            stamp = int(self._now().astimezone(UTC).timestamp())
            marked = await unit.conn.fetchval(
                "INSERT INTO seen_updates (event_id, seen_at, try_token) VALUES ($1, $2, $3)"
                " ON CONFLICT (event_id) DO NOTHING RETURNING 1",
                unit.update_id,
                stamp,
                unit.token,
            )
            if marked is None:
                unit.duplicate = True
                await self._rollback(unit)
                return
            if self._prune_due(stamp):
                await unit.conn.execute(
                    "DELETE FROM seen_updates WHERE seen_at < $1", stamp - SEEN_UPDATES_KEEP
                )
        unit.committing = True
        await unit.conn.execute("COMMIT")
        if self.schema is not None:
            mark_schema(unit.conn, self.schema)  # a SET sent with the BEGIN is kept now

    async def _marked(self, update_id: str, token: str) -> bool:
        async with self.reading() as conn:
            found = await conn.fetchval(
                "SELECT 1 FROM seen_updates WHERE event_id = $1 AND try_token = $2",
                update_id,
                token,
            )
            return found is not None

    async def _rollback(self, unit: PgUnit) -> None:
        try:
            await unit.conn.execute("ROLLBACK")
        except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError):
            log.exception("rollback failed")  # the connection may be gone; nothing committed

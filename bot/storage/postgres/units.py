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
from bot.storage.postgres.shared import use_schema
from bot.storage.transactions import (
    PRUNE_EVERY,
    SEEN_UPDATES_KEEP,
    AfterCommit,
    Unit,
    _run_after,
)

log = logging.getLogger(__name__)


class DuplicateKeyError(ValueError):
    """A write broke a UNIQUE constraint (SQLite raises sqlite3.IntegrityError for the same)."""


@dataclass(eq=False)
class PgUnit(Unit):
    """A Unit with its pooled connection and open transaction (None until begun)."""

    conn: Any = None
    tx: Any = None


class PgGate:
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
        self._names = itertools.count(1)
        self._pruned_at = 0  # epoch seconds of this process's last seen_updates clean-up

    def current(self) -> PgUnit | None:
        """The open unit this task is inside, if any."""
        unit = self._unit.get()
        return unit if unit is not None and unit.open else None

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[Conn]:
        """The connection for a read: the unit's (begun if not yet), else a pooled one in
        autocommit (each statement its own snapshot)."""
        unit = self.current()
        if unit is not None:
            yield await self._begin(unit)
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

    @asynccontextmanager
    async def unit(self, update_id: str | None) -> AsyncIterator[Unit]:
        """Handle one update exactly once (see the module docstring). Inside an open unit
        this joins it. On an exception everything rolls back and the exception propagates
        (the update stays unhandled, so its redelivery is processed)."""
        outer = self.current()
        if outer is not None:
            yield outer
            return
        unit = PgUnit(update_id)
        token = self._unit.set(unit)
        try:
            try:
                yield unit
                await self._begin(unit)
                await self._finish(unit)
            except BaseException:
                if unit.begun:
                    await self._rollback(unit)
                raise
            finally:
                unit.open = False
                if unit.conn is not None:
                    await self.pool.release(unit.conn)
                    unit.conn = None
        finally:
            self._unit.reset(token)
        if unit.committed is not None:
            unit.committed.set()
        if not unit.duplicate:
            await _run_after(unit.after)

    def after_commit(self, action: AfterCommit) -> bool:
        """Run `action` after the current unit commits; False (not queued) outside one."""
        unit = self.current()
        if unit is None:
            return False
        unit.after.append(action)
        return True

    async def _begin(self, unit: PgUnit) -> Conn:
        if unit.begun:
            begun: Conn = unit.conn
            return begun
        conn = await self.pool.acquire()
        try:
            await self._scope(conn)
            tx = conn.transaction()
            await tx.start()
        except BaseException:
            await self.pool.release(conn)
            raise
        unit.conn, unit.tx, unit.begun = conn, tx, True
        return conn

    async def _scope(self, conn: Conn) -> None:
        """Put a freshly taken connection on this store's schema (before any BEGIN)."""
        if self.schema is not None:
            await use_schema(conn, self.schema)

    async def _finish(self, unit: PgUnit) -> None:
        if unit.update_id is not None:
            stamp = int(self._now().astimezone(UTC).timestamp())
            marked = await unit.conn.fetchval(
                "INSERT INTO seen_updates (event_id, seen_at) VALUES ($1, $2)"
                " ON CONFLICT (event_id) DO NOTHING RETURNING 1",
                unit.update_id,
                stamp,
            )
            if marked is None:
                unit.duplicate = True
                await self._rollback(unit)
                return
            if stamp - self._pruned_at >= PRUNE_EVERY:
                await unit.conn.execute(
                    "DELETE FROM seen_updates WHERE seen_at < $1", stamp - SEEN_UPDATES_KEEP
                )
                self._pruned_at = stamp
        await unit.tx.commit()

    async def _rollback(self, unit: PgUnit) -> None:
        try:
            await unit.tx.rollback()
        except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError):
            log.exception("rollback failed")  # the connection may be gone; nothing committed

"""Transactions over the one shared aiosqlite connection, and the unit of work of an update.

aiosqlite runs every statement of a connection on one thread, in arrival order: two
coroutines sharing it would put their statements into each other's open transaction. The
`Gate` below therefore lets one task at a time use the connection; a task that is already
inside a transaction (or a unit of work) joins it instead of waiting for itself. The owner
is tracked with a ContextVar, so tasks spawned inside a unit see it too, and a unit that has
ended is never joined again.

A `Unit` is everything one incoming update does: its write transaction begins lazily, at
its first statement (network calls made before that hold nothing), every store call made
while it is open joins it (each as a SAVEPOINT, so a failing store call undoes only its
own writes), and it ends with the update's "handled" mark in `seen_updates`, committed
together with the effects. Actions registered with `after_commit` (sending the replies) run
only after the commit, outside any transaction, and are dropped when the unit rolls back.

Writers of several processes on one SQLite file are serialised by `BEGIN IMMEDIATE`; a
busy database is waited for (`PRAGMA busy_timeout`, see bot.storage.database.connect) and
then retried a bounded number of times with jittered back-off, so "database is locked"
only escapes after about half a minute of continuous contention.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import random
import secrets
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Generic, TypeVar

import aiosqlite

from bot.core.held import WaitCycleError

log = logging.getLogger(__name__)

AfterCommit = Callable[[], Awaitable[object]]
BUSY_RETRIES = 6
BUSY_FIRST_DELAY = 0.05  # seconds; doubles each retry, times a random factor in [0.5, 1.5)
SEEN_UPDATES_KEEP = 86_400  # seconds an update id is remembered (VK redelivers within hours)
# seconds between a process's clean-ups of seen_updates: ids are kept at least
# SEEN_UPDATES_KEEP and at most that plus PRUNE_EVERY (one DELETE per unit cost a round trip)
PRUNE_EVERY = 600


class StoreBusyError(RuntimeError):
    """The database stayed locked by another process through every retry."""


@dataclass(eq=False)
class Unit:
    """One update's unit of work (see the module docstring).

    `update_id` is VK's `event_id` (None: a plain transaction); `duplicate` becomes True
    when the update turned out to be handled already (by another worker): nothing of it
    was committed and its after-commit actions were dropped.
    """

    update_id: str | None
    begun: bool = False
    open: bool = True
    duplicate: bool = False
    after: list[AfterCommit] = field(default_factory=list)
    # run instead of `after` when the unit rolls back (or is a duplicate): another store's
    # writes held open until this unit's fate is known (bot.core.held) are rolled back
    undone: list[AfterCommit] = field(default_factory=list)
    committed: asyncio.Event | None = None  # set when the update is stored as handled
    # True from the moment the unit's COMMIT (with the update's mark) is sent: a failure
    # after it may have committed (the server's answer lost with the connection)
    committing: bool = False
    # written with the update's mark (seen_updates.try_token): tells this try's mark from a
    # redelivery's committed by another worker (attack65, #3); 16 hex digits
    token: str = field(default_factory=lambda: secrets.token_hex(8))


U = TypeVar("U", bound=Unit)


class UnitGate(Generic[U]):
    """What both backends' gates share: the task's open unit (a ContextVar), the unit's
    life (begin lazily, finish or roll back, free its connection, then the after-commit
    actions) and the pacing of seen_updates clean-ups. A backend supplies `_new_unit`,
    `_begin`, `_finish`, `_abort` (roll back a begun unit) and `_end` (free what the unit
    held; called whether or not it began)."""

    _unit: ContextVar[U | None]
    _pruned_at: int  # epoch seconds of this gate's last seen_updates clean-up

    def current(self) -> U | None:
        """The open unit this task is inside, if any."""
        unit = self._unit.get()
        return unit if unit is not None and unit.open else None

    @asynccontextmanager
    async def unit(self, update_id: str | None) -> AsyncIterator[U]:
        """Handle one update exactly once (see the module docstring).

        Inside an open unit this joins it. On a clean exit the update's mark is written and
        everything commits, then the after-commit actions run (their failures are logged,
        never raised: replies are sent at most once). On an exception everything rolls back
        and the exception propagates; the update stays unhandled, so it is processed again
        when it is delivered again.
        """
        outer = self.current()
        if outer is not None:
            yield outer
            return
        unit = self._new_unit(update_id)
        token = self._unit.set(unit)
        failure: BaseException | None = None
        try:
            try:
                yield unit
                await self._begin(unit)
                await self._finish(unit)
            except BaseException as error:
                failure = error
                if unit.begun:
                    await self._abort(unit)
                raise
            finally:
                unit.open = False
                await self._end_after(unit, failure)
        except BaseException as error:
            if failure is None or not await self._landed_anyway(unit, failure):
                await _run_after(unit.undone)
                raise
            log.warning("the COMMIT of update %s failed after it landed: %s", update_id, error)
        finally:
            self._unit.reset(token)
        if unit.committed is not None:
            unit.committed.set()
        await _run_after(unit.undone if unit.duplicate else unit.after)

    async def _end_after(self, unit: U, failure: BaseException | None) -> None:
        """`_end` (the connection given back) after the unit's COMMIT or rollback. After a
        COMMIT that succeeded (`failure` None) an error of its own is logged, not raised:
        the unit committed, so its replies must go and the held units of other schools must
        not be rolled back (review64's suspicion; safety66: a broken connection given back
        to asyncpg's pool raised, VK was answered 503 and the redelivery skipped as handled,
        so the person never heard)."""
        try:
            await self._end(unit)
        except Exception as error:
            if failure is not None:
                raise
            log.warning(
                "update %s committed; giving its connection back failed: %s", unit.update_id, error
            )

    async def _landed_anyway(self, unit: U, failure: BaseException) -> bool:
        """Whether a unit whose COMMIT raised had committed all the same (the server
        committed, its answer was lost with the connection: attack64, #4). Its update's
        mark was written in this very transaction with the unit's own token, so a mark
        found now with that token is this unit's: the unit counts as committed and its
        replies go out once. A mark with another token is a redelivery another worker
        committed after this try's COMMIT truly rolled back (attack65, #3): False, as its
        replies are that worker's. False also when the COMMIT was never sent, for a plain
        transaction (no mark to look for) or when the store cannot say (then it is treated
        as rolled back, as before: redelivered over Callback API, apologised for over Long
        Poll)."""
        if not unit.committing or unit.update_id is None or not isinstance(failure, Exception):
            return False
        try:
            return await self._marked(unit.update_id, unit.token)
        except Exception as error:
            log.warning("cannot tell whether update %s committed: %s", unit.update_id, error)
            return False

    def after_commit(self, action: AfterCommit) -> bool:
        """Run `action` after the current unit commits; False (not queued) outside one."""
        unit = self.current()
        if unit is None:
            return False
        unit.after.append(action)
        return True

    def after_rollback(self, action: AfterCommit) -> bool:
        """Run `action` if the current unit rolls back (or turns out a duplicate) instead
        of committing; False (not queued) outside one."""
        unit = self.current()
        if unit is None:
            return False
        unit.undone.append(action)
        return True

    def _prune_due(self, stamp: int) -> bool:
        """Whether this unit should also delete seen_updates older than SEEN_UPDATES_KEEP
        (at most once per PRUNE_EVERY seconds per gate); `stamp` is epoch seconds."""
        if stamp - self._pruned_at < PRUNE_EVERY:
            return False
        self._pruned_at = stamp
        return True

    def _new_unit(self, update_id: str | None) -> U:
        raise NotImplementedError

    async def _begin(self, unit: U) -> object:
        raise NotImplementedError

    async def _finish(self, unit: U) -> None:
        raise NotImplementedError

    async def _abort(self, unit: U) -> None:
        raise NotImplementedError

    async def _end(self, unit: U) -> None:
        raise NotImplementedError

    async def _marked(self, update_id: str, token: str) -> bool:
        """Whether `update_id` is stored as handled by the try that wrote `token` (read
        outside any unit)."""
        raise NotImplementedError


# the gate each task is waiting for (one process: a city's schools each have a gate), to
# find a cycle of waits before entering it (see Gate._take)
_WAITING: dict[asyncio.Task[object], Gate] = {}


class Gate(UnitGate[Unit]):
    """Serialises the use of one connection; see the module docstring.

    In a city every school has a store and a gate of its own, and a message holds its own
    school's gate from its first read to its commit while it reads or writes another
    school's store (the copies of a shared event, bot.core.features.school_twins). Two such
    messages in two schools at once waited for each other's gate for ever, and every later
    message of both schools behind them (review z2, #1). A task about to wait for a gate
    whose holder waits, directly or through others, for a gate this task holds raises
    WaitCycleError instead (as PostgreSQL answers a deadlock with 40P01): its message
    rolls back and frees its gate, the other goes through.
    """

    def __init__(self, conn: aiosqlite.Connection, now: Callable[[], datetime]) -> None:
        self.conn = conn
        self._now = now
        self._lock = asyncio.Lock()
        self._unit: ContextVar[Unit | None] = ContextVar(f"unit_{id(self)}", default=None)
        self._names = itertools.count(1)
        self.rng = random.Random()
        self._pruned_at = 0  # epoch seconds of this gate's last seen_updates clean-up
        self._holder: asyncio.Task[object] | None = None  # the task inside the gate

    async def _take(self) -> None:
        """Enter the gate (wait for its holder to leave); raises WaitCycleError when that
        wait would never end (see the class docstring)."""
        me = asyncio.current_task()
        if me is None or not self._lock.locked():
            await self._lock.acquire()
            self._holder = me
            return
        holder, seen = self._holder, set()
        while holder is not None and holder not in seen:
            if holder is me:
                raise WaitCycleError("two stores' writers wait for each other")
            seen.add(holder)
            waited = _WAITING.get(holder)
            holder = waited._holder if waited is not None else None
        _WAITING[me] = self
        try:
            await self._lock.acquire()
        finally:
            del _WAITING[me]
        self._holder = me

    def _give(self) -> None:
        self._holder = None
        self._lock.release()

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[aiosqlite.Connection]:
        """The connection for a read: inside a unit, the unit's transaction (begun if not
        yet); outside, an exclusive turn on the connection (autocommit, a WAL snapshot)."""
        unit = self.current()
        if unit is not None:
            await self._begin(unit)
            yield self.conn
            return
        await self._take()
        try:
            yield self.conn
        finally:
            self._give()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One atomic write: a SAVEPOINT inside the current unit, else its own unit
        (BEGIN IMMEDIATE … COMMIT). Rolled back on any exception, which propagates."""
        unit = self.current()
        if unit is None:
            async with self.unit(None) as own:
                await self._begin(own)
                yield self.conn
            return
        await self._begin(unit)
        name = f"sp{next(self._names)}"
        await self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield self.conn
        except BaseException:
            await self.conn.execute(f"ROLLBACK TO {name}")
            raise
        # No RELEASE (one round trip less per write): COMMIT ends every open savepoint, and
        # a ROLLBACK TO an enclosing one undoes this one's writes as if it were released.

    def _new_unit(self, update_id: str | None) -> Unit:
        return Unit(update_id)

    async def _end(self, unit: Unit) -> None:
        if unit.begun:
            self._give()

    async def _abort(self, unit: Unit) -> None:
        await self._rollback()

    async def _begin(self, unit: Unit) -> None:
        if unit.begun:
            return
        await self._take()
        try:
            await self._begin_immediate()
        except asyncio.CancelledError:
            # the BEGIN ran on aiosqlite's thread all the same: left open, the next unit's
            # BEGIN would fail «cannot start a transaction within a transaction» (fix77)
            await self._rollback()
            self._give()
            raise
        except BaseException:
            self._give()
            raise
        unit.begun = True

    async def _begin_immediate(self) -> None:
        delay = BUSY_FIRST_DELAY
        for attempt in range(BUSY_RETRIES + 1):
            try:
                await self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if not _is_busy(error) or attempt == BUSY_RETRIES:
                    if _is_busy(error):
                        raise StoreBusyError(str(error)) from error
                    raise
                log.warning("database busy (%s); retry %d", error, attempt + 1)
                await asyncio.sleep(delay * (0.5 + self.rng.random()))
                delay *= 2

    async def _finish(self, unit: Unit) -> None:
        if unit.update_id is not None:
            stamp = int(self._now().astimezone(UTC).timestamp())
            cur = await self.conn.execute(
                "INSERT OR IGNORE INTO seen_updates (event_id, seen_at, try_token)"
                " VALUES (?, ?, ?)",
                (unit.update_id, stamp, unit.token),
            )
            if cur.rowcount != 1:
                unit.duplicate = True
                await self._rollback()
                return
            if self._prune_due(stamp):
                await self.conn.execute(
                    "DELETE FROM seen_updates WHERE seen_at < ?", (stamp - SEEN_UPDATES_KEEP,)
                )
        unit.committing = True
        await self.conn.execute("COMMIT")

    async def _marked(self, update_id: str, token: str) -> bool:
        async with self.reading() as conn:
            cur = await conn.execute(
                "SELECT 1 FROM seen_updates WHERE event_id = ? AND try_token = ?",
                (update_id, token),
            )
            return await cur.fetchone() is not None

    async def _rollback(self) -> None:
        try:
            await self.conn.execute("ROLLBACK")
        except sqlite3.Error as error:
            if _NO_TRANSACTION in str(error):
                # a COMMIT (or BEGIN) cut by a cancellation — Ctrl-C in the console — ran on
                # aiosqlite's thread all the same: nothing is open to roll back (fix77)
                log.warning("nothing to roll back: %s", error)
            else:  # the connection may be gone; nothing was committed anyway
                log.exception("rollback failed")


# SQLite's answer to a ROLLBACK with no transaction open
_NO_TRANSACTION = "no transaction is active"


def _is_busy(error: sqlite3.OperationalError) -> bool:
    text = str(error)
    return "locked" in text or "busy" in text


async def _run_after(actions: list[AfterCommit]) -> None:
    for action in actions:
        try:
            await action()
        except Exception:
            log.exception("an after-commit action failed (the update stays handled)")

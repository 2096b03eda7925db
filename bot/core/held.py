"""Writes to another school's store that stand or fall with this school's update.

A change made in one school of a city reaches its copies in the others
(bot.core.features.school_twins). Each copy lives in that school's own store, so it cannot
share this school's transaction; it was committed there at once, and when this school's
update then rolled back (a failure later in the same message, a failed commit, the same
update handled by another worker) the other school kept the change and its students were
told of a move that never happened here (attack z, «Noticed, left»; ops21).

Now the planner runs each message inside `holding(store)`. A write to another store made
inside it through `hold(other)` opens a unit of work of that store which stays open — its
notices claimed in its outbox join it too (bot.transports.vk.updates) — until this message's
fate is known: when the message's writes fail, the held units roll back at once; when they
succeed, the held units commit right after this store's update commits and roll back if it
rolls back (the store's `after_commit` / `after_rollback`). Without an open update (a
console, a test calling the planner directly) they commit when the message's writes do.

A process killed between this store's commit and the held commits (a few milliseconds) lost
the other schools' part; this school's reply had named them changed. A caller now records
that part in this store's own update (bot.core.features.school_journal) and passes `hold`
what marks it done once the held unit has committed (`then`); an entry left behind by a
killed worker is finished by the city's notification tick (bot.core.features.school_replay).

Deadlocks: a held unit keeps that store's write lock until this update commits; two updates
reaching each other's school at once waited for each other — on SQLite for ever (each holds its
own store's gate), on PostgreSQL until the caller's time limit
(school_twins.OTHER_SCHOOL_WRITE_TIMEOUT: the cycle passes through one task's two connections,
which the server's deadlock detection cannot see), and both schools then kept their own copy
(review z2, #1). In one process the second to reach now raises WaitCycleError (`hold`; the
SQLite gate does the same for reads, bot.storage.transactions.Gate): its message rolls back
with an apology and the other goes through. Workers of several processes still meet the time
limit.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from contextvars import ContextVar
from typing import Protocol, runtime_checkable

log = logging.getLogger(__name__)

Action = Callable[[], Awaitable[object]]


@runtime_checkable
class Units(Protocol):
    """A store with units of work (both backends; bot.storage.transactions)."""

    def unit(self, update_id: str | None) -> AbstractAsyncContextManager[object]:
        """The unit of work of one incoming update (`update_id`: VK's event_id; None: a plain
        transaction); joins the unit already open."""
        ...

    def after_commit(self, action: Action) -> bool:
        """Run `action` after the current unit commits; False (not queued) outside one."""
        ...

    def after_rollback(self, action: Action) -> bool:
        """Run `action` if the current unit rolls back (or is a duplicate); False (not queued)
        outside one."""
        ...


class WaitCycleError(RuntimeError):
    """A store's connection was about to be waited for by a task that its holder waits for
    (two schools' messages each reaching into the other's store at once: review z2, #1).
    Raised by the store instead of waiting for ever; callers reaching another school let it
    through, so the message rolls back and frees its own store for the other one."""


class HeldUndone(Exception):
    """Thrown into a held unit to roll it back (never escapes this module)."""


# a held unit and what runs once it has committed (None: nothing)
Held = tuple[AsyncExitStack, Action | None]
_HELD: ContextVar[list[Held] | None] = ContextVar("held_units", default=None)
# the enclosing block's own store and the (own, other) reaches its `hold` calls made
_OWN: ContextVar[tuple[object, list[tuple[object, object]]] | None] = ContextVar(
    "held_own", default=None
)
# every (own store, other store) a message of this process is holding a unit across, until
# its held units end: a pair and its reverse both here would wait for each other (`hold`)
_REACHING: list[tuple[object, object]] = []


@asynccontextmanager
async def holding(store: object) -> AsyncIterator[None]:
    """One message's writes in `store`: units held inside (`hold`) roll back if the block
    fails, else commit after `store`'s open unit commits (at once when none is open). A
    block inside another one leaves the decision to the outer block."""
    if _HELD.get() is not None:
        yield
        return
    held: list[Held] = []
    reaches: list[tuple[object, object]] = []
    token = _HELD.set(held)
    own = _OWN.set((store, reaches))
    try:
        yield
    except BaseException:
        _HELD.reset(token)
        _OWN.reset(own)
        await _end_all(held, commit=False)
        _unreach(reaches)
        raise
    _HELD.reset(token)
    _OWN.reset(own)
    if not held:
        _unreach(reaches)
        return

    async def commit() -> None:
        await _end_all(held, commit=True)
        _unreach(reaches)

    async def roll_back() -> None:
        await _end_all(held, commit=False)
        _unreach(reaches)

    if isinstance(store, Units) and store.after_commit(commit):
        store.after_rollback(roll_back)
    else:
        await commit()


async def hold(store: object, then: Action | None = None) -> AsyncExitStack | None:
    """Open a unit of work of `store` (another school's) that the enclosing `holding` block
    ends; every call of `store` from this task joins it until then. None — the writes then
    commit each on its own, as before — outside such a block or when `store` has no units.
    `then` runs once the unit has committed (not when it rolls back; its failure is logged).
    `drop` it at once when the writes in it failed. Raises WaitCycleError when a message of
    `store`'s school in this process is holding (or about to hold) a unit of this block's
    own store: each would wait for the other's locks until the time limit — on PostgreSQL
    too, whose deadlock detection cannot see a cycle that passes through one task's two
    connections (review z2, #1) — so this one gives way."""
    held = _HELD.get()
    if held is None or not isinstance(store, Units):
        return None
    block = _OWN.get()
    if block is not None and block[0] is not store:
        own, reaches = block
        if any(a is store and b is own for a, b in _REACHING):
            raise WaitCycleError("two schools' messages reach into each other's store")
        _REACHING.append((own, store))
        reaches.append((own, store))
    stack = AsyncExitStack()
    await stack.enter_async_context(store.unit(None))
    held.append((stack, then))
    return stack


def _unreach(reaches: list[tuple[object, object]]) -> None:
    for pair in reaches:
        _REACHING.remove(pair)
    reaches.clear()


async def drop(stack: AsyncExitStack) -> None:
    """Roll a held unit back now (its writes failed); the block's end then skips it."""
    held = _HELD.get()
    if held is not None:
        held[:] = [h for h in held if h[0] is not stack]
    await _end(stack, commit=False)


async def commit_now(stack: AsyncExitStack) -> None:
    """Commit a held unit now, before this message's own store commits; the block's end
    then skips it. For a write that may stand even when the message rolls back, because a
    second try of it changes nothing (stuck_parts: «Повторить»/«Отбросить» act on a stuck
    entry only): a process killed between this store's commit and the held commits would
    otherwise lose it behind a message already marked handled (attack40 #2)."""
    held = _HELD.get()
    if held is not None:
        held[:] = [h for h in held if h[0] is not stack]
    await _end(stack, commit=True)


async def _end_all(held: list[Held], *, commit: bool) -> None:
    for stack, then in held:
        try:
            await _end(stack, commit=commit)
        except Exception:
            log.exception("another school's held writes could not be %s", _WORD[commit])
            continue
        if commit and then is not None:
            try:
                await then()
            except Exception:
                log.exception("what follows another school's held commit failed")


_WORD = {True: "committed", False: "rolled back"}


async def _end(stack: AsyncExitStack, *, commit: bool) -> None:
    """Commit (a clean exit) or roll back (HeldUndone thrown in) one held unit; a stack
    already ended does nothing."""
    if commit:
        await stack.aclose()
    else:
        await stack.__aexit__(HeldUndone, HeldUndone(), None)

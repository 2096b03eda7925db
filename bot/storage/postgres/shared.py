"""One asyncpg pool per database URL for all the schools of a deployment, and the school's
schema selected on each connection it lends.

A hundred schools with a pool each would hold a thousand server connections (PostgreSQL's
default `max_connections` is 100), so every school store on the same URL borrows from one
pool (reference-counted: the last store to close closes it). Each school's tables live in
its own schema (bot.storage.scoping.pg_school_schema); a store sets `search_path` to its
schema alone (no `public`: a table missing from it fails, never falls through to another
school's) on every connection it takes, before any transaction starts, so no ROLLBACK can
undo it. The pool skips asyncpg's RESET on release (schema.py), so a connection keeps its
`search_path` and the schema it is on is remembered per connection: the SET costs a round
trip only when the connection last served another school. PostgreSQL re-plans cached
prepared statements whose search_path changed (PostgreSQL docs, PREPARE: "the search_path
in effect … is remembered", plans are rebuilt when it differs).
"""

from __future__ import annotations

import asyncio
import weakref
from dataclasses import dataclass, field
from typing import cast

import asyncpg

from bot.storage.postgres.schema import MIGRATION_LOCK, Conn, create_pool

# the schema each live connection is on (weak: a connection the pool replaced is forgotten)
_ON_SCHEMA: weakref.WeakKeyDictionary[asyncpg.Connection, str] = weakref.WeakKeyDictionary()


@dataclass
class _Shared:
    pool: asyncpg.Pool
    users: int = 0


@dataclass
class _Registry:
    pools: dict[tuple[str, str, int], _Shared] = field(default_factory=dict)
    locks: dict[tuple[str, str, int], asyncio.Lock] = field(default_factory=dict)


_REGISTRY = _Registry()


def _raw(conn: Conn) -> asyncpg.Connection:
    """The connection behind a pool's proxy (a new proxy is made at every acquire)."""
    return cast(asyncpg.Connection, getattr(conn, "_con", None) or conn)


async def use_schema(conn: Conn, schema: str) -> None:
    """Put `conn` on `schema` (`SET search_path`), unless it is already there.

    Call outside a transaction (a SET inside one is undone by its ROLLBACK). `schema` must
    come from pg_school_schema (it is spliced into the statement)."""
    raw = _raw(conn)
    if _ON_SCHEMA.get(raw) == schema:
        return
    _ON_SCHEMA.pop(raw, None)  # unknown until the SET is known to have run
    await conn.execute(f"SET search_path TO {schema}")
    _ON_SCHEMA[raw] = schema


def schema_of(conn: Conn) -> str | None:
    """The schema `conn`'s session search_path is known to be on (None: unknown)."""
    return _ON_SCHEMA.get(_raw(conn))


def mark_schema(conn: Conn, schema: str | None) -> None:
    """Record the schema `conn`'s session is on now (None: forget it, the next use SETs)."""
    raw = _raw(conn)
    if schema is None:
        _ON_SCHEMA.pop(raw, None)
    else:
        _ON_SCHEMA[raw] = schema


def begin_statement(conn: Conn, schema: str | None) -> str:
    """The one simple-query statement that opens a transaction on `schema` (one round trip).

    "BEGIN" when the session is already there (or no schema is used); otherwise
    "SET search_path TO <schema>; BEGIN", after which the session's schema is unknown
    until the transaction ends: PostgreSQL includes statements sent before a BEGIN in the
    same Query message in the new transaction block (PostgreSQL docs, "Multiple Statements
    in a Simple Query"), so a ROLLBACK undoes the SET and a COMMIT keeps it — the caller
    marks the schema (mark_schema) only after a COMMIT."""
    if schema is None or schema_of(conn) == schema:
        return "BEGIN"
    mark_schema(conn, None)
    return f"SET search_path TO {schema}; BEGIN"


async def school_keys(url: str) -> list[str]:
    """The keys of the schools whose schemas (`school_<key>`) the database at `url` holds,
    sorted; [] for a single school's database. One short connection of its own."""
    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'school\\_%' ORDER BY nspname"
        )
    finally:
        await conn.close()
    return [str(r["nspname"]).removeprefix("school_") for r in rows]


async def create_schema(conn: Conn, schema: str) -> None:
    """CREATE SCHEMA IF NOT EXISTS under the migration lock (two workers creating the same
    schema at once would otherwise race on pg_namespace's unique index)."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
        await conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")


async def shared_pool(url: str, *, max_size: int = 10, purpose: str = "stores") -> asyncpg.Pool:
    """The pool for `url` and `purpose` in this event loop, created on first use (then
    `max_size` counts); pair every call with `release_pool`. Purposes keep apart pools that
    must not wait for each other (the schools' stores; the workers' coordination: leases and
    send slots, bot/workers.py). Raises what create_pool raises."""
    key = (url, purpose, id(asyncio.get_running_loop()))
    lock = _REGISTRY.locks.setdefault(key, asyncio.Lock())
    async with lock:
        entry = _REGISTRY.pools.get(key)
        if entry is None:
            entry = _Shared(await create_pool(url, min_size=1, max_size=max_size))
            _REGISTRY.pools[key] = entry
        entry.users += 1
        return entry.pool


async def release_pool(pool: asyncpg.Pool) -> None:
    """One user of a shared pool is done; the last one closes it."""
    for key, entry in list(_REGISTRY.pools.items()):
        if entry.pool is pool:
            entry.users -= 1
            if entry.users <= 0:
                del _REGISTRY.pools[key]
                _REGISTRY.locks.pop(key, None)
                await pool.close()
            return
    await pool.close()  # not shared (or already forgotten): close it as its owner

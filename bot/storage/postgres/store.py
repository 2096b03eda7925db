"""The PostgreSQL implementation of the core's Store port, assembled from its aggregates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.storage.postgres.access import AccessMixin
from bot.storage.postgres.base import utc_now
from bot.storage.postgres.delivery import DeliveryMixin
from bot.storage.postgres.events import EventsMixin
from bot.storage.postgres.journal import JournalMixin
from bot.storage.postgres.moments import MomentsMixin
from bot.storage.postgres.outbox import OutboxMixin
from bot.storage.postgres.people import PeopleMixin
from bot.storage.postgres.plan_files import PlanFilesMixin
from bot.storage.postgres.schema import create_pool, migrate
from bot.storage.postgres.shared import create_schema, release_pool, shared_pool, use_schema
from bot.storage.postgres.signups import SignupsMixin
from bot.storage.scoping import pg_school_schema


class PostgresStore(
    PeopleMixin,
    AccessMixin,
    EventsMixin,
    SignupsMixin,
    DeliveryMixin,
    OutboxMixin,
    PlanFilesMixin,
    JournalMixin,
    MomentsMixin,
):
    """Store over an asyncpg pool; create it with `open_postgres_store`.

    Same methods and semantics as SqliteStore (the contract suites run on both), units of
    work included (bot.storage.postgres.units). Outside a unit, reads take any pooled
    connection and each write is its own transaction, so several workers can share the
    database.
    """


async def open_postgres_store(
    url: str,
    tz: ZoneInfo,
    now: Callable[[], datetime] = utc_now,
    *,
    min_size: int = 1,
    max_size: int = 10,
    school: str | None = None,
) -> PostgresStore:
    """Connect to `url`, apply pending migrations (migrations/postgresql) and return the store.

    With `school` (a key, see bot.storage.scoping) the store is that school's: its tables
    live in the schema `school_<key>` (created and migrated here), reached through the one
    pool shared by every school on `url` (bot.storage.postgres.shared; `max_size` counts
    for the first store opened). Raises SchemaTooNewError for a database written by a newer
    bot, BadSchoolKey for a key that is not a slug, OSError or asyncpg.PostgresError when
    the server cannot be reached or refuses.
    """
    if school is not None:
        return await _open_school_store(url, tz, now, school, max_size)
    pool = await create_pool(url, min_size=min_size, max_size=max_size)
    try:
        async with pool.acquire() as conn:
            await migrate(conn, now=now)
    except BaseException:
        await pool.close()
        raise
    return PostgresStore(pool, tz, now)


async def _open_school_store(
    url: str, tz: ZoneInfo, now: Callable[[], datetime], school: str, max_size: int
) -> PostgresStore:
    schema = pg_school_schema(school)
    pool = await shared_pool(url, max_size=max_size)
    try:
        async with pool.acquire() as conn:
            await create_schema(conn, schema)
            await use_schema(conn, schema)
            await migrate(conn, now=now)
    except BaseException:
        await release_pool(pool)
        raise
    return PostgresStore(pool, tz, now, schema=schema)

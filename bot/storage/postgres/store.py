"""The PostgreSQL implementation of the core's Store port, assembled from its aggregates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.storage.postgres.access import AccessMixin
from bot.storage.postgres.base import utc_now
from bot.storage.postgres.delivery import DeliveryMixin
from bot.storage.postgres.events import EventsMixin
from bot.storage.postgres.outbox import OutboxMixin
from bot.storage.postgres.people import PeopleMixin
from bot.storage.postgres.schema import create_pool, migrate
from bot.storage.postgres.signups import SignupsMixin


class PostgresStore(
    PeopleMixin, AccessMixin, EventsMixin, SignupsMixin, DeliveryMixin, OutboxMixin
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
) -> PostgresStore:
    """Connect to `url`, apply pending migrations (migrations/postgresql) and return the store.

    Raises SchemaTooNewError for a database written by a newer bot, OSError or
    asyncpg.PostgresError when the server cannot be reached or refuses.
    """
    pool = await create_pool(url, min_size=min_size, max_size=max_size)
    try:
        async with pool.acquire() as conn:
            await migrate(conn)
    except BaseException:
        await pool.close()
        raise
    return PostgresStore(pool, tz, now)

"""The PostgreSQL implementation of the core's Store port, assembled from its aggregates."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.storage.postgres.delivery import DeliveryMixin
from bot.storage.postgres.events import EventsMixin
from bot.storage.postgres.people import PeopleMixin
from bot.storage.postgres.schema import create_pool, migrate
from bot.storage.postgres.signups import SignupsMixin


class PostgresStore(PeopleMixin, EventsMixin, SignupsMixin, DeliveryMixin):
    """Store over an asyncpg pool; create it with `open_postgres_store`.

    Same methods and semantics as SqliteStore (the contract suites run on both). Reads take
    any pooled connection; each write is one statement in autocommit or one explicit
    transaction, so several workers can share the database.
    """


async def open_postgres_store(
    url: str, tz: ZoneInfo, *, min_size: int = 1, max_size: int = 10
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
    return PostgresStore(pool, tz)

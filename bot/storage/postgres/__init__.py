"""The PostgreSQL backend (asyncpg): BOT_DB=postgresql://… selects it.

Modules by aggregate: people (organisations, people, invitations, calendar feeds), events
(events, series, audit log), signups (sign-ups, feedback), delivery (notification claims,
update log, preferences, settings, dialogs); schema runs migrations/postgresql.
"""

from bot.storage.postgres.store import PostgresStore, open_postgres_store
from bot.storage.postgres.units import DuplicateKeyError

__all__ = ["DuplicateKeyError", "PostgresStore", "open_postgres_store"]

"""review80 on PostgreSQL: a code that links a person to another organisation releases
their authorship of the old organisation's events in the code's own transaction — the
store contract's test (tests/contracts/test_directory.py, run there on SQLite only) run
against the PostgreSQL store."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.storage.postgres import open_postgres_store
from tests.contracts.test_directory import (
    test_a_code_of_another_organisation_releases_authorship_in_its_transaction as contract,
)

TZ = ZoneInfo("Europe/Kaliningrad")


async def test_a_code_of_another_organisation_releases_authorship(pg_database: str) -> None:
    store = await open_postgres_store(pg_database, TZ)
    try:
        await contract(store)
    finally:
        await store.close()

"""Pytest plugin: run the integration and e2e suites with PostgreSQL as the database.

    python -m pytest -p tests.pg_everywhere tests/integration tests/e2e

Every `open_store(path, tz)` a test or the bot makes (bot.storage.open_store, and the SQLite
`open_store` that test modules import by name) opens the real PostgreSQL store instead, on a
fresh database of the session's throwaway server (tests/pg_server.py): the same path within
one test means the same database, so reopening works as with a file. Nothing of ours is
mocked: the planner, transports and the local VK server run unchanged over PostgreSQL.

Tests that reach into SQLite itself (its connection, its planner, a file given to a
subprocess) are deselected, listed in SQLITE_ONLY with the reason.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import bot.storage
import bot.storage.sqlite_store
from bot.storage.postgres import PostgresStore, open_postgres_store
from tests.integration.conftest import create_database, drop_database, pg_cluster
from tests.pg_server import PgCluster

__all__ = ["pg_cluster"]  # the session server, for suites outside tests/integration

SQLITE_ONLY = {
    "tests/integration/test_store_contract.py": "runs on both backends already",
    "tests/integration/test_store_onboarding_signups.py": "runs on both backends already",
    "tests/e2e/test_safety40_file_and_message.py": (
        "runs on both backends already; its PostgreSQL case locks its own database's table"
    ),
    "tests/e2e/test_attack40_file_twice.py": (
        "runs on both backends already; its PostgreSQL case locks its own database's table"
    ),
    "tests/integration/test_migrations.py": "SQLite's runner; the PostgreSQL cases are there",
    "tests/integration/test_copy_db.py": "SQLite is its source by definition",
    "tests/integration/test_migration_reminder_since.py": (
        "SQLite's runner; the PostgreSQL case is there"
    ),
    "tests/integration/test_migration_agreement.py": (
        "SQLite's runner; the PostgreSQL case is there"
    ),
    "tests/integration/test_migration_seen_updates_try.py": (
        "SQLite's runner; the PostgreSQL case is there"
    ),
    "tests/integration/test_cli_plan.py": "subprocesses get a SQLite file path",
    "tests/integration/test_console.py": "subprocesses get a SQLite file path",
    "tests/integration/test_conv41_console_clock.py": "subprocesses get a SQLite file path",
    "tests/integration/test_cli_plan_files.py": "the CLI is given BOT_DB as a SQLite file path",
    "tests/integration/test_organiser79_operator_names.py": (
        "the CLI and console are given a SQLite file path and their partners read back by sqlite3"
    ),
    "tests/integration/test_truthful_exports.py::test_cli_empty_period_writes_no_file": (
        "the CLI is given BOT_DB as a SQLite file path"
    ),
    "tests/integration/test_sqlite_indexes.py": "reads SQLite's EXPLAIN QUERY PLAN",
    "tests/integration/test_chat80_console.py::test_a_typed_score_under_the_0_to_10_row": (
        "the console's poll answer is read back by sqlite3"
    ),
    "tests/integration/test_cli_import_moved_row.py": "runs on both backends already",
    "tests/integration/test_store_school_journal.py": "runs on both backends already",
    "tests/integration/test_safety41_stuck_city.py": (
        "runs on both backends already; its PostgreSQL case needs one database of schemas"
    ),
    "tests/integration/test_store_contract_safety.py": "runs on both backends already",
    "tests/integration/test_school_scoping.py": "runs on both backends already",
    "tests/integration/test_access.py::test_wrong_codes_are_throttled_per_person_and_logged": (
        "counts invitation_attempts through the SQLite connection (the throttle itself runs"
        " on PostgreSQL in test_store_contract_safety.py)"
    ),
    "tests/integration/test_store_units.py::test_writers_wait_out_a_busy_database": (
        "holds SQLite's file write lock from a second connection"
    ),
    "tests/integration/test_planner.py::test_a_failing_store_gives_the_error_reply": (
        "swaps the SQLite connection"
    ),
    "tests/e2e/test_vk_basics.py::test_a_failing_message_gets_a_polite_reply_and_the_bot_goes_on": (
        "drops a table through the SQLite connection"
    ),
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    keep, drop = [], []
    for item in items:
        sqlite_only = any(item.nodeid.startswith(prefix) for prefix in SQLITE_ONLY)
        (drop if sqlite_only else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(autouse=True)
async def _postgres_everywhere(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[None]:
    if "pg_cluster" in request.fixturenames:  # the test manages PostgreSQL itself
        yield
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    databases: dict[str, str] = {}

    async def open_on_postgres(
        target: str | Path,
        tz: ZoneInfo,
        now: Callable[[], datetime] | None = None,
        *,
        school: str | None = None,
    ) -> PostgresStore:
        # a school's store (a directory of per-school files on SQLite) becomes the school's
        # schema in the database of that directory, over the one shared pool
        key = str(target)
        if key not in databases:
            databases[key] = await create_database(cluster)
        if now is None:
            return await open_postgres_store(cluster.url(databases[key]), tz, school=school)
        return await open_postgres_store(cluster.url(databases[key]), tz, now, school=school)

    originals = {id(bot.storage.open_store), id(bot.storage.sqlite_store.open_store)}
    for name, module in list(sys.modules.items()):
        if name in ("bot.storage.sqlite_store",) or module is None:
            continue
        found: Any = getattr(module, "open_store", None)
        if id(found) in originals:
            monkeypatch.setattr(module, "open_store", open_on_postgres)
    yield
    monkeypatch.undo()
    for name in databases.values():
        await drop_database(cluster, name)

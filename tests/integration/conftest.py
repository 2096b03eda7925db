"""Store backends for the contract suites: a SQLite file, or a database on a real PostgreSQL.

The PostgreSQL server is started once per test session from Debian's binaries (see
tests/pg_server.py) and thrown away at the end. Without the binaries the PostgreSQL cases
are skipped locally with the reason, and FAIL under CI=true (CI must install postgresql:
.ci/run does), so a missing server can never pass as green.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import asyncpg
import pytest

from bot.storage import PlanStore, open_store
from bot.storage.postgres.schema import migrate
from tests.pg_server import TEMPLATE, PgCluster, find_bin_dir

BACKENDS = ["sqlite", "postgresql"]


@dataclass(frozen=True)
class Backend:
    """Where one test's database lives; `open` may be called again to reopen it."""

    name: str
    target: str | Path

    async def open(self, tz: ZoneInfo) -> PlanStore:
        return await open_store(self.target, tz)


def postgres_binaries() -> Path:
    """Debian's PostgreSQL bin folder; without one: FAIL under CI=true, else skip."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        reason = "PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql"
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return bin_dir


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A running PostgreSQL with a migrated template database."""
    cluster = PgCluster(postgres_binaries())
    try:
        cluster.start()
        # in a thread of its own: this may be set up from inside a running test loop
        with ThreadPoolExecutor(max_workers=1) as pool:
            pool.submit(asyncio.run, _make_template(cluster)).result()
        yield cluster
    finally:
        cluster.stop()


async def _make_template(cluster: PgCluster) -> None:
    admin = await asyncpg.connect(cluster.url())
    try:
        await admin.execute(f"CREATE DATABASE {TEMPLATE}")
    finally:
        await admin.close()
    conn = await asyncpg.connect(cluster.url(TEMPLATE))
    try:
        await migrate(conn)
    finally:
        await conn.close()


async def create_database(cluster: PgCluster, *, migrated: bool = True) -> str:
    """A fresh database: a copy of the migrated template, or empty (template0)."""
    name = cluster.next_database_name()
    admin = await asyncpg.connect(cluster.url())
    try:
        await admin.execute(
            f"CREATE DATABASE {name} TEMPLATE {TEMPLATE if migrated else 'template0'}"
            " STRATEGY FILE_COPY"
        )
    finally:
        await admin.close()
    return name


async def drop_database(cluster: PgCluster, name: str) -> None:
    admin = await asyncpg.connect(cluster.url())
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    finally:
        await admin.close()


@pytest.fixture
async def pg_database(pg_cluster: PgCluster) -> AsyncIterator[str]:
    """The URL of a fresh, migrated database, dropped after the test."""
    name = await create_database(pg_cluster)
    yield pg_cluster.url(name)
    await drop_database(pg_cluster, name)


@pytest.fixture(params=BACKENDS)
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    """Each contract test runs once per backend, each time on an empty database."""
    if request.param == "sqlite":
        yield Backend("sqlite", tmp_path / "plan.db")
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    name = await create_database(cluster)
    yield Backend("postgresql", cluster.url(name))
    await drop_database(cluster, name)


@pytest.fixture
async def empty_pg(pg_cluster: PgCluster) -> AsyncIterator[asyncpg.Connection]:
    """A connection to a brand-new database without any table."""
    name = await create_database(pg_cluster, migrated=False)
    conn = await asyncpg.connect(pg_cluster.url(name))
    yield conn
    await conn.close()
    await drop_database(pg_cluster, name)


def migrations_before(source: Path, target: Path, number: str) -> Path:
    """`target` (made here) holding copies of `source`'s migration files numbered below
    `number` (e.g. "0031"): a database migrated from it stands just before that migration."""
    target.mkdir()
    for path in source.glob("*.sql"):
        if path.name < number:
            shutil.copy(path, target / path.name)
    return target


def add_migration(source: Path, target: Path, number: str) -> None:
    """Copies `source`'s one migration file numbered `number` into `target`."""
    [path] = source.glob(f"{number}_*.sql")
    shutil.copy(path, target / path.name)

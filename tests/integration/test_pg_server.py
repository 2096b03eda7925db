"""The test server's own rules: no binaries fails CI loudly; the server is really there."""

from __future__ import annotations

import asyncpg
import pytest

import tests.integration.conftest as pg_conftest
from tests.pg_server import PgCluster


def test_missing_binaries_fail_under_ci_and_skip_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg_conftest, "find_bin_dir", lambda: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install postgresql"):
        pg_conftest.postgres_binaries()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="not found"):
        pg_conftest.postgres_binaries()


async def test_the_server_is_a_real_postgresql_on_loopback(pg_cluster: PgCluster) -> None:
    conn = await asyncpg.connect(pg_cluster.url())
    try:
        version = await conn.fetchval("SHOW server_version_num")
        address = await conn.fetchval("SELECT inet_server_addr()::text")
    finally:
        await conn.close()
    assert int(version) >= 130000  # DROP DATABASE … WITH (FORCE) needs 13+
    assert address == "127.0.0.1/32"
    assert pg_cluster.data.is_dir()

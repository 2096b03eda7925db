"""What only the SQLite adapter promises: the overlap query reads the start index.

Every port's contract (what any backend must do) is in tests/contracts/, one suite per port.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.storage.sqlite_store import SqliteStore, open_store

KGD = ZoneInfo("Europe/Kaliningrad")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    opened = await open_store(tmp_path / "plan.db", KGD)
    yield opened
    await opened.close()


async def test_overlap_query_uses_the_start_index(store: SqliteStore) -> None:
    async with store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM events"
        " WHERE starts_at >= ? AND starts_at < ? AND ends_at > ? AND status != 'cancelled'",
        (0, 10, 0),
    ) as cur:
        plan = " ".join(str(row[3]) for row in await cur.fetchall())
    assert "events_by_start" in plan
    async with store.conn.execute("EXPLAIN QUERY PLAN SELECT MAX(duration) FROM events") as cur:
        plan = " ".join(str(row[3]) for row in await cur.fetchall())
    assert "events_by_duration" in plan

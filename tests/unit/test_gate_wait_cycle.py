"""Review z2 (2026-12-03), #1, at the level of the gates: two tasks each inside one SQLite
gate's unit and reaching for the other's waited for each other for ever (a city's two
schools). The second to reach raises WaitCycleError; the first then goes through."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import aiosqlite
import pytest

from bot.core.held import WaitCycleError
from bot.storage.transactions import Gate


async def gate(path: Path) -> Gate:
    conn = await aiosqlite.connect(path, isolation_level=None)
    await conn.execute("CREATE TABLE t (x INTEGER)")
    return Gate(conn, lambda: datetime(2026, 12, 3, tzinfo=UTC))


async def test_the_second_of_two_crossing_waits_gives_way(tmp_path: Path) -> None:
    a, b = await gate(tmp_path / "a.db"), await gate(tmp_path / "b.db")
    inside = asyncio.Event(), asyncio.Event()

    async def one(own: Gate, other: Gate, mine: asyncio.Event, theirs: asyncio.Event) -> str:
        async with own.unit(None):
            async with own.transaction() as conn:
                await conn.execute("INSERT INTO t VALUES (1)")
            mine.set()
            await theirs.wait()
            async with other.reading() as conn:  # the second to get here raises
                await conn.execute("SELECT 1")
            return "through"

    try:
        results = await asyncio.wait_for(  # a bound on the hang it was, not a speed check
            asyncio.gather(
                one(a, b, inside[0], inside[1]),
                one(b, a, inside[1], inside[0]),
                return_exceptions=True,
            ),
            timeout=30,
        )
        assert sorted(map(type, results), key=str) == sorted([str, WaitCycleError], key=str), (
            results
        )
    finally:
        await a.conn.close()
        await b.conn.close()


async def test_a_plain_wait_for_a_busy_gate_is_no_cycle(tmp_path: Path) -> None:
    a = await gate(tmp_path / "a.db")
    order: list[str] = []

    async def writer(name: str) -> None:
        async with a.transaction() as conn:
            await conn.execute("INSERT INTO t VALUES (1)")
            await asyncio.sleep(0)
            order.append(name)

    try:
        await asyncio.gather(writer("first"), writer("second"))
    finally:
        await a.conn.close()
    assert order == ["first", "second"]


@pytest.fixture(autouse=True)
def _no_leftover_waits() -> None:
    from bot.storage import transactions

    assert transactions._WAITING == {}

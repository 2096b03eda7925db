"""fix77: Ctrl-C (a cancellation) that lands while a write's COMMIT is on aiosqlite's thread.
The thread commits all the same; the cancelled coroutine then rolls back, and SQLite answers
«cannot rollback - no transaction is active». Before, that was logged as an error with its
traceback — printed by the console on the way out of a Ctrl-C. Now it is a warning without
one, and the committed write is kept. The COMMIT is held on the thread by a real trace
callback (sqlite3's own hook, run there as each statement starts)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind
from bot.storage import open_store

TZ = ZoneInfo("Europe/Kaliningrad")


async def test_a_commit_cut_by_ctrl_c_is_kept_and_logs_no_traceback(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "cut.db"
    store = await open_store(db, TZ)
    committing = threading.Event()

    def hold_the_commit(sql: str) -> None:
        if sql.strip().upper() == "COMMIT":
            committing.set()
            time.sleep(0.3)  # the coroutine is cancelled meanwhile

    await store.conn.set_trace_callback(hold_the_commit)
    write = asyncio.create_task(store.create_organisation("Музей янтаря", OrgKind.PARTNER))
    assert await asyncio.to_thread(committing.wait, 10)
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        write.cancel()
        with pytest.raises(asyncio.CancelledError):
            await write
        await store.close()
    assert [r for r in caplog.records if r.exc_info] == []
    again = await open_store(db, TZ)
    try:
        assert await again.find_organisation("Музей янтаря") is not None
    finally:
        await again.close()


async def test_a_begin_cut_by_a_cancellation_leaves_no_transaction_open(tmp_path: Path) -> None:
    """The same cut at the unit's BEGIN IMMEDIATE: the thread began a transaction nobody
    owned, and the next write failed «cannot start a transaction within a transaction»."""
    store = await open_store(tmp_path / "begin.db", TZ)
    beginning = threading.Event()

    def hold_the_begin(sql: str) -> None:
        if sql.strip().upper() == "BEGIN IMMEDIATE" and not beginning.is_set():
            beginning.set()
            time.sleep(0.3)

    await store.conn.set_trace_callback(hold_the_begin)
    write = asyncio.create_task(store.create_organisation("Кванториум", OrgKind.PARTNER))
    assert await asyncio.to_thread(beginning.wait, 10)
    write.cancel()
    with pytest.raises(asyncio.CancelledError):
        await write
    try:
        await store.create_organisation("Музей янтаря", OrgKind.PARTNER)
        assert await store.find_organisation("Музей янтаря") is not None
        assert await store.find_organisation("Кванториум") is None
    finally:
        await store.close()

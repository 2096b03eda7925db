"""Review z2 (2026-12-03), #3: the SQLite send-slots file beside the database
(bot.storage.sqlite.send_slots) is coordination state only, written with `synchronous=OFF`
(«lost on a power cut: harmless»). A file left torn or overwritten — not a database any
more — made `SqliteSendLimiter.open` raise «file is not a database», and with it the
worker's start (bot.transports.vk.wiring → bot.workers.coordinate): the bot did not come up
until someone found and deleted the file. It is made afresh instead, and paces as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.storage.sqlite.send_slots import SqliteSendLimiter, slots_path


@pytest.mark.parametrize(
    "content",
    [b"torn by a power cut " * 40, b"SQLite format 3\x00" + b"\xff" * 200],
    ids=["garbage", "torn header"],
)
async def test_a_slots_file_that_is_no_database_is_made_afresh(
    tmp_path: Path, content: bytes
) -> None:
    db = tmp_path / "plan.db"
    slots_path(db).write_bytes(content)
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    opened = await SqliteSendLimiter.open(db, 42, 10.0)
    try:
        limiter = SqliteSendLimiter(opened.conn, 42, 10.0, clock=lambda: 1000.0, sleep=sleep)
        await limiter.acquire()
        await limiter.acquire()
    finally:
        await opened.close()
    assert slept == [pytest.approx(0.1)]  # the second call waits one slot: paced again

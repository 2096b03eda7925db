"""remind66: `kill -9` of the real bot process (`python -m bot run`, harness.BotProcess) around
the due time of one-off reminders at a named moment. 120 students of a lecture each asked
for a reminder at a moment that falls due as the process starts (its clock starts at
harness.CLOCK_START, the moments 30 s before it); the lecture's own offset reminders fall
due at once too, through the same outbox. Kills, seeded: one inside VK's messages.send
after the delivery was recorded (VK accepted, the bot never heard), one at a random moment
of the sending; after each the process is restarted at the same moment. Counted at the
local VK server after its random_id dedupe: every student gets «Вы просили напомнить»
exactly once, and the outbox ends empty. Both backends."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.storage import open_store
from tests.e2e.vk_server import FakeVK
from tests.faults.db import Db
from tests.faults.harness import (
    CLOCK_START,
    FIRST_STUDENT,
    TZ,
    BotProcess,
    outbox_rows,
    seed_round,
    wait_until,
)
from tests.integration.conftest import pg_cluster, pg_database

__all__ = ["pg_cluster", "pg_database"]

STUDENTS = 120
SEED = 2026120666
ASKED = "Вы просили напомнить"


def asked_received(vk: FakeVK) -> Counter[int]:
    """peer → how many one-off reminders VK delivered (after its random_id dedupe)."""
    return Counter(p for m in vk.sent if ASKED in m.text for p in m.peer_ids)


async def seed_moments(db: Db) -> set[int]:
    """The lecture with STUDENTS sign-ups (harness.seed_round) and each student's one-off
    reminder of it 30 s before CLOCK_START; returns the students' VK ids."""
    await seed_round(db, 0, events=1, students=STUDENTS)
    store = await open_store(db, TZ)
    try:
        [event] = await store.events_between(CLOCK_START, CLOCK_START + timedelta(hours=2))
        moment = CLOCK_START - timedelta(seconds=30)
        peers = set()
        for person in await store.signed_up(event.id):
            await store.add_moment_reminder(person.id, event.id, moment)
            peers.add(person.vk_id)
    finally:
        await store.close()
    assert peers == {FIRST_STUDENT + i for i in range(STUDENTS)}
    return peers


async def _kills(vk: FakeVK, tmp_path: Path, db: Db) -> None:
    rng = random.Random(SEED)
    peers = await seed_moments(db)
    bot = BotProcess(tmp_path, f"{vk.base_url}/method/", db)
    kill_at: list[int] = []

    def on_send(params: dict[str, Any]) -> None:
        if kill_at and vk.raw_sends >= kill_at[0] and ASKED in str(params.get("message", "")):
            bot.kill()  # inside messages.send: VK has the delivery, the bot never hears

    vk.on_send = on_send
    try:
        for kind in ("accept", "timed"):
            before = sum(asked_received(vk).values())
            await bot.start()
            if kind == "accept":
                kill_at[:] = [vk.raw_sends + rng.randint(3, 12)]
            assert await wait_until(lambda b=before: sum(asked_received(vk).values()) > b, 60)
            if kind == "timed":
                await asyncio.sleep(rng.uniform(0.0, 0.5))
                bot.kill()
            await bot.wait(60)
            kill_at.clear()
            assert sum(asked_received(vk).values()) < len(peers), "the kill came too late"
        await bot.start()
        done = await wait_until(lambda: all(asked_received(vk)[p] for p in peers), 120)
        assert done, "one-off reminders never arrived"
        assert await wait_until(lambda: outbox_rows(db) == 0, 60)
        await asyncio.sleep(1.5)  # a late resend would land here
    finally:
        vk.on_send = None
        await bot.stop()
    got = asked_received(vk)
    assert {p: n for p, n in got.items() if n != 1} == {}
    assert set(got) == peers
    print(f"raw sends {vk.raw_sends}, deduplicated by VK {vk.deduplicated}")


async def test_kill_9_around_the_moment_sends_each_once_on_sqlite(
    vk: FakeVK, tmp_path: Path
) -> None:
    await _kills(vk, tmp_path, tmp_path / "bot.db")


async def test_kill_9_around_the_moment_sends_each_once_on_postgres(
    vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    await _kills(vk, tmp_path, pg_database)

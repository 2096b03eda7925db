"""Attack 65, #1/#2: «не напоминай» racing a reminder run, through the real webhook worker
(`python -m bot webhook`, its clock at harness.CLOCK_START so two lectures' reminders fall
due at once). While the fan-out to 200 students is under way, 40 of them say «не напоминай»;
the worker is killed with SIGKILL at a seeded random moment of it and restarted, and VK
redelivers every message not answered "ok". Counted at the local VK server (after its
random_id dedupe): every other student gets every reminder exactly once, a silenced
student at most once (the race: the batch may have been claimed before the «не напоминай»
committed), nobody hears «Напоминания выключены» twice, and the outbox ends empty.
Both backends. A held attack (green without a fix).
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from pathlib import Path

from tests.e2e.vk_server import FakeVK
from tests.faults.db import Db
from tests.faults.harness import (
    CLOCK_START,
    CURATOR,
    FIRST_STUDENT,
    outbox_rows,
    reminders_received,
    seed_round,
    wait_until,
)
from tests.faults.process import BotProcess, bot_env, clock_env, deliver_until_ok, post_update
from tests.integration.conftest import pg_cluster, pg_database

__all__ = ["pg_cluster", "pg_database"]

STUDENTS, SILENT = 200, 40
SEED = 2026120665
OFF = "Напоминания выключены"


async def _race(vk: FakeVK, tmp_path: Path, db: Db) -> None:
    env = {
        **bot_env(vk, db, (CURATOR,)),
        **clock_env(CLOCK_START),  # the restarted worker resumes the clock
        "BOT_LEASE_SECONDS": "3",
        "BOT_VK_RATE": "5",
    }
    bot = BotProcess(vk, tmp_path, env, "webhook")
    rng = random.Random(SEED)
    expected = await seed_round(db, 0, events=2, students=STUDENTS)
    silent = [FIRST_STUDENT + i for i in range(SILENT)]
    try:
        await bot.start()
        assert await wait_until(lambda: vk.raw_sends > 0, 60)  # the fan-out has begun
        updates = [vk.push_message(peer, "не напоминай") for peer in silent]
        posting = asyncio.gather(*(post_update(bot.url, u) for u in updates))
        await asyncio.sleep(rng.uniform(0.05, 0.6))
        await bot.kill()
        await posting
        await bot.start()
        for update in updates:
            await deliver_until_ok(bot, update)
        others = {p for p in expected if p[0] not in silent}
        done = await wait_until(lambda: all(reminders_received(vk)[p] for p in others), 120)
        assert done, "reminders never arrived"
        assert await wait_until(lambda: outbox_rows(db) == 0, 30)
        await asyncio.sleep(1.5)  # a late resend would land here
    finally:
        await bot.stop()
    got = reminders_received(vk)
    assert {k: n for k, n in got.items() if n > 1} == {}
    assert [p for p in others if got[p] != 1] == []
    offs = Counter(peer for m in vk.sent if OFF in m.text for peer in m.peer_ids)
    assert {p: n for p, n in offs.items() if n > 1} == {}
    print(
        f"silenced told off: {sum(1 for p in silent if offs[p])}/{SILENT};"
        f" silenced still reminded: {sum(1 for p in expected if p[0] in silent and got[p])}"
    )


async def test_silence_racing_a_reminder_run_with_a_kill_on_sqlite(
    vk: FakeVK, tmp_path: Path
) -> None:
    await _race(vk, tmp_path, tmp_path / "bot.db")


async def test_silence_racing_a_reminder_run_with_a_kill_on_postgres(
    vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    await _race(vk, tmp_path, pg_database)

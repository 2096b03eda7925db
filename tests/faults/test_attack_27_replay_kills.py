"""SIGKILL the real city webhook worker inside the journal's REPLAY (attack 2026-12-04ag).

tests/faults/test_school_journal_kills.py kills the worker between the writer's commit and
the other school's, and checks the restarted worker's tick finishes the other school's part.
This test kills the worker a second time, inside that tick: right after the other school's
replay unit (its applied-marker, the moved copy and its notice's outbox claim) committed and
before the writer's journal entry is done. A third start must neither move the copy again
nor tell the other school's student twice: the marker makes the entry done, the notice leaves
once from the outbox with its batch's random_id.

Both kills come from a `sitecustomize` put first on the worker's PYTHONPATH: the first run's
kills the process when the held units are about to commit (as the existing test), the second
run's when the journal entry is about to be deleted (`school_change_done`). Nothing of ours is
replaced: the process dies as it would by the OOM killer at that instant.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from pathlib import Path

from tests.e2e.test_vk_city import CONFIG, ENV, GROUP_A, GROUP_B, KGD, OMSK, SECRETS
from tests.e2e.vk_server import FakeVK
from tests.faults.process import BotProcess, deliver_until_ok, post_update
from tests.faults.test_school_journal_kills import (
    KILL_BEFORE_HELD_COMMIT,
    PARTNER,
    START,
    STUDENT_A,
    STUDENT_B,
    _lecture,
    _pending,
    _seed,
    _told,
    city_vk,
    pg_cluster,
    pg_database,
)

__all__ = ["city_vk", "pg_cluster", "pg_database"]

ROOT = Path(__file__).resolve().parents[2]

# the second run's worker dies when the tick's replay is done in the other school and the
# writer's journal entry is about to be deleted
KILL_BEFORE_ENTRY_DONE = """
import os, signal
import bot.storage.postgres.journal as pg_journal
import bot.storage.sqlite.journal as sqlite_journal

async def _done(self, origin):
    os.kill(os.getpid(), signal.SIGKILL)

pg_journal.JournalMixin.school_change_done = _done
sqlite_journal.JournalMixin.school_change_done = _done
"""


async def test_a_worker_killed_inside_the_journal_replay_moves_and_tells_once(
    city_vk: FakeVK, tmp_path: Path
) -> None:
    await _killed_twice(city_vk, tmp_path, "schools")


async def test_postgres_worker_killed_inside_the_journal_replay_moves_and_tells_once(
    city_vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    await _killed_twice(city_vk, tmp_path, pg_database)


def _hooked(tmp_path: Path, name: str, code: str) -> Path:
    hook = tmp_path / name
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(code, encoding="utf-8")
    return hook


async def _killed_twice(vk: FakeVK, tmp_path: Path, db: str) -> None:
    config = tmp_path / "schools.toml"
    config.write_text(CONFIG.replace('db = "schools"', f'db = "{db}"'), encoding="utf-8")
    first = _hooked(tmp_path, "hook1", KILL_BEFORE_HELD_COMMIT)
    second = _hooked(tmp_path, "hook2", KILL_BEFORE_ENTRY_DONE)
    env = {
        **os.environ,
        "PYTHONPATH": f"{first}{os.pathsep}{ROOT}",
        "BOT_SCHOOLS": str(config),
        "BOT_OUTBOX_LEASE_SECONDS": "3",  # a killed worker's batch in flight: resent soon
        "VK_API_URL": f"{vk.base_url}/method/",
        "BOT_LEASE_SECONDS": "6",  # a killed worker's PostgreSQL lease is taken over soon
        **ENV,
    }
    target = db if db.startswith("postgresql") else str(tmp_path / db)
    bot = BotProcess(vk, tmp_path, env, "webhook")
    await bot.start()
    try:
        await _seed(target, "g32", KGD, STUDENT_A)
        await _seed(target, "l23", OMSK, STUDENT_B)
        seen = len(vk.texts_from(GROUP_A, PARTNER))
        move = vk.push_message(PARTNER, "перенеси на 17:00", group_id=GROUP_A)
        await deliver_until_ok(bot, move, secret=SECRETS[GROUP_A])
        await vk.wait_for(
            lambda s: any("Лицей" in t for t in s.texts_from(GROUP_A, PARTNER)[seen:]), 30
        )
        yes = vk.push_message(PARTNER, "да", group_id=GROUP_A)
        await post_update(bot.url, yes, secret=SECRETS[GROUP_A])
        assert bot.process is not None
        await asyncio.wait_for(bot.process.wait(), 30)  # 1st kill: between the commits
        moved = START.replace(hour=17)
        b = await _lecture(target, "l23", OMSK)
        assert b.start == START
        assert len(await _pending(target)) == 1

        bot.env = {**env, "PYTHONPATH": f"{second}{os.pathsep}{ROOT}"}
        with contextlib.suppress(RuntimeError):  # it may die before it answers /health
            await bot.start()
        assert bot.process is not None
        await asyncio.wait_for(bot.process.wait(), 40)  # 2nd kill: inside the replay
        b = await _lecture(target, "l23", OMSK)
        assert b.start == moved  # the replay's unit committed in the other school
        assert len(await _pending(target)) == 1  # … and the entry was not done

        bot.env = {**env, "PYTHONPATH": str(ROOT)}  # no hook
        await bot.start()
        await vk.wait_for(lambda s: bool(_told(s, GROUP_B, STUDENT_B)), 30)
        await vk.wait_for(lambda s: bool(_told(s, GROUP_A, STUDENT_A)), 30)
        for _ in range(40):  # the entry is done by the marker, not replayed again
            if not await _pending(target):
                break
            await asyncio.sleep(0.25)
        assert await _pending(target) == []
        await asyncio.sleep(3)  # a later tick sends nothing more
        assert len(_told(vk, GROUP_A, STUDENT_A)) == 1
        assert len(_told(vk, GROUP_B, STUDENT_B)) == 1
        assert not vk.texts_from(GROUP_A, STUDENT_B)
        assert not vk.texts_from(GROUP_B, STUDENT_A)
        after = await _lecture(target, "l23", OMSK)
        assert (after.start, after.version) == (moved, b.version)  # moved once
    finally:
        await bot.stop()

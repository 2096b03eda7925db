"""Attack 40: SIGKILL the real city webhook worker right after a curator's «Повторить» of a
stuck journal part (bot/core/features/stuck_parts.py).

The lyceum's (B) curator presses «Повторить» of a part the gymnasium (A) wrote for B: the
retry is a write to A's store, in a unit held open until B's update commits and committed
right after it (bot.core.held). The worker dies right after B's update (its «handled» mark)
committed, before what waited for that commit ran — as tests/faults/test_school_journal_kills.py
kills it (a `sitecustomize` hook; nothing of ours replaced). VK then redelivers the press to
the restarted worker, which skips it as handled. Before attack40 the held retry was lost
there: the part stayed stuck, nobody was told anything. Checked: the retry is not lost (the
part is applied, never still stuck behind a «handled» press), B's copy moves once, B's
student is told once, and the curator is told «Повторю» once at most.
"""

from __future__ import annotations

import asyncio
import os
from datetime import timedelta
from pathlib import Path

from bot.core.features.school_journal import MAX_TRIES, CopyState, SchoolChange, new_origin
from bot.storage import open_store
from tests.e2e.test_vk_city import CONFIG, ENV, GROUP_B, KGD, OMSK, SECRETS
from tests.e2e.vk_server import FakeVK
from tests.faults.process import BotProcess, deliver_until_ok, post_update
from tests.faults.test_school_journal_kills import (
    PARTNER,
    ROOT,
    START,
    STUDENT_A,
    STUDENT_B,
    _lecture,
    _seed,
    _told,
    city_vk,
)
from tests.integration.conftest import pg_cluster, pg_database

__all__ = ["city_vk", "pg_cluster", "pg_database"]

CURATOR_B = 7002

# the first run's worker dies right after the update that made a retry commits in its own
# school's store — before anything else that was waiting for that commit (a held unit)
KILL_AFTER_THE_PRESS_COMMITS = """
import importlib, os, signal
from contextlib import asynccontextmanager
import bot.core.held as held

_retried = []
_real_holding = held.holding

async def _kill():
    os.kill(os.getpid(), signal.SIGKILL)

@asynccontextmanager
async def holding(store):
    async with _real_holding(store):
        yield
        if _retried:
            store.after_commit(_kill)

held.holding = holding

def _spy(real):
    async def school_change_retry(self, origin):
        done = await real(self, origin)
        if done:
            _retried.append(origin)
        return done
    return school_change_retry

for name in ("bot.storage.sqlite.journal", "bot.storage.postgres.journal"):
    mixin = importlib.import_module(name).JournalMixin
    mixin.school_change_retry = _spy(mixin.school_change_retry)
"""


async def test_a_worker_killed_right_after_a_retry_loses_nothing(
    city_vk: FakeVK, tmp_path: Path
) -> None:
    await _killed_after_the_retry(city_vk, tmp_path, "schools")


async def test_postgres_worker_killed_right_after_a_retry_loses_nothing(
    city_vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    await _killed_after_the_retry(city_vk, tmp_path, pg_database)


async def _stuck_part(target: str) -> str:
    """A's journal entry moving B's copy of the lecture to 17:00, failed MAX_TRIES times
    (as the tick counts failures) so it is stuck; its origin."""
    b_store = await open_store(target, OMSK, school="l23")
    try:
        [copy] = await b_store.events_between(START - timedelta(days=1), None)
    finally:
        await b_store.close()
    moved = START.replace(hour=17)
    state = CopyState.of(copy)
    state = CopyState(
        state.title, moved, moved + timedelta(hours=1), False, state.end_given, state.status
    )
    origin = new_origin("g32")
    change = SchoolChange(origin, "l23", PARTNER, "moved", ((copy.id, copy.version),), (state,))
    a_store = await open_store(target, KGD, school="g32")
    try:
        await a_store.record_school_change(change)
        for _ in range(MAX_TRIES):
            await a_store.school_change_failed(origin, "ConnectionError()")
        assert [s.origin for s in await a_store.school_changes_stuck()] == [origin]
    finally:
        await a_store.close()
    return origin


async def _journal(target: str) -> tuple[list[str], list[str]]:
    """A's journal: (pending origins, stuck origins)."""
    store = await open_store(target, KGD, school="g32")
    try:
        pending = [c.origin for c in await store.school_changes_pending()]
        return pending, [s.origin for s in await store.school_changes_stuck()]
    finally:
        await store.close()


async def _killed_after_the_retry(vk: FakeVK, tmp_path: Path, db: str) -> None:
    config = tmp_path / "schools.toml"
    config.write_text(CONFIG.replace('db = "schools"', f'db = "{db}"'), encoding="utf-8")
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(KILL_AFTER_THE_PRESS_COMMITS, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": f"{hook}{os.pathsep}{ROOT}",
        "BOT_SCHOOLS": str(config),
        "BOT_OUTBOX_LEASE_SECONDS": "3",  # a killed worker's batch in flight: resent soon
        "VK_API_URL": f"{vk.base_url}/method/",
        "BOT_LEASE_SECONDS": "6",
        **ENV,
    }
    target = db if db.startswith("postgresql") else str(tmp_path / db)
    await _seed(target, "g32", KGD, STUDENT_A)
    await _seed(target, "l23", OMSK, STUDENT_B)
    origin = await _stuck_part(target)
    bot = BotProcess(vk, tmp_path, env, "webhook")
    await bot.start()
    try:
        press = vk.push_callback(CURATOR_B, {"a": "stuck", "o": origin, "v": 1}, group_id=GROUP_B)
        await post_update(bot.url, press, secret=SECRETS[GROUP_B])
        assert bot.process is not None
        await asyncio.wait_for(bot.process.wait(), 30)  # killed itself after B's commit

        bot.env = {**env, "PYTHONPATH": str(ROOT)}  # the restarted worker has no hook
        await deliver_until_ok(bot, press, secret=SECRETS[GROUP_B])  # VK redelivers it
        await vk.wait_for(lambda s: bool(_told(s, GROUP_B, STUDENT_B)), 30)
        b = await _lecture(target, "l23", OMSK)
        assert b.start == START.replace(hour=17)
        assert await _journal(target) == ([], [])
        told = vk.texts_from(GROUP_B, CURATOR_B)
        assert sum("Повторю" in t for t in told) <= 1, told

        await bot.stop()  # one more start: nothing is replayed or told again
        await bot.start()
        await asyncio.sleep(3)
        assert len(_told(vk, GROUP_B, STUDENT_B)) == 1
        assert (await _lecture(target, "l23", OMSK)).version == b.version
    finally:
        await bot.stop()

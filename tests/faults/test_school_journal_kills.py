"""SIGKILL the real city webhook worker between the writer's commit and the other school's.

A partner's event saved for both schools of a city is moved in the gymnasium (A): A's copy
moves in the update's own transaction, the lyceum's (B) in a unit of B's store held open
until A's update commits and committed right after it (bot.core.held). A worker killed in
between lost B's part for good: A had the move, B's copy stayed at the old time and B's
signed-up student was never told (README «Guarantees», notices). Now A's update also records
B's part in A's journal (bot.core.features.school_journal), and the city's tick finishes it
after a restart (bot.core.features.school_replay).

The kill lands exactly there: the worker of the first run starts with a `sitecustomize`
(put first on its PYTHONPATH by this test) that SIGKILLs the process itself when the held
units are about to commit — the moment after A's COMMIT. Nothing of ours is replaced: the
process dies as it would by the OOM killer at that instant. The restarted worker has no such
hook. Checked after the restart: both copies moved, every signed-up student of both schools
told exactly once (also after one more restart), the journal empty.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import Event, NewEvent, OrgKind, Role
from bot.storage import open_store
from tests.e2e.test_vk_city import CONFIG, ENV, GROUP_A, GROUP_B, KGD, OMSK, SECRETS
from tests.e2e.vk_server import FakeVK
from tests.faults.process import BotProcess, deliver_until_ok, post_update
from tests.integration.conftest import pg_cluster, pg_database

__all__ = ["pg_cluster", "pg_database"]

ROOT = Path(__file__).resolve().parents[2]
PARTNER = 7301
STUDENT_A, STUDENT_B = 7401, 7402
LECTURE = "Лекция о роботах"
START = datetime(2098, 3, 10, 15, 0, tzinfo=KGD)
MOVED = "перенесено"

# the first run's worker dies right after the writer's commit, before the held commits
KILL_BEFORE_HELD_COMMIT = """
import os, signal
import bot.core.held as held

_real = held._end_all

async def _end_all(units, *, commit):
    if commit and units:
        os.kill(os.getpid(), signal.SIGKILL)
    return await _real(units, commit=commit)

held._end_all = _end_all
"""


@pytest.fixture
async def city_vk() -> AsyncIterator[FakeVK]:
    server = FakeVK(communities={"token-a": GROUP_A, "token-b": GROUP_B})
    await server.start()
    yield server
    await server.stop()


async def test_a_worker_killed_between_the_two_schools_commits_loses_nothing(
    city_vk: FakeVK, tmp_path: Path
) -> None:
    await _killed_between_the_commits(city_vk, tmp_path, "schools")


async def test_postgres_worker_killed_between_the_two_schools_commits_loses_nothing(
    city_vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    await _killed_between_the_commits(city_vk, tmp_path, pg_database)


async def _killed_between_the_commits(vk: FakeVK, tmp_path: Path, db: str) -> None:
    config = tmp_path / "schools.toml"
    config.write_text(CONFIG.replace('db = "schools"', f'db = "{db}"'), encoding="utf-8")
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(KILL_BEFORE_HELD_COMMIT, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": f"{hook}{os.pathsep}{ROOT}",
        "BOT_SCHOOLS": str(config),
        "BOT_OUTBOX_LEASE_SECONDS": "3",  # a killed worker's batch in flight: resent soon
        "VK_API_URL": f"{vk.base_url}/method/",
        # on PostgreSQL the killed worker's lease stands until its ttl runs out (bot.workers:
        # replaced within ttl + ttl / 3 s); at the default 30 s the restarted worker's first
        # tick came just after the 30 s the checks below wait
        "BOT_LEASE_SECONDS": "6",
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
        await asyncio.wait_for(bot.process.wait(), 30)  # killed itself between the commits
        moved = START.replace(hour=17)
        a, b = await _lecture(target, "g32", KGD), await _lecture(target, "l23", OMSK)
        assert (a.start, b.start) == (moved, START)  # A committed, B's part not (yet)
        assert len(await _pending(target)) == 1
        assert not _told(vk, GROUP_B, STUDENT_B)

        bot.env = {**env, "PYTHONPATH": str(ROOT)}  # the restarted worker has no hook
        await deliver_until_ok(bot, yes, secret=SECRETS[GROUP_A])  # handled: skipped
        await vk.wait_for(lambda s: bool(_told(s, GROUP_B, STUDENT_B)), 30)
        await vk.wait_for(lambda s: bool(_told(s, GROUP_A, STUDENT_A)), 30)
        b = await _lecture(target, "l23", OMSK)
        assert b.start == moved
        assert await _pending(target) == []

        await bot.stop()  # one more start: its first tick replays and resends nothing
        await bot.start()
        await asyncio.sleep(3)
        assert len(_told(vk, GROUP_A, STUDENT_A)) == 1
        assert len(_told(vk, GROUP_B, STUDENT_B)) == 1
        assert not vk.texts_from(GROUP_A, STUDENT_B)
        assert not vk.texts_from(GROUP_B, STUDENT_A)
        assert (await _lecture(target, "l23", OMSK)).version == b.version
    finally:
        await bot.stop()


def _told(vk: FakeVK, group: int, student: int) -> list[str]:
    """The move notices `student` got through `group`'s community."""
    return [t for t in vk.texts_from(group, student) if LECTURE in t and MOVED in t]


async def _seed(target: str, key: str, tz: ZoneInfo, student_vk: int) -> None:
    """The partner КГТУ and its lecture in school `key` (the copies of one event saved for
    both schools: the same title and moments, the partner its author), a student of that
    school signed up; the partner's last event is the lecture."""
    store = await open_store(target, tz, school=key)
    try:
        kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        partner = await store.save_person(PARTNER, Role.PARTNER, "Иван", kgtu.id)
        end = START + timedelta(hours=1)
        [event] = await store.add_events(
            [NewEvent(LECTURE, kgtu.id, START, end, created_by=partner.id)], partner.id
        )
        student = await store.save_person(student_vk, Role.STUDENT, "Петя", None, "9Б")
        assert await store.sign_up(event.id, student.id) == "going"
        await store.set_dialog(partner.id, {"last_event": event.id})
    finally:
        await store.close()


async def _lecture(target: str, key: str, tz: ZoneInfo) -> Event:
    store = await open_store(target, tz, school=key)
    try:
        [event] = await store.events_between(START - timedelta(days=1), None)
        return event
    finally:
        await store.close()


async def _pending(target: str) -> list[Any]:
    """The writer's (A's) journal entries not done."""
    store = await open_store(target, KGD, school="g32")
    try:
        return list(await store.school_changes_pending())
    finally:
        await store.close()

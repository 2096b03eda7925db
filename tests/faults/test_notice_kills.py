"""SIGKILL the real webhook worker between a change's commit and its notices.

A curator's «да» to a move commits the move and its "handled" mark, answers VK "ok", and
then sends the replies: the curator's «Перенесено», then the notices to the people the move
concerns (a signed-up student, the partner who organises it). Each notice was put in the
outbox only right before it was sent, so a worker killed after the curator's reply went out
never recorded the notices: nobody would ever send them, and VK, answered "ok", never
redelivers (attack y, #1). The notices must be in the outbox with the update's commit, so a
restarted worker sends them. On SQLite and on PostgreSQL, and in a city, where the move
reaches the other school's copy and its student is told through that school's community.
"""

from __future__ import annotations

import os
import signal
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.storage import open_store
from tests.e2e.test_vk_city import CONFIG, ENV, GROUP_A, GROUP_B, KGD, OMSK, SECRETS, STUDENT_B
from tests.e2e.vk_server import FakeVK
from tests.faults.process import BotProcess, bot_env, deliver_until_ok, post_update
from tests.faults.scenarios import CURATOR, TZ, introduce, wait_fragment
from tests.integration.conftest import pg_cluster, pg_database

__all__ = ["pg_cluster", "pg_database"]

ROOT = Path(__file__).resolve().parents[2]
STUDENT = 5001
MOVED = "Перенесено"
# a notice claimed when the change was made and still leased (BOT_OUTBOX_LEASE_SECONDS, 3 s
# here) when the restarted worker's first tick runs at its start is sent by the next tick, a
# minute later (bot/leased_loop.py's tick interval): the wait covers the lease and one tick
AFTER_THE_LEASE = 3 + 60 + 15


async def test_a_worker_killed_after_the_curators_reply_still_tells_the_student(
    vk: FakeVK, tmp_path: Path
) -> None:
    await _killed_after_the_reply(vk, tmp_path, tmp_path / "bot.db")


async def test_postgres_worker_killed_after_the_curators_reply_still_tells_the_student(
    vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    await _killed_after_the_reply(vk, tmp_path, pg_database)


async def _killed_after_the_reply(vk: FakeVK, tmp_path: Path, db: Path | str) -> None:
    # on PostgreSQL the killed worker still holds the notification lease: the restarted one
    # ticks only once it expires (BOT_LEASE_SECONDS × 4/3 at most, bot.leased_loop). With the
    # default 30 s that is up to 40 s, past wait_fragment's 30 s under load (the fresh-clone
    # CI of 2026-12-04 failed so); a short lease keeps the takeover inside the wait.
    env = {**bot_env(vk, db, (CURATOR,)), "BOT_LEASE_SECONDS": "6"}
    bot = BotProcess(vk, tmp_path, env, "webhook")
    await bot.start()
    try:
        await introduce([bot], vk, CURATOR)
        store = await open_store(db, TZ)
        try:
            curator = await store.get_person_by_vk(CURATOR)
            assert curator is not None
            assert curator.organisation_id is not None
            student = await store.save_person(
                STUDENT, Role.STUDENT, "Петя", curator.organisation_id, "9Б"
            )
            start = datetime(2098, 3, 10, 15, 0, tzinfo=TZ)
            [event] = await store.add_events(
                [
                    NewEvent(
                        "Кружок робототехники",
                        curator.organisation_id,
                        start,
                        start.replace(hour=16),
                    )
                ],
                None,
            )
            assert await store.sign_up(event.id, student.id) == "going"
            await store.set_dialog(curator.id, {"last_event": event.id})
        finally:
            await store.close()
        seen = len(vk.texts_to(CURATOR))
        await deliver_until_ok(bot, vk.push_message(CURATOR, "перенеси на 17:00"))
        await wait_fragment(vk, CURATOR, seen, "Перенести «")

        def kill_after_the_curators_reply(params: dict[str, Any]) -> None:
            if MOVED in str(params.get("message", "")) and bot.process is not None:
                bot.process.send_signal(signal.SIGKILL)

        vk.on_send = kill_after_the_curators_reply
        yes = vk.push_message(CURATOR, "да")
        await post_update(bot.url, yes)  # "ok" at the commit, or no answer: killed first
        assert bot.process is not None
        await bot.process.wait()  # killed right after VK took the curator's reply
        vk.on_send = None
        assert any(MOVED in t for t in vk.texts_to(CURATOR)[seen:])
        assert not vk.texts_to(STUDENT)
        # VK redelivers when it got no "ok"; the restarted worker skips the update (handled)
        # and its first notification tick sends what the outbox holds
        await deliver_until_ok(bot, yes)
        told = await wait_fragment(vk, STUDENT, 0, "17:00", within=AFTER_THE_LEASE)
        assert "Кружок робототехники" in told
    finally:
        await bot.stop()


PARTNER = 7301
LECTURE = "Лекция о роботах"


@pytest.fixture
async def city_vk() -> AsyncIterator[FakeVK]:
    server = FakeVK(communities={"token-a": GROUP_A, "token-b": GROUP_B})
    await server.start()
    yield server
    await server.stop()


async def test_a_city_worker_killed_after_the_reply_still_tells_the_other_schools_student(
    city_vk: FakeVK, tmp_path: Path
) -> None:
    """A city: the partner's event saved for both schools is moved in the gymnasium; the
    lyceum's copy moves too and its signed-up student is told through the lyceum's
    community. That notice is claimed in the lyceum's outbox when the change is made there,
    so a worker killed right after the partner's «Перенесено» still sends it."""
    vk = city_vk
    config = tmp_path / "schools.toml"
    config.write_text(CONFIG, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BOT_SCHOOLS": str(config),
        "BOT_OUTBOX_LEASE_SECONDS": "3",  # a killed worker's batch in flight: resent soon
        "VK_API_URL": f"{vk.base_url}/method/",
        **ENV,
    }
    bot = BotProcess(vk, tmp_path, env, "webhook")
    await bot.start()
    try:
        await _seed_school(tmp_path / "schools" / "g32.sqlite3", KGD, None)
        await _seed_school(tmp_path / "schools" / "l23.sqlite3", OMSK, STUDENT_B)
        seen = len(vk.texts_from(GROUP_A, PARTNER))
        move = vk.push_message(PARTNER, "перенеси на 17:00", group_id=GROUP_A)
        await deliver_until_ok(bot, move, secret=SECRETS[GROUP_A])
        await vk.wait_for(
            lambda s: any("Лицей" in t for t in s.texts_from(GROUP_A, PARTNER)[seen:]), 30
        )

        def kill_after_the_partners_reply(params: dict[str, Any]) -> None:
            if MOVED in str(params.get("message", "")) and bot.process is not None:
                bot.process.send_signal(signal.SIGKILL)

        vk.on_send = kill_after_the_partners_reply
        yes = vk.push_message(PARTNER, "да", group_id=GROUP_A)
        await post_update(bot.url, yes, secret=SECRETS[GROUP_A])
        assert bot.process is not None
        await bot.process.wait()
        vk.on_send = None
        assert any(MOVED in t for t in vk.texts_from(GROUP_A, PARTNER)[seen:])
        assert not vk.texts_from(GROUP_B, STUDENT_B)
        await deliver_until_ok(bot, yes, secret=SECRETS[GROUP_A])
        await vk.wait_for(lambda s: bool(s.texts_from(GROUP_B, STUDENT_B)), AFTER_THE_LEASE)
        [told] = vk.texts_from(GROUP_B, STUDENT_B)
        assert LECTURE in told
        assert "перенесено" in told
    finally:
        await bot.stop()


async def _seed_school(path: Path, tz: ZoneInfo, student_vk: int | None) -> None:
    """The partner КГТУ and its lecture in one school's store (the copies of one event saved
    for both schools: the same title and moments, the partner its author), with a student
    signed up when `student_vk` is given; the partner's last event is the lecture."""
    store = await open_store(path, tz)
    try:
        kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        partner = await store.save_person(PARTNER, Role.PARTNER, "Иван", kgtu.id)
        start = datetime(2098, 3, 10, 15, 0, tzinfo=KGD)
        [event] = await store.add_events(
            [NewEvent(LECTURE, kgtu.id, start, start.replace(hour=16), created_by=partner.id)],
            partner.id,
        )
        if student_vk is not None:
            student = await store.save_person(student_vk, Role.STUDENT, "Петя", None, "9Б")
            assert await store.sign_up(event.id, student.id) == "going"
        await store.set_dialog(partner.id, {"last_event": event.id})
    finally:
        await store.close()

"""`kill -9` of the real bot around a poll caught up at night (newcomer walk 2026-12-01e,
finding 4): a 07:30–08:30 event's poll falls due while the bot is down; it comes back at
23:10 (its clock through the test-only BOT_CLOCK_START): the organiser is asked then, the
300 students are not. At 08:00 the students' fan-out starts and the process is killed in
the middle of it, then restarted: every student gets the poll exactly once, counted at the
local VK server after its random_id dedupe, and nobody got it during the night run."""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from bot.core.models import NewEvent, OrgKind, Role
from bot.storage import open_store
from tests.e2e.vk_server import FakeVK
from tests.faults.harness import TZ, BotProcess, outbox_rows, wait_until
from tests.faults.process import clock_env

ORGANISER = 2001
FIRST_STUDENT = 100_000
STUDENTS = 300
START = datetime(2026, 12, 16, 7, 30, tzinfo=TZ)
STUDENT_POLL = re.compile(r"Как прошло мероприятие «Зарядка»")
ORGANISER_POLL = re.compile(r"Как прошло ваше мероприятие «Зарядка»")


async def seed(db: Path) -> None:
    store = await open_store(db, TZ)
    try:
        org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        await store.save_person(ORGANISER, Role.PARTNER, "Анна", org.id)
        [event] = await store.add_events(
            [NewEvent("Зарядка", org.id, START, START + timedelta(hours=1))], None
        )
        stamp = int(time.time())
        async with store.transaction() as tx:
            await tx.executemany(
                "INSERT INTO people (vk_id, role, name, class_name, created_at, updated_at)"
                " VALUES (?, 'student', '', '9А', ?, ?)",
                [(FIRST_STUDENT + i, stamp, stamp) for i in range(STUDENTS)],
            )
        ids = [p.id for p in await store.people_with_role(Role.STUDENT)]
        async with store.transaction() as tx:
            await tx.executemany(
                "INSERT INTO signups (event_id, person_id, status, created_at, updated_at)"
                " VALUES (?, ?, 'going', ?, ?)",
                [(event.id, p, stamp, stamp) for p in ids],
            )
    finally:
        await store.close()


def polls(vk: FakeVK, pattern: re.Pattern[str]) -> Counter[int]:
    got: Counter[int] = Counter()
    for message in vk.sent:
        if pattern.search(message.text):
            got.update(message.peer_ids)
    return got


async def run_at(bot: BotProcess, wall: datetime) -> None:
    bot.env.update(clock_env(wall))  # the clock jumps to `wall` for this start
    await bot.start()


async def test_a_night_poll_waits_for_8_and_survives_a_kill(vk: FakeVK, tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    await seed(db)
    bot = BotProcess(tmp_path, f"{vk.base_url}/method/", db)
    try:
        await run_at(bot, START.replace(hour=23, minute=10))  # the bot comes back at night
        assert await wait_until(lambda: polls(vk, ORGANISER_POLL)[ORGANISER] == 1, 60)
        await asyncio.sleep(2.0)  # the rest of the first tick, had it anything else due
        bot.kill()
        await bot.wait(60)
        assert not polls(vk, STUDENT_POLL)  # nothing to a student in quiet hours
        morning = START.replace(hour=8, minute=0, second=5) + timedelta(days=1)
        sends = vk.raw_sends
        await run_at(bot, morning)
        assert await wait_until(lambda: vk.raw_sends > sends, 60)
        await asyncio.sleep(0.2)  # somewhere inside the fan-out
        bot.kill()
        await bot.wait(60)
        await run_at(bot, morning + timedelta(seconds=30))
        every = {FIRST_STUDENT + i for i in range(STUDENTS)}
        assert await wait_until(lambda: set(polls(vk, STUDENT_POLL)) >= every, 60)
        await wait_until(lambda: outbox_rows(db) == 0, 10)
    finally:
        await bot.stop()
    got = polls(vk, STUDENT_POLL)
    assert set(got) == {FIRST_STUDENT + i for i in range(STUDENTS)}  # none lost
    assert max(got.values()) == 1  # none doubled
    assert polls(vk, ORGANISER_POLL)[ORGANISER] == 1
    assert outbox_rows(db) == 0

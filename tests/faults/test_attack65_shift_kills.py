"""Attack 65, #1 and #2: the card shift («сдвинь на час позже», then «да») on a saved event
with signed-up students, through the real webhook worker (`python -m bot webhook`).

- kill -9 at a seeded random moment of each «да» (while the move is stored, its notices
  claimed, the curator answered or the students told), the update redelivered as VK does
  until a worker answers "ok": every shift is stored once (one audit row each, the final
  start three hours later), the curator hears «Перенесено» at most once per shift (the
  reply to the writer is at most once, README: a kill between the commit and the send
  loses it), and every student is told the final time, with no text twice.
- Two workers on one database, the same «да» delivered to both at once (VK redelivering
  while the first worker is still busy): stored once, the curator told once, each student
  told once.

Both backends: a SQLite file and a PostgreSQL database. Held attacks (green without a fix).
"""

from __future__ import annotations

import asyncio
import os
import random
from collections import Counter
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.storage import open_store
from tests.e2e.test_vk_city import CONFIG, CURATOR_B, ENV, GROUP_A, GROUP_B, KGD, OMSK, SECRETS
from tests.e2e.vk_server import FakeVK
from tests.faults.db import Db, rows, value
from tests.faults.process import BotProcess, bot_env, deliver_until_ok, post_update
from tests.faults.scenarios import CURATOR, TZ, Tally, _kill_during, introduce, wait_fragment
from tests.integration.conftest import pg_cluster, pg_database

__all__ = ["pg_cluster", "pg_database"]

ROOT = Path(__file__).resolve().parents[2]

STUDENTS = [6001 + i for i in range(12)]
START = datetime(2098, 3, 10, 15, 0, tzinfo=TZ)
SHIFTS = 3
SEED = 20261206
CARD, MOVED = "Перенести «", "Перенесено"
TITLE = "Кружок робототехники"


async def seed(db: Db) -> int:
    """The curator's saved event with every student signed up; the curator's last event
    is it (so «сдвинь на час позже» means it). Returns its id."""
    store = await open_store(db, TZ)
    try:
        curator = await store.get_person_by_vk(CURATOR)
        assert curator is not None
        assert curator.organisation_id is not None
        [event] = await store.add_events(
            [NewEvent(TITLE, curator.organisation_id, START, START + timedelta(hours=1))], None
        )
        for vk_id in STUDENTS:
            student = await store.save_person(
                vk_id, Role.STUDENT, "Петя", curator.organisation_id, "9Б"
            )
            assert await store.sign_up(event.id, student.id) == "going"
        await store.set_dialog(curator.id, {"last_event": event.id})
        return event.id
    finally:
        await store.close()


def moves(db: Db, event_id: int) -> int:
    return len(
        rows(
            db,
            "SELECT id FROM audit_log WHERE entity = 'event' AND action = 'update'"
            " AND entity_id = ?",
            [event_id],
        )
    )


def start_of(db: Db, event_id: int) -> datetime:
    return datetime.fromtimestamp(
        value(db, "SELECT starts_at FROM events WHERE id = ?", [event_id]), TZ
    )


async def told_everyone(vk: FakeVK, final: str) -> None:
    await vk.wait_for(lambda s: all(any(final in t for t in s.texts_to(v)) for v in STUDENTS), 60)


def doubled(vk: FakeVK) -> list[str]:
    """Texts a student received more than once."""
    found = []
    for vk_id in STUDENTS:
        found += [f"{vk_id}: {t[:60]}" for t, n in Counter(vk.texts_to(vk_id)).items() if n > 1]
    return found


async def _shifts_with_kills(vk: FakeVK, tmp_path: Path, db: Db) -> None:
    env = {**bot_env(vk, db, (CURATOR,)), "BOT_LEASE_SECONDS": "4"}
    bot = BotProcess(vk, tmp_path, env, "webhook")
    await bot.start()
    rng = random.Random(SEED)
    tally = Tally()
    try:
        await introduce([bot], vk, CURATOR)
        event_id = await seed(db)
        for shift_no in range(SHIFTS):
            seen = len(vk.texts_to(CURATOR))
            await deliver_until_ok(bot, vk.push_message(CURATOR, "сдвинь на час позже"))
            await wait_fragment(vk, CURATOR, seen, CARD)
            seen = len(vk.texts_to(CURATOR))
            await _kill_during(bot, db, vk.push_message(CURATOR, "да"), rng, tally)
            # redelivered until a worker answered "ok": the shift is stored, once
            assert moves(db, event_id) == shift_no + 1
        final = START + timedelta(hours=SHIFTS)
        assert start_of(db, event_id) == final
        await told_everyone(vk, final.strftime("%H:%M"))
        await asyncio.sleep(1.5)  # a late resend would land here
        assert doubled(vk) == []
        # the reply to the writer is at most once (README): a kill between the commit and
        # the send loses it, a redelivery never sends it again
        assert sum(MOVED in t for t in vk.texts_to(CURATOR)) <= SHIFTS
        assert tally.kills == SHIFTS
    finally:
        await bot.stop()


async def test_kill_9_during_card_shifts_on_sqlite(vk: FakeVK, tmp_path: Path) -> None:
    await _shifts_with_kills(vk, tmp_path, tmp_path / "bot.db")


async def test_kill_9_during_card_shifts_on_postgres(
    vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    await _shifts_with_kills(vk, tmp_path, pg_database)


async def _one_yes_on_two_workers(vk: FakeVK, tmp_path: Path, db: Db) -> None:
    env = bot_env(vk, db, (CURATOR,))
    workers = [
        BotProcess(vk, tmp_path / "a", env, "webhook"),
        BotProcess(vk, tmp_path / "b", env, "webhook"),
    ]
    for worker in workers:
        await worker.start()
    try:
        await introduce(workers, vk, CURATOR)
        event_id = await seed(db)
        for shift in range(SHIFTS):
            seen = len(vk.texts_to(CURATOR))
            await deliver_until_ok(
                workers[shift % 2], vk.push_message(CURATOR, "сдвинь на час позже")
            )
            await wait_fragment(vk, CURATOR, seen, CARD)
            seen = len(vk.texts_to(CURATOR))
            yes = vk.push_message(CURATOR, "да")
            statuses = await asyncio.gather(*(post_update(w.url, yes) for w in workers))
            assert statuses == [200, 200], statuses
            await wait_fragment(vk, CURATOR, seen, MOVED)
            await asyncio.sleep(0.5)
            assert sum(MOVED in t for t in vk.texts_to(CURATOR)[seen:]) == 1
        final = START + timedelta(hours=SHIFTS)
        assert moves(db, event_id) == SHIFTS
        assert start_of(db, event_id) == final
        await told_everyone(vk, final.strftime("%H:%M"))
        await asyncio.sleep(1.5)
        assert doubled(vk) == []
    finally:
        for worker in workers:
            await worker.stop()


async def test_one_yes_on_two_workers_at_once_on_sqlite(vk: FakeVK, tmp_path: Path) -> None:
    await _one_yes_on_two_workers(vk, tmp_path, tmp_path / "bot.db")


async def test_one_yes_on_two_workers_at_once_on_postgres(
    vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    await _one_yes_on_two_workers(vk, tmp_path, pg_database)


# --- attack64's schools_copy_stale line under kill -9 (a city: two schools, one worker) ---

AUTHOR, COLLEAGUE = 7302, 7301  # КГТУ's author (in both schools) and a colleague in A only
LECTURES = ("Лекция о роботах", "Лекция о мостах", "Лекция о звёздах")


@pytest.fixture
async def city_vk() -> AsyncIterator[FakeVK]:
    server = FakeVK(communities={"token-a": GROUP_A, "token-b": GROUP_B})
    await server.start()
    yield server
    await server.stop()


async def _seed_city_school(path: Path, tz: ZoneInfo, colleague: bool) -> None:
    """КГТУ's lectures (LECTURES, one a day, the author their creator) in one school's
    store: the copies of events saved for both schools; `colleague`: КГТУ's second
    representative is known here too (school A only)."""
    store = await open_store(path, tz)
    try:
        kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        author = await store.save_person(AUTHOR, Role.PARTNER, "Иван", kgtu.id)
        if colleague:
            await store.save_person(COLLEAGUE, Role.PARTNER, "Олег", kgtu.id)
        for day, title in enumerate(LECTURES):
            start = datetime(2098, 3, 10 + day, 15, 0, tzinfo=KGD)
            await store.add_events(
                [NewEvent(title, kgtu.id, start, start + timedelta(hours=1), created_by=author.id)],
                author.id,
            )
    finally:
        await store.close()


def _stale(vk: FakeVK, peer: int, title: str) -> list[str]:
    return [t for t in vk.texts_from(GROUP_B, peer) if title in t and "Гимназия №32" in t]


async def test_kill_9_during_a_colleagues_cancels_tells_the_other_school_once(
    city_vk: FakeVK, tmp_path: Path
) -> None:
    """The colleague (in A only) cancels three shared lectures in A, each «да» killed at a
    seeded random moment and redelivered until "ok": A's copies are cancelled, B's stay,
    B's curator and the author there get exactly one line per lecture, and the colleague
    hears «Отменено» at most once per lecture (a kill between the commit and the send loses
    the reply to the writer, README). SQLite only: a
    city on PostgreSQL needs one database of schemas (as test_notice_kills' city case)."""
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
    rng = random.Random(SEED + 1)
    kills = 0
    try:
        await _seed_city_school(tmp_path / "schools" / "g32.sqlite3", KGD, True)
        await _seed_city_school(tmp_path / "schools" / "l23.sqlite3", OMSK, False)
        hello = vk.push_message(CURATOR_B, "помощь", group_id=GROUP_B)  # B's curator is known
        await deliver_until_ok(bot, hello, secret=SECRETS[GROUP_B])
        await vk.wait_for(lambda s: bool(s.texts_from(GROUP_B, CURATOR_B)), 30)
        for number, title in enumerate(LECTURES):
            seen = len(vk.texts_from(GROUP_A, COLLEAGUE))
            cancel = vk.push_message(COLLEAGUE, f"отмени «{title}»", group_id=GROUP_A)
            await deliver_until_ok(bot, cancel, secret=SECRETS[GROUP_A])
            await vk.wait_for(
                lambda s, n=seen: any(
                    "Отменить «" in t for t in s.texts_from(GROUP_A, COLLEAGUE)[n:]
                ),
                30,
            )
            seen = len(vk.texts_from(GROUP_A, COLLEAGUE))
            yes = vk.push_message(COLLEAGUE, "да", group_id=GROUP_A)
            sending = asyncio.create_task(post_update(bot.url, yes, secret=SECRETS[GROUP_A]))
            await asyncio.sleep(rng.uniform(0, 0.3) * rng.random())
            await bot.kill()
            kills += 1
            await sending
            await deliver_until_ok(bot, yes, secret=SECRETS[GROUP_A])
            # redelivered until a worker answered "ok": the cancel is stored, once
            cancelled = "SELECT COUNT(*) FROM events WHERE status = 'cancelled'"
            assert value(tmp_path / "schools" / "g32.sqlite3", cancelled) == number + 1
            await asyncio.sleep(0.5)  # the reply, when the kill left it to be sent
            # the reply to the writer is at most once (README): a kill between the commit
            # and the send loses it, a redelivery never sends it again
            done = [t for t in vk.texts_from(GROUP_A, COLLEAGUE)[seen:] if "Отменено" in t]
            assert len(done) <= 1, done
        for title in LECTURES:
            await vk.wait_for(lambda s, t=title: bool(_stale(s, CURATOR_B, t)), 30)
            await vk.wait_for(lambda s, t=title: bool(_stale(s, AUTHOR, t)), 30)
        await asyncio.sleep(1.5)  # a late resend would land here
        for title in LECTURES:
            assert len(_stale(vk, CURATOR_B, title)) == 1, title
            assert len(_stale(vk, AUTHOR, title)) == 1, title
        assert kills == len(LECTURES)
        a_db, b_db = tmp_path / "schools" / "g32.sqlite3", tmp_path / "schools" / "l23.sqlite3"
        assert value(a_db, "SELECT COUNT(*) FROM events WHERE status = 'cancelled'") == 3
        assert value(b_db, "SELECT COUNT(*) FROM events WHERE status = 'cancelled'") == 0
    finally:
        await bot.stop()

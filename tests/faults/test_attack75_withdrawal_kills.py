"""attack75: SIGKILL the real webhook worker while a curator's «да» makes an event with 30+
students signed up staff-only or narrows it to another class (staff72/staff74: the edit
withdraws their sign-ups and tells each student by `participant_withdrawn`).

Each round: a fresh event for 9 classes, 32 students of 9Б signed up, the curator's
«поменяй классы на педагоги» (the last two rounds: «… на 10А») answered by the card, then
«да» delivered and the worker killed — at a random moment after the delivery (seeded), or
from VK's side right after it took the k-th student's notice (random k: the fan-out half
done). VK then redelivers the update until "ok", as it does. Checked at the kill and at the
end:
- the edit and the withdrawals are one write: the event unchanged with every sign-up, or
  changed with none (never part of them);
- a student told is withdrawn (never told while still signed up);
- at the end every student is withdrawn and told exactly once (never withdrawn and not told,
  never told twice), once the outbox's lease and one more tick have passed.
"""

from __future__ import annotations

import asyncio
import random
import signal
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.core.models import Audience, NewEvent, Role
from bot.storage import open_store
from tests.e2e.vk_server import FakeVK
from tests.faults.db import Db, rows
from tests.faults.process import (
    BotProcess,
    bot_env,
    deliver_until_ok,
    kill_after,
    post_update,
)
from tests.faults.scenarios import CURATOR, TZ, introduce, wait_fragment
from tests.faults.test_notice_kills import AFTER_THE_LEASE
from tests.integration.conftest import pg_cluster, pg_database

__all__ = ["pg_cluster", "pg_database"]

STUDENTS = tuple(range(6001, 6033))  # 32 students of 9Б
WITHDRAWN = "поэтому ваша запись снята"
CARD = "Снимется запись 32 учеников"
# the kinds of kill, one per round: within 50 ms of the delivery (mostly before the commit),
# within 0.6 s (mostly during the fan-out), or right after VK took the k-th student's notice
ROUNDS = ("early", "notice", "delay", "early", "notice", "notice", "early")
# the edit of each round: staff-only, the last two narrowed to another class (staff74 §4)
EDITS = ("поменяй классы на педагоги",) * 5 + ("поменяй классы на 10А",) * 2
DELAYS = {"early": 0.05, "delay": 0.6}
SEED = 75


def _title(round_no: int) -> str:
    return f"Встреча с выпускниками номер {round_no + 1}"


async def _seed(db: Db) -> list[int]:
    """The curator's school, its 32 students of 9Б and, per round, an event for 9 classes
    they are all signed up to (a different day each); the events' ids, in round order."""
    store = await open_store(db, TZ)
    try:
        curator = await store.get_person_by_vk(CURATOR)
        assert curator is not None
        assert curator.organisation_id is not None
        org = curator.organisation_id
        students = [
            await store.save_person(vk_id, Role.STUDENT, f"Ученик {vk_id}", org, "9Б")
            for vk_id in STUDENTS
        ]
        ids = []
        for round_no in range(len(ROUNDS)):
            start = datetime(2098, 3, 10 + round_no, 15, 0, tzinfo=TZ)
            [event] = await store.add_events(
                [
                    NewEvent(
                        _title(round_no),
                        org,
                        start,
                        start.replace(hour=16),
                        audience=Audience(grades=frozenset({9})),
                    )
                ],
                None,
            )
            for student in students:
                assert await store.sign_up(event.id, student.id) == "going"
            ids.append(event.id)
        return ids
    finally:
        await store.close()


async def _point_at(db: Db, event_id: int) -> None:
    store = await open_store(db, TZ)
    try:
        curator = await store.get_person_by_vk(CURATOR)
        assert curator is not None
        await store.set_dialog(curator.id, {"last_event": event_id})
    finally:
        await store.close()


def _signed_up(db: Db, event_id: int) -> set[int]:
    found = rows(
        db,
        "SELECT p.vk_id FROM signups s JOIN people p ON p.id = s.person_id"
        " WHERE s.event_id = ? AND s.status IN ('going', 'waiting')",
        [event_id],
    )
    return {int(r[0]) for r in found}


def _changed(db: Db, event_id: int) -> bool:
    """Whether the round's edit is stored: staff-only, or for 10А (no longer 9 классы)."""
    [(staff, classes)] = rows(
        db, "SELECT staff_audience, classes FROM events WHERE id = ?", [event_id]
    )
    return bool(staff) or "10А" in str(classes)


def _told(vk: FakeVK, title: str) -> dict[int, int]:
    """How many `participant_withdrawn` notices of the event `title` each student got."""
    return {s: sum(1 for t in vk.texts_to(s) if WITHDRAWN in t and title in t) for s in STUDENTS}


def _consistent(db: Db, vk: FakeVK, event_id: int, title: str, when: str) -> None:
    """One write: all signed up and unchanged, or changed and nobody; nobody told while
    still signed up, nobody told twice."""
    going, changed = _signed_up(db, event_id), _changed(db, event_id)
    assert (not changed and going == set(STUDENTS)) or (changed and not going), (
        when,
        changed,
        sorted(going),
    )
    told = _told(vk, title)
    assert not {s for s, n in told.items() if n and s in going}, (when, "told, still going")
    assert max(told.values()) <= 1, (when, "told twice", told)


async def test_kills_during_a_staff_only_edit_of_32_sign_ups(vk: FakeVK, tmp_path: Path) -> None:
    await _kills_during_the_edit(vk, tmp_path, tmp_path / "bot.db")


async def test_postgres_kills_during_a_staff_only_edit_of_32_sign_ups(
    vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    await _kills_during_the_edit(vk, tmp_path, pg_database)


async def _kills_during_the_edit(vk: FakeVK, tmp_path: Path, db: Db) -> None:
    """The rounds of ROUNDS on `db` (a SQLite file or a PostgreSQL URL); the module's
    docstring says what each checks."""
    rng = random.Random(SEED)
    env = {**bot_env(vk, db, (CURATOR,)), "BOT_LEASE_SECONDS": "6"}
    bot = BotProcess(vk, tmp_path, env, "webhook")
    await bot.start()
    try:
        await introduce([bot], vk, CURATOR)
        events = await _seed(db)
        kills_before_commit = 0
        rounds = zip(ROUNDS, EDITS, events, strict=True)
        for round_no, (kind, edit, event_id) in enumerate(rounds):
            title = _title(round_no)
            await _point_at(db, event_id)
            seen = len(vk.texts_to(CURATOR))
            await deliver_until_ok(bot, vk.push_message(CURATOR, edit))
            card = await wait_fragment(vk, CURATOR, seen, "Изменить «")
            assert CARD in card, card
            yes = vk.push_message(CURATOR, "да")
            if kind == "notice":
                await _kill_at_the_notice(bot, vk, yes, rng.randint(1, len(STUDENTS)))
            else:
                await kill_after(bot, yes, rng.uniform(0, DELAYS[kind]))
            kills_before_commit += not _changed(db, event_id)
            _consistent(db, vk, event_id, title, f"round {round_no} ({kind}) at the kill")
            await deliver_until_ok(bot, yes)
            await vk.wait_for(lambda s, t=title: min(_told(s, t).values()) >= 1, AFTER_THE_LEASE)
            _consistent(db, vk, event_id, title, f"round {round_no} ({kind}) told")
        # a batch resent late (a kill after VK took it, before it was marked sent) would come
        # once the lease is over, with the next tick: wait for one more
        await asyncio.sleep(AFTER_THE_LEASE)
        for round_no, event_id in enumerate(events):
            title = _title(round_no)
            _consistent(db, vk, event_id, title, f"round {round_no} at the end")
            assert _changed(db, event_id)
            assert set(_told(vk, title).values()) == {1}, (round_no, _told(vk, title))
        print(f"attack75: {kills_before_commit} of {len(ROUNDS)} kills before the commit")
        assert kills_before_commit < len(ROUNDS)  # at least one kill came after the commit
    finally:
        await bot.stop()


async def _kill_at_the_notice(
    bot: BotProcess, vk: FakeVK, update: dict[str, Any], nth: int
) -> None:
    """Deliver `update` and SIGKILL the worker as soon as VK has taken the `nth` student's
    withdrawal notice (counting every peer of a message sent to several)."""
    sent = [0]

    def kill_at_the_nth(params: dict[str, Any]) -> None:
        if WITHDRAWN in str(params.get("message", "")):
            sent[0] += len(str(params.get("peer_ids") or "x").split(","))
            if sent[0] >= nth and bot.process is not None:
                bot.process.send_signal(signal.SIGKILL)

    vk.on_send = kill_at_the_nth
    try:
        await post_update(bot.url, update)
        assert bot.process is not None
        await asyncio.wait_for(bot.process.wait(), AFTER_THE_LEASE)
    finally:
        vk.on_send = None

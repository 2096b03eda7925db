"""files75: SIGKILL the real webhook worker while a deputy head's «обнови прежние» applies a
corrected plan file of 44 rows to the plan saved from the earlier one
(bot.core.features.plan_updates: moves, new places, new rows, students told).

The file is made as schools make it: a merged title row, then «№ | Дата | Время |
Мероприятие | Классы | Место», dates and times typed as text («14.02.2098», «10.00»), one
event a day. Seeded: the curator (BOT_ADMINS) and 6 students of 9Б signed up to every event
of the first file. Each round sends the next version of the file as a VK document — every
third row an hour later than in the version before, every fifth row (from the second) in
another room, two new rows — waits for its summary with «Обновить прежние», then delivers
«обнови прежние» and kills the worker: at a random moment after the delivery (seeded), or
from VK's side right after it took the k-th student's notice (random k). VK then redelivers
the update until "ok", as it does. Checked at the kill and after:
- the plan is the version before or this round's version, row by row, for all 44 rows at
  once (one write: never a part moved), each row's event kept (same id, never cancelled),
  the new rows stored once or not at all — none lost, none doubled;
- a student is never told of a change that is not stored;
- at the end of the round (the outbox's lease and one more tick later) every student is
  told once of each event the round changed, and of nothing else.
"""

from __future__ import annotations

import asyncio
import random
import signal
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.core.models import Event, EventStatus, Role
from bot.storage import open_store
from tests.e2e.vk_server import FakeVK
from tests.faults.db import Db
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
from tests.plan_makers import xlsx

__all__ = ["pg_cluster", "pg_database"]

ROWS = 44
STUDENTS = tuple(range(7501, 7507))  # 6 students of 9Б, signed up to every first-file event
FIRST_DAY = datetime(2098, 2, 2, tzinfo=TZ)
SINCE = datetime(2098, 1, 1, tzinfo=TZ)
# kinds of kill, one per round: within 2 s of the delivery (a 44-row update takes ~1 s),
# or right after VK took the k-th notice to a student (the fan-out under way)
ROUNDS = ("delay", "notice", "delay", "notice", "delay")
SEED = 75
HEADER = ["№ п/п", "Дата", "Время", "Мероприятие", "Классы", "Место проведения"]
SUMMARY = "обнови прежние"  # the summary's offer (import_summary.j2)


def _title(row: int) -> str:
    return f"Классный час «Шаг {row + 1:02d}»"


def _new_title(version: int, k: int) -> str:
    return f"Встреча с выпускниками «Выпуск {version}-{k}»"


@dataclass(frozen=True)
class Row:
    """One event of a version of the plan: its title, start (aware) and room."""

    title: str
    start: datetime
    venue: str


def version_rows(version: int) -> list[Row]:
    """The plan of `version` (0: the first file): every third row starts `version` hours
    later, every fifth row from the second is in room 10 + version, and each version from 1
    has its own two new rows (one day each, after the base rows)."""
    rows = []
    for i in range(ROWS):
        day = FIRST_DAY + timedelta(days=i)
        hour = 9 + i % 4 + (version if i % 3 == 0 else 0)
        room = 10 + version if i % 5 == 1 else 1
        rows.append(Row(_title(i), day.replace(hour=hour), f"каб. {room}"))
    for k in range(2 if version else 0):
        day = FIRST_DAY + timedelta(days=ROWS + 2 * version + k)
        rows.append(Row(_new_title(version, k), day.replace(hour=15), "актовый зал"))
    return rows


def plan_file(version: int) -> bytes:
    """The version's .xlsx: a merged title row, a header, text dates and times."""
    caption = "План воспитательной работы 9-х классов на II полугодие 2097/2098 уч. года"
    sheet: list[list[str | None]] = [[caption, None, None, None, None, None], HEADER]
    for n, row in enumerate(version_rows(version), start=1):
        start = row.start
        sheet.append([f"{n}.", f"{start:%d.%m.%Y}", f"{start:%H.%M}", row.title, "9Б", row.venue])
    return xlsx({"2 полугодие": sheet}, {"2 полугодие": ["A1:F1"]})


async def _stored(db: Db) -> list[Event]:
    store = await open_store(db, TZ)
    try:
        return await store.events_between(SINCE, None)
    finally:
        await store.close()


def _which(events: list[Event], version: int, ids: dict[str, int]) -> str:
    """ "old" when the stored plan is version - 1's row by row, "new" when it is `version`'s;
    AssertionError naming the rows otherwise (a row lost, doubled, half applied)."""
    by_title: dict[str, list[Event]] = {}
    for event in events:
        by_title.setdefault(event.title, []).append(event)
    doubled = {t: len(es) for t, es in by_title.items() if len(es) > 1}
    assert not doubled, ("doubled", doubled)
    cancelled = [e.title for e in events if e.status is EventStatus.CANCELLED]
    assert not cancelled, ("cancelled", cancelled)
    for title, event_id in ids.items():  # every stored row kept as itself
        assert title in by_title, ("lost", title)
        assert by_title[title][0].id == event_id, ("another event", title)
    fits = []
    for name, v in (("old", version - 1), ("new", version)):
        wanted = version_rows(v)
        got = {r.title: (r.start, r.venue) for r in wanted}
        stored = {
            t: (es[0].start.astimezone(TZ), es[0].venue) for t, es in by_title.items() if t in got
        }
        if stored == got and len(by_title) == len(ids) + (2 if v == version else 0):
            fits.append(name)
    assert fits, ("neither version", version, _differences(by_title, version))
    return fits[0]


def _differences(by_title: dict[str, list[Event]], version: int) -> list[str]:
    """The rows that are neither the old nor the new version (for the assertion)."""
    old = {r.title: r for r in version_rows(version - 1)}
    new = {r.title: r for r in version_rows(version)}
    found = []
    for title, events in sorted(by_title.items()):
        had = (events[0].start.astimezone(TZ), events[0].venue)
        if all(had != (r.start, r.venue) for r in (old.get(title), new.get(title)) if r):
            found.append(f"{title}: {had}")
    return found[:10]


def _changed_titles(version: int) -> set[str]:
    """The base rows whose start or room `version` changes."""
    old = {r.title: r for r in version_rows(version - 1)}
    return {
        r.title
        for r in version_rows(version)
        if r.title in old and (r.start, r.venue) != (old[r.title].start, old[r.title].venue)
    }


def _told(vk: FakeVK, seen: dict[int, int]) -> dict[int, dict[str, int]]:
    """Per student, how many messages since `seen` name each base row's title (by its
    «Шаг NN»: a notice quotes the title in „…“ inside «…»)."""
    counts: dict[int, dict[str, int]] = {}
    for student in STUDENTS:
        texts = vk.texts_to(student)[seen[student] :]
        counts[student] = {
            _title(i): sum(1 for x in texts if f"Шаг {i + 1:02d}" in x) for i in range(ROWS)
        }
    return counts


def _check_told(vk: FakeVK, seen: dict[int, int], changed: set[str], applied: bool) -> None:
    """Nobody told of a change not stored, nobody told twice, nobody told of a row left."""
    for student, counts in _told(vk, seen).items():
        twice = {t: n for t, n in counts.items() if n > 1}
        assert not twice, (student, "told twice", twice)
        stray = {t for t, n in counts.items() if n and (t not in changed or not applied)}
        assert not stray, (student, "told of what is not stored", sorted(stray))


async def _seed(db: Db) -> None:
    store = await open_store(db, TZ)
    try:
        curator = await store.get_person_by_vk(CURATOR)
        assert curator is not None
        for vk_id in STUDENTS:
            await store.save_person(
                vk_id, Role.STUDENT, f"Ученик {vk_id}", curator.organisation_id, "9Б"
            )
    finally:
        await store.close()


async def _sign_up_everyone(db: Db) -> dict[str, int]:
    """Every student signed up to every stored event; the events' ids by title."""
    store = await open_store(db, TZ)
    try:
        events = await store.events_between(SINCE, None)
        for vk_id in STUDENTS:
            student = await store.get_person_by_vk(vk_id)
            assert student is not None
            for event in events:
                assert await store.sign_up(event.id, student.id) == "going"
        return {e.title: e.id for e in events}
    finally:
        await store.close()


async def test_kills_during_a_plan_files_update(vk: FakeVK, tmp_path: Path) -> None:
    await _kills_during_the_update(vk, tmp_path, tmp_path / "bot.db")


async def test_postgres_kills_during_a_plan_files_update(
    vk: FakeVK, tmp_path: Path, pg_database: str
) -> None:
    await _kills_during_the_update(vk, tmp_path, pg_database)


async def _send_file(bot: BotProcess, vk: FakeVK, version: int) -> str:
    seen = len(vk.texts_to(CURATOR))
    update = vk.push_document(CURATOR, f"План 9 классов v{version}.xlsx", plan_file(version))
    await deliver_until_ok(bot, update)
    return await wait_fragment(vk, CURATOR, seen, "Файл «", within=60)


async def _kills_during_the_update(vk: FakeVK, tmp_path: Path, db: Db) -> None:
    rng = random.Random(SEED)
    env = {**bot_env(vk, db, (CURATOR,)), "BOT_LEASE_SECONDS": "6"}
    bot = BotProcess(vk, tmp_path, env, "webhook")
    await bot.start()
    try:
        await introduce([bot], vk, CURATOR)
        await _seed(db)
        summary = await _send_file(bot, vk, 0)
        assert f"{ROWS} мероприят" in summary, summary
        seen_yes = len(vk.texts_to(CURATOR))
        await deliver_until_ok(bot, vk.push_message(CURATOR, "да"))
        await wait_fragment(vk, CURATOR, seen_yes, "Сохранено", within=60)
        ids = await _sign_up_everyone(db)
        assert len(ids) == ROWS, sorted(ids)
        kills_before_commit = 0
        for version, kind in enumerate(ROUNDS, start=1):
            summary = await _send_file(bot, vk, version)
            assert SUMMARY in summary, summary
            seen = {s: len(vk.texts_to(s)) for s in STUDENTS}
            changed = _changed_titles(version)
            update = vk.push_message(CURATOR, "обнови прежние")
            if kind == "notice":
                await _kill_at_the_notice(bot, vk, update, rng.randint(1, 3 * len(STUDENTS)))
            else:
                await kill_after(bot, update, rng.uniform(0, 2.0))
            state = _which(await _stored(db), version, ids)
            kills_before_commit += state == "old"
            _check_told(vk, seen, changed, state == "new")
            await deliver_until_ok(bot, update)
            assert _which(await _stored(db), version, ids) == "new", version
            await vk.wait_for(
                lambda s, seen=seen, changed=changed: all(
                    counts[t] >= 1 for counts in _told(s, seen).values() for t in changed
                ),
                AFTER_THE_LEASE,
            )
            # a batch resent late (killed after VK took it, before it was marked sent) would
            # come once the lease is over, with the next tick
            await asyncio.sleep(AFTER_THE_LEASE if kind == "notice" else 5)
            _check_told(vk, seen, changed, True)
            ids = {e.title: e.id for e in await _stored(db)}
        print(f"files75: {kills_before_commit} of {len(ROUNDS)} kills before the commit")
        assert kills_before_commit < len(ROUNDS)
    finally:
        await bot.stop()


async def _kill_at_the_notice(
    bot: BotProcess, vk: FakeVK, update: dict[str, Any], nth: int
) -> None:
    """Deliver `update` and SIGKILL the worker as soon as VK has taken the `nth` message to
    a student (counting every peer of a message sent to several)."""
    sent = [0]
    students = {str(s) for s in STUDENTS}

    def kill_at_the_nth(params: dict[str, Any]) -> None:
        peers = str(params.get("peer_ids") or params.get("peer_id") or "").split(",")
        sent[0] += sum(1 for p in peers if p in students)
        if sent[0] >= nth and bot.process is not None and bot.process.returncode is None:
            bot.process.send_signal(signal.SIGKILL)

    vk.on_send = kill_at_the_nth
    try:
        await post_update(bot.url, update)
        assert bot.process is not None
        await asyncio.wait_for(bot.process.wait(), AFTER_THE_LEASE)
    finally:
        vk.on_send = None

"""Attack 2026-12-03ab (tests/data/attack_2026-12-03ab.md) on the city's journal of changes
reaching another school (bot.core.features.school_journal): what the tick's replay must not
do after the writer's school has moved on. Same harness as tests/e2e/test_vk_city_journal.py
(SQLite files, or PostgreSQL schemas under tests.pg_everywhere)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from bot.core.features.school_journal import RETRY_SECONDS
from bot.core.models import OrgKind
from bot.storage import open_store
from tests.e2e import test_vk_city
from tests.e2e.test_vk_city import GROUP_A, GROUP_B, KGD, STUDENT_B, City
from tests.e2e.test_vk_city_attack import PARTNER, events_of, saved_for_both_with_a_student_of_b
from tests.e2e.test_vk_city_journal import fail_the_held_commit_once, move_with, replies_to

town = test_vk_city.city


async def test_an_undo_before_the_tick_is_not_overturned_by_the_replay_of_the_move(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#1: the move's held commit in B failed (its part journalled in A), then the partner
    says «верни» in A before the tick: A is back, B's copy never moved. The tick then
    replayed the move in B (its copy still had the version the move found) — B moved, A
    not, and B's student told of a move its author had undone."""
    in_a, in_b = await saved_for_both_with_a_student_of_b(town)
    failed = fail_the_held_commit_once(town, monkeypatch)
    await move_with(town)
    assert failed
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "верни")
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    [back_a] = await events_of(town, GROUP_A)
    assert back_a.start == in_a.start

    await town.city.tick()
    await town.city.tick()
    [kept_b] = await events_of(town, GROUP_B)
    assert (kept_b.id, kept_b.start, kept_b.version) == (in_b.id, in_b.start, in_b.version)
    assert await town.a.store.school_changes_pending() == []
    assert await town.b.store.pending_batches(datetime(2100, 1, 1, tzinfo=KGD)) == []


async def test_a_held_commit_that_fails_sends_no_notice_of_its_change(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#2 (the gap city22 named): B's held COMMIT failed after A's, yet the move notice
    claimed in that rolled-back unit was still sent through B's community; B's copy was then
    changed there before the tick (the replay leaves it), so B's student had been told of a
    move that B never got. A claim not committed in B is no longer sent; the tick's replay,
    when it applies the change, tells them once."""
    _, in_b = await saved_for_both_with_a_student_of_b(town)
    heard = len(town.vk.texts_from(GROUP_B, STUDENT_B))
    failed = fail_the_held_commit_once(town, monkeypatch)
    await move_with(town)
    assert failed
    await asyncio.sleep(1)  # what is sent right after the commit has gone by now
    told = [t for t in town.vk.texts_from(GROUP_B, STUDENT_B)[heard:] if "16 декабря" in t]
    assert told == []
    copy = await town.b.store.get_event(in_b.id)
    assert copy is not None
    await town.b.store.update_events([replace(copy, venue="зал")], None)
    await town.city.tick()
    kept = await town.b.store.get_event(in_b.id)
    assert kept is not None
    assert (kept.start, kept.venue) == (in_b.start, "зал")
    await asyncio.sleep(1)
    told = [t for t in town.vk.texts_from(GROUP_B, STUDENT_B)[heard:] if "16 декабря" in t]
    assert told == []


async def test_the_replay_leaves_a_copy_its_author_may_no_longer_edit_there(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#5: «да» reaches a school's copy only when its author may edit it there (can_edit);
    the replay of a part whose held commit failed checked only that the author was still
    linked. Before the tick the partner represents another organisation in B: still linked
    there, but the lecture is no longer theirs to change, and B's copy stays."""
    _, in_b = await saved_for_both_with_a_student_of_b(town)
    failed = fail_the_held_commit_once(town, monkeypatch)
    await move_with(town)
    assert failed
    partner = await town.b.store.get_person_by_vk(PARTNER)
    assert partner is not None
    other = await town.b.store.create_organisation("Другой вуз", OrgKind.PARTNER)
    await town.b.store.save_person(PARTNER, partner.role, partner.name, other.id)
    await town.city.tick()
    kept = await town.b.store.get_event(in_b.id)
    assert kept is not None
    assert (kept.start, kept.version) == (in_b.start, in_b.version)
    assert await town.a.store.school_changes_pending() == []


async def test_a_second_change_in_the_writers_school_reaches_the_other_by_the_tick(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#3: the move's held commit in B failed (its part journalled in A); the partner then
    moves the lecture again in A before the tick. B's copy was still at the old time, so the
    second move found no copy there and was not journalled for B; the tick then replayed the
    FIRST move: B ended on 16 December, A on 17. The newest state wins: the tick gives B's
    copy A's current state, and B's student is told of it once."""
    in_a, in_b = await saved_for_both_with_a_student_of_b(town)
    heard = len(town.vk.texts_from(GROUP_B, STUDENT_B))
    failed = fail_the_held_commit_once(town, monkeypatch)
    await move_with(town)
    assert failed
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "перенеси лекцию «ИИ в медицине» на 17 декабря в 15:00")
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, sent + 2)
    [moved_a] = await events_of(town, GROUP_A)
    assert moved_a.start == in_a.start + timedelta(days=2)

    await town.city.tick()
    await town.city.tick()
    [moved_b] = await events_of(town, GROUP_B)
    assert (moved_b.id, moved_b.start) == (in_b.id, moved_a.start)
    assert await town.a.store.school_changes_pending() == []
    await town.vk.wait_for(
        lambda s: any("17 декабря" in t for t in s.texts_from(GROUP_B, STUDENT_B)[heard:])
    )
    await asyncio.sleep(0.5)
    told = town.vk.texts_from(GROUP_B, STUDENT_B)[heard:]
    assert len([t for t in told if "17 декабря" in t]) == 1, told
    assert [t for t in told if "16 декабря" in t] == [], told


async def test_a_part_whose_replay_keeps_failing_is_put_off_not_retried_every_tick(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#4: an entry whose replay raised (B's store broken) was tried again on every tick
    with no end. Now a failure puts it off (school_journal.retry_delay): the next tick leaves
    it, and it is due again only later (by the app's clock, which the stores use since
    safety66: 2099 here)."""
    _, in_b = await saved_for_both_with_a_student_of_b(town)
    failed = fail_the_held_commit_once(town, monkeypatch)
    await move_with(town)
    assert failed
    store_b = town.b.store
    tried: list[str] = []

    async def broken(origin: str) -> bool:
        tried.append(origin)
        raise ConnectionError("the lyceum's database is down")

    monkeypatch.setattr(store_b, "claim_school_change", broken)
    await town.city.tick()
    await town.city.tick()
    assert len(tried) == 1
    assert await town.a.store.school_changes_pending() == []  # put off, not lost:
    assert await town.a.store.school_changes_stuck() == []
    later = town.clock.now() + timedelta(seconds=RETRY_SECONDS + 5)
    db = town.city.city.db  # the city's own target (a directory, or its PostgreSQL database)
    worker = await open_store(db, KGD, lambda: later, school="g32")
    try:
        [due] = await worker.school_changes_pending()  # due again on a later tick
    finally:
        await worker.close()
    assert due.copies == ((in_b.id, in_b.version),)

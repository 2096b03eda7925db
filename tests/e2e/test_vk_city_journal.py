"""The journal of a city's changes reaching another school (bot.core.features.school_journal)
through the real entry point: two communities, one Callback API app (the `city` fixture of
tests/e2e/test_vk_city.py; SQLite files, or PostgreSQL schemas under tests.pg_everywhere).

The partner's lecture saved for both schools is moved in the gymnasium (A); the lyceum's (B)
copy is changed in a unit held open until A's update commits. Here the held commit itself
fails (B's database went away at COMMIT) after A's has committed: B's part used to be lost —
logged, its copy old, its student never told. The city's tick now finishes it. And a part
that did commit in B is never applied twice by the tick, even when A could not mark its
journal entry done. (The kill between the two commits: tests/faults/test_school_journal_kills.py.)
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from bot.transports.vk.updates import UNIT_TRIES
from tests.e2e import test_vk_city
from tests.e2e.test_vk_city import GROUP_A, GROUP_B, KGD, STUDENT_B, City
from tests.e2e.test_vk_city_attack import (
    PARTNER,
    events_of,
    moved_for_both,
    replies_to,
    saved_for_both_with_a_student_of_b,
    undo_in_a,
)

town = test_vk_city.city

MOVE = "перенеси лекцию «ИИ в медицине» на 16 декабря в 15:00"


def moves_told(town: City) -> list[str]:
    """The move notices B's student got through B's community."""
    return [t for t in town.vk.texts_from(GROUP_B, STUDENT_B) if "16 декабря" in t]


def fail_the_held_commit_once(town: City, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """B's COMMIT of the first unit that claims a journal entry's applied-marker (the unit
    held for A's update) fails once; the list gets True when it did."""
    store, gate = town.b.store, town.b.store._gate
    claim, finish = store.claim_school_change, gate._finish
    held: list[object] = []
    failed: list[bool] = []

    async def claim_school_change(origin: str) -> bool:
        held.append(gate.current())
        return await claim(origin)

    async def finish_failing(unit: Any) -> None:
        if not failed and held and unit is held[0]:
            failed.append(True)
            raise ConnectionError("the lyceum's database went away at COMMIT")
        await finish(unit)

    monkeypatch.setattr(store, "claim_school_change", claim_school_change)
    monkeypatch.setattr(gate, "_finish", finish_failing)
    return failed


async def move_with(town: City) -> None:
    """The partner's move card in A, then «да» (its reply awaited)."""
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, MOVE)
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, sent + 2)


async def test_a_held_commit_that_fails_is_finished_by_the_citys_tick(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_a, in_b = await saved_for_both_with_a_student_of_b(town)
    failed = fail_the_held_commit_once(town, monkeypatch)
    await move_with(town)
    assert failed
    [moved_a] = await events_of(town, GROUP_A)
    [kept_b] = await events_of(town, GROUP_B)
    assert (moved_a.start, kept_b.start) == (in_a.start + timedelta(days=1), in_b.start)
    assert len(await town.a.store.school_changes_pending()) == 1

    await town.city.tick()
    [moved_b] = await events_of(town, GROUP_B)
    assert (moved_b.id, moved_b.start) == (in_b.id, moved_a.start)
    await town.vk.wait_for(lambda s: bool(moves_told(town)))
    assert await town.a.store.school_changes_pending() == []
    await town.city.tick()  # nothing is applied or told twice
    [again_b] = await events_of(town, GROUP_B)
    assert again_b.version == moved_b.version
    assert len(moves_told(town)) == 1


async def test_a_part_committed_in_the_other_school_is_not_applied_again(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B's held unit committed (its applied-marker with it), but A could not mark the entry
    done (as when a worker dies right after B's commit): the tick finds the marker, applies
    nothing, and forgets the entry."""
    _, in_b = await saved_for_both_with_a_student_of_b(town)
    store_a = town.a.store
    real = store_a.school_change_done
    failed: list[bool] = []

    async def done_fails_once(origin: str) -> None:
        if not failed:
            failed.append(True)
            raise ConnectionError("the gymnasium's database went away")
        await real(origin)

    monkeypatch.setattr(store_a, "school_change_done", done_fails_once)
    await move_with(town)
    assert failed
    [moved_b] = await events_of(town, GROUP_B)
    assert moved_b.start == in_b.start + timedelta(days=1)
    await town.vk.wait_for(lambda s: bool(moves_told(town)))
    assert len(await store_a.school_changes_pending()) == 1

    await town.city.tick()
    assert await store_a.school_changes_pending() == []
    [kept_b] = await events_of(town, GROUP_B)
    assert kept_b.version == moved_b.version
    waiting = await town.b.store.pending_batches(datetime(2100, 1, 1, tzinfo=KGD))
    assert (waiting, len(moves_told(town))) == ([], 1)


async def test_a_copy_changed_in_its_school_before_the_tick_is_left_as_it_is(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The held commit failed, and before the tick B's copy got another room there: the
    replay never overwrites that later change (version check); the entry is done."""
    _, in_b = await saved_for_both_with_a_student_of_b(town)
    failed = fail_the_held_commit_once(town, monkeypatch)
    await move_with(town)
    assert failed
    copy = await town.b.store.get_event(in_b.id)
    assert copy is not None
    await town.b.store.update_events([replace(copy, venue="зал")], None)
    await town.city.tick()
    kept = await town.b.store.get_event(in_b.id)
    assert kept is not None
    assert (kept.start, kept.venue) == (in_b.start, "зал")
    assert await town.a.store.school_changes_pending() == []
    # the replay claimed no notice there (and the notice the failed held unit had claimed is
    # not sent: tests/e2e/test_vk_city_journal_attack.py, #2)
    assert await town.b.store.pending_batches(datetime(2100, 1, 1, tzinfo=KGD)) == []


async def test_an_undo_whose_commit_fails_in_the_writers_school_leaves_the_other_as_it_was(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«верни» after a move that reached B: its writes in B committed on their own, before
    A's update did; A's COMMIT then failing left B's copy put back, A's still moved, and B's
    student told of an undo that never happened. B's part is held like the move's now."""
    in_a, in_b, _ = await moved_for_both(town)
    heard = len(town.vk.texts_from(GROUP_B, STUDENT_B))
    gate = town.a.store._gate
    real = gate._finish
    failed: list[bool] = []

    async def commit_fails(unit: Any) -> None:
        # every try the worker makes (attack60, #2: a failed unit is tried again)
        if len(failed) < UNIT_TRIES and unit.update_id is not None:
            failed.append(True)
            raise ConnectionError("the database went away at COMMIT")
        await real(unit)

    monkeypatch.setattr(gate, "_finish", commit_fails)
    status = await town.post(town.vk.push_message(PARTNER, "верни", group_id=GROUP_A))
    assert failed
    assert status != 200  # VK is told to deliver it again
    moved = in_a.start + timedelta(days=1)
    [kept_a] = await events_of(town, GROUP_A)
    [kept_b] = await events_of(town, GROUP_B)
    waiting = await town.b.store.pending_batches(datetime(2100, 1, 1, tzinfo=KGD))
    told = town.vk.texts_from(GROUP_B, STUDENT_B)[heard:]
    assert (kept_a.start, kept_b.start, told, waiting) == (moved, moved, [], [])
    assert kept_b.id == in_b.id


async def test_an_undo_whose_held_commit_fails_is_finished_by_the_citys_tick(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_a, in_b, sent = await moved_for_both(town)
    heard = len(town.vk.texts_from(GROUP_B, STUDENT_B))
    failed = fail_the_held_commit_once(town, monkeypatch)
    undone, [back_a], [kept_b] = await undo_in_a(town, sent)
    assert failed
    assert "Вернул как было" in undone, undone
    assert (back_a.start, kept_b.start) == (in_a.start, in_a.start + timedelta(days=1))

    await town.city.tick()
    [back_b] = await events_of(town, GROUP_B)
    assert (back_b.id, back_b.start) == (in_b.id, in_a.start)
    await town.vk.wait_for(lambda s: len(s.texts_from(GROUP_B, STUDENT_B)) > heard)
    await town.city.tick()  # nothing is put back or told twice
    told = town.vk.texts_from(GROUP_B, STUDENT_B)[heard:]
    assert len([t for t in told if "15 декабря" in t]) == 1, told
    assert await town.a.store.school_changes_pending() == []

"""Attack41 #3, through the real entry point (one Callback API app, three communities;
SQLite files, or PostgreSQL schemas under tests.pg_everywhere): a cancel notice must never
name a time nobody was told (safety41 #1, `notices._as_known`).

The lecture saved for the gymnasium (A) and the lyceum (B) is cancelled in A; the cancel
reaches B and B's student is told «отменено … 15 декабря». The partner types it again in A
(restored) — B's part of the restore fails and gets stuck, so B never hears «всё-таки
состоится». The partner then moves it in A to 16 December and cancels it again. B's curator
retries the stuck restore: B's copy gets A's state now (cancelled, at 16 December). Nobody
in B ever knew 16 December, and for B the lecture never stopped being cancelled."""

from __future__ import annotations

import asyncio

import pytest

from bot.core.features.school_journal import MAX_TRIES
from bot.core.models import EventStatus
from tests.e2e import test_safety40_stuck_parts as safety40
from tests.e2e.test_safety40_stuck_parts import answer, pressed, stuck_button, stuck_move
from tests.e2e.test_safety41_stuck_cancel import day_named
from tests.e2e.test_vk_city import CURATOR_A, CURATOR_B, GROUP_A, GROUP_B, STUDENT_B, City
from tests.e2e.test_vk_city_attack import PARTNER, replies_to
from tests.e2e.test_vk_city_journal import fail_the_held_commit_once, move_with
from tests.e2e.test_vk_city_restore import cancelled_for_both, typed_again

town = safety40.town


async def cancel_in_a(town: City) -> None:
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "отмени лекцию «ИИ в медицине»")
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, sent + 2)


async def test_a_stuck_restore_retried_after_a_move_and_a_cancel_tells_b_nothing_new(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    id_a, id_b = await cancelled_for_both(town)
    known = await town.b.store.get_event(id_b)
    assert known is not None
    failed = fail_the_held_commit_once(town, monkeypatch)
    await typed_again(town)  # restored in A; B's part fails
    assert failed
    [entry] = await town.a.store.school_changes_pending()
    for _ in range(MAX_TRIES):
        await town.a.store.school_change_failed(entry.origin, "ConnectionError()")
    assert [s.origin for s in await town.a.store.school_changes_stuck()] == [entry.origin]
    await move_with(town)  # A: 16 December (B's copy is cancelled: not moved)
    await cancel_in_a(town)
    in_a = await town.a.store.get_event(id_a)
    assert in_a is not None
    assert in_a.status is EventStatus.CANCELLED
    new = in_a.start.astimezone(known.start.tzinfo)
    assert new.date() != known.start.date()

    student_before = len(town.vk.texts_from(GROUP_B, STUDENT_B))
    curator_before = len(town.vk.texts_from(GROUP_B, CURATOR_B))
    await answer(town, GROUP_B, CURATOR_B, "не дошло")
    retry = stuck_button(town, GROUP_B, CURATOR_B, "Повторить")
    assert "Повторю" in await pressed(town, GROUP_B, CURATOR_B, retry)
    await town.city.tick()
    await asyncio.sleep(0.5)  # notices, if any, on their way
    told = town.vk.texts_from(GROUP_B, STUDENT_B)[student_before:]
    for text in told + town.vk.texts_from(GROUP_B, CURATOR_B)[curator_before:]:
        assert not day_named(text, new.day, new.month), text  # nobody in B knew the 16th
    assert not any("перенес" in t.lower() for t in told), told  # a cancelled one is not moved
    copy = await town.b.store.get_event(id_b)
    assert copy is not None
    assert copy.status is EventStatus.CANCELLED
    assert CURATOR_A  # A's curator is not part of this attack


async def test_a_stuck_move_retried_after_a_second_move_and_a_cancel_names_the_known_time(
    town: City, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guard (held): moved twice in A (16, then 17 December) while B's part of the first
    move is stuck, then cancelled; the retry tells B's student the lecture of the 15th —
    the only time B knew — is cancelled, and names neither later day."""
    _, in_b, _ = await stuck_move(town, monkeypatch)
    sent = len(town.vk.texts_from(GROUP_A, PARTNER))
    await town.say(GROUP_A, PARTNER, "перенеси лекцию «ИИ в медицине» на 17 декабря в 15:00")
    await replies_to(town, GROUP_A, PARTNER, sent + 1)
    await town.say(GROUP_A, PARTNER, "да")
    await replies_to(town, GROUP_A, PARTNER, sent + 2)
    await cancel_in_a(town)

    student_before = len(town.vk.texts_from(GROUP_B, STUDENT_B))
    await answer(town, GROUP_B, CURATOR_B, "не дошло")
    retry = stuck_button(town, GROUP_B, CURATOR_B, "Повторить")
    assert "Повторю" in await pressed(town, GROUP_B, CURATOR_B, retry)
    await town.city.tick()
    await town.vk.wait_for(
        lambda s: any(
            "отмен" in t.lower() for t in s.texts_from(GROUP_B, STUDENT_B)[student_before:]
        )
    )
    await asyncio.sleep(0.3)
    told = town.vk.texts_from(GROUP_B, STUDENT_B)[student_before:]
    [cancelled] = [t for t in told if "отмен" in t.lower()]
    old = in_b.start
    assert day_named(cancelled, old.day, old.month), cancelled
    for text in told:
        assert not day_named(text, 16, 12), text
        assert not day_named(text, 17, 12), text

"""The journal of a city's changes reaching another school (migration 0033) on both backends
(bot.core.features.school_journal): an entry recorded with a unit is there only if the unit
committed, an applied-marker is claimed once, and a done entry is gone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.features.school_journal import (
    MAX_TRIES,
    PENDING_LIMIT,
    RETRY_SECONDS,
    CopyState,
    SchoolChange,
    new_origin,
)
from bot.core.models import EventStatus
from bot.storage import PlanStore, open_store
from tests.integration.conftest import Backend

KGD = ZoneInfo("Europe/Kaliningrad")
BY = {"by_vk_id": 7002, "by_school": "l23", "by_name": "Куратор Б"}  # who pressed «Отбросить»


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[PlanStore]:
    opened = await backend.open(KGD)
    yield opened
    await opened.close()


def change(origin: str) -> SchoolChange:
    start = datetime(2099, 12, 16, 12, 0, tzinfo=UTC)
    state = CopyState("Лекция", start, start.replace(hour=13), False, True, EventStatus.CONFIRMED)
    return SchoolChange(origin, "l23", 7300, "moved", ((4, 2),), (state,))


async def test_an_entry_stands_or_falls_with_its_unit_and_is_forgotten_when_done(
    store: PlanStore,
) -> None:
    kept, lost = change(new_origin("g32")), change(new_origin("g32"))
    async with store.unit("update-1"):
        await store.record_school_change(kept)

    async def failing_message() -> None:
        async with store.unit("update-2"):
            await store.record_school_change(lost)
            raise ConnectionError("the message failed after it")

    with pytest.raises(ConnectionError):
        await failing_message()
    assert list(await store.school_changes_pending()) == [kept]  # read back whole
    await store.school_change_done(kept.origin)
    assert list(await store.school_changes_pending()) == []


async def test_an_applied_marker_is_claimed_once(store: PlanStore) -> None:
    origin = new_origin("g32")

    async def failing_part() -> None:
        async with store.unit(None):
            assert await store.claim_school_change(origin)
            raise ConnectionError("the other school's part rolled back")

    with pytest.raises(ConnectionError):
        await failing_part()
    assert await store.claim_school_change(origin)  # rolled back: claimable again
    assert not await store.claim_school_change(origin)


class Clock:
    """The store's clock, set by the test (UTC)."""

    def __init__(self) -> None:
        self.at = datetime(2099, 12, 10, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at


async def forge_damaged(store: PlanStore, backend: Backend, origin: str, created_at: int) -> None:
    """A journal row whose body no longer reads (as a person or a bad disk might leave one)."""
    row = (origin, "l23", "{not json", created_at)
    insert = "INSERT INTO school_journal (origin, school, body, created_at) VALUES "
    async with store.transaction() as tx:
        if backend.name == "sqlite":
            await tx.execute(insert + "(?, ?, ?, ?)", row)
        else:
            await tx.execute(insert + "($1, $2, $3, $4)", *row)


async def test_damaged_rows_never_hide_later_entries_and_are_reported_once(
    backend: Backend,
) -> None:
    """Attack 2026-12-03ab #4: a damaged body was skipped AFTER the store's LIMIT, so more
    damaged rows than the limit hid every later entry from the tick for ever (and each was
    logged every tick). Now a damaged row is marked stuck once (reported, never read again)."""
    clock = Clock()
    store = await open_store(backend.target, KGD, clock)
    try:
        for i in range(PENDING_LIMIT + 5):
            await forge_damaged(store, backend, f"g32:bad{i:03}", 1000 + i)
        good = change(new_origin("g32"))
        await store.record_school_change(good)
        assert list(await store.school_changes_pending()) == [good]
        stuck = await store.school_changes_stuck()
        assert len(stuck) == PENDING_LIMIT + 5
        assert {s.origin for s in stuck} == {f"g32:bad{i:03}" for i in range(PENDING_LIMIT + 5)}
        assert all(s.error for s in stuck)
        assert all(s.change is None for s in stuck)  # a damaged body gives no entry
        assert list(await store.school_changes_pending()) == [good]
    finally:
        await store.close()


async def test_an_entry_that_keeps_failing_backs_off_then_is_marked_stuck(
    backend: Backend,
) -> None:
    """Attack 2026-12-03ab #4: an entry whose replay raised every time was retried every tick
    for ever. Now each failure puts it off (doubling, from RETRY_SECONDS), entries behind it
    are read meanwhile, and after MAX_TRIES failures it is marked stuck and reported."""
    clock = Clock()
    store = await open_store(backend.target, KGD, clock)
    try:
        failing = change(new_origin("g32"))
        await store.record_school_change(failing)
        clock.at += timedelta(seconds=1)
        later = [change(new_origin("g32")) for _ in range(PENDING_LIMIT)]
        for entry in later:
            await store.record_school_change(entry)
        assert (await store.school_changes_pending())[0] == failing
        assert not await store.school_change_failed(failing.origin, "B's store is down")
        waiting = sorted(c.origin for c in later)  # one second: by origin
        assert [c.origin for c in await store.school_changes_pending()] == waiting
        clock.at += timedelta(seconds=RETRY_SECONDS)
        assert (await store.school_changes_pending())[0] == failing  # due again
        for tries in range(2, MAX_TRIES):
            assert not await store.school_change_failed(failing.origin, "still down")
            clock.at += timedelta(seconds=RETRY_SECONDS * 2 ** (tries - 1) - 1)
            assert failing not in await store.school_changes_pending()
            clock.at += timedelta(seconds=1)
            assert failing in await store.school_changes_pending()
        assert await store.school_change_failed(failing.origin, "down for good")
        clock.at += timedelta(days=30)
        assert failing not in await store.school_changes_pending()
        [stuck] = await store.school_changes_stuck()
        assert (stuck.origin, stuck.tries, stuck.error) == (
            failing.origin,
            MAX_TRIES,
            "down for good",
        )
        assert stuck.change == failing  # read back whole, for the curator's «итоги» (city27)
        await store.school_change_done(failing.origin)
        assert await store.school_changes_stuck() == []
    finally:
        await store.close()


async def test_a_stuck_entry_is_retried_or_dismissed_once_and_only_when_stuck(
    store: PlanStore,
) -> None:
    """Safety40 #2: a curator's «Повторить» makes a stuck entry due again with its tries
    cleared (the next failure puts it off 60 s, not stuck at once), «Отбросить» deletes it;
    either acts on a stuck entry only, so an entry still tried, a second press or a press
    after the other one changes nothing and says so (False)."""
    retried, dismissed, tried = (change(new_origin("g32")) for _ in range(3))
    for entry in (retried, dismissed, tried):
        await store.record_school_change(entry)
    for entry in (retried, dismissed):
        for _ in range(MAX_TRIES):
            stuck = await store.school_change_failed(entry.origin, "B's store is down")
        assert stuck
    assert not await store.school_change_retry(tried.origin)  # not stuck: left alone
    assert not await store.school_change_dismiss(tried.origin, BY)
    assert [c.origin for c in await store.school_changes_pending()] == [tried.origin]

    async with store.unit("press-1"):
        assert await store.school_change_retry(retried.origin)
    assert not await store.school_change_retry(retried.origin)  # a second press
    assert not await store.school_change_dismiss(retried.origin, BY)  # no longer stuck
    pending = sorted(c.origin for c in await store.school_changes_pending())
    assert pending == sorted([retried.origin, tried.origin])
    assert not await store.school_change_failed(retried.origin, "down again")  # tries cleared

    async with store.unit("press-2"):
        assert await store.school_change_dismiss(dismissed.origin, BY)
    assert not await store.school_change_dismiss(dismissed.origin, BY)
    assert not await store.school_change_retry(dismissed.origin)
    assert await store.school_changes_stuck() == []
    assert dismissed.origin not in [c.origin for c in await store.school_changes_pending()]
    # each delete with its audit row, none for the presses that found nothing (attack41)
    assert [a["origin"] for a in await store.school_changes_dismissed()] == [dismissed.origin]

    async def rolled_back() -> None:
        async with store.unit("press-3"):
            for _ in range(MAX_TRIES):
                await store.school_change_failed(tried.origin, "down")
            assert await store.school_change_dismiss(tried.origin, BY)
            raise ConnectionError("the press's update failed after it")

    with pytest.raises(ConnectionError):
        await rolled_back()
    assert tried.origin in [c.origin for c in await store.school_changes_pending()]


async def test_a_dismissal_is_audited_with_its_delete_and_only_once(store: PlanStore) -> None:
    """Safety41 #3: «Отбросить» of a stuck entry was only logged. Now the delete writes an
    audit row (who, what, when) in the same transaction: rolled back with it, none for a
    press that found nothing (a second press, an entry not stuck), read back newest first."""
    first, second, tried = (change(new_origin("g32")) for _ in range(3))
    for entry in (first, second, tried):
        await store.record_school_change(entry)
    for entry in (first, second):
        for _ in range(MAX_TRIES):
            await store.school_change_failed(entry.origin, "B's store is down")
    by = {"by_vk_id": 7002, "by_school": "l23", "by_name": "Куратор Б"}

    async def rolled_back() -> None:
        async with store.unit("press-1"):
            assert await store.school_change_dismiss(first.origin, by)
            raise ConnectionError("the press's update failed after it")

    with pytest.raises(ConnectionError):
        await rolled_back()
    assert await store.school_changes_dismissed() == []  # rolled back with the delete
    assert not await store.school_change_dismiss(tried.origin, by)  # not stuck
    async with store.unit("press-2"):
        assert await store.school_change_dismiss(first.origin, by)
    assert not await store.school_change_dismiss(first.origin, by)  # a second press
    assert await store.school_change_dismiss(second.origin, {**by, "by_vk_id": 7001})
    audited = await store.school_changes_dismissed()
    assert [(a["origin"], a["by_vk_id"]) for a in audited] == [
        (second.origin, 7001),
        (first.origin, 7002),
    ]
    assert audited[1]["school"] == "l23"  # the school the part was for
    assert audited[1]["by_school"] == "l23"
    assert audited[1]["kind"] == "moved"
    assert audited[1]["title"] == "Лекция"
    assert audited[1]["at"].tzinfo is not None

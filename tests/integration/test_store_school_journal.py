"""The journal of a city's changes reaching another school (migration 0033) on both backends
(bot.core.features.school_journal): an entry recorded with a unit is there only if the unit
committed, an applied-marker is claimed once, and a done entry is gone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.features.school_journal import CopyState, SchoolChange, new_origin
from bot.core.models import EventStatus
from bot.storage import PlanStore
from tests.integration.conftest import Backend

KGD = ZoneInfo("Europe/Kaliningrad")


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

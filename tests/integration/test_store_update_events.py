"""`update_events`: a series moved, cancelled or restored together is written in one
transaction — all of it or nothing — with one audit row per event."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import Event, EventStatus, NewEvent, OrgKind, Role
from bot.storage.sqlite_store import SqliteStore, open_store

KGD = ZoneInfo("Europe/Kaliningrad")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    opened = await open_store(tmp_path / "plan.db", KGD)
    yield opened
    await opened.close()


async def weekly(store: SqliteStore, count: int) -> tuple[int, list[Event]]:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    actor = await store.save_person(7, Role.PARTNER, "Анна", org.id)
    first = datetime(2026, 12, 3, 15, 0, tzinfo=KGD)
    series = await store.next_series_id()
    events = await store.add_events(
        [
            NewEvent(
                "Кружок",
                org.id,
                first + timedelta(weeks=i),
                first + timedelta(weeks=i, hours=1),
                series_id=series,
            )
            for i in range(count)
        ],
        actor.id,
    )
    return actor.id, events


async def test_a_series_is_moved_and_cancelled_at_once_with_an_audit_row_each(
    store: SqliteStore,
) -> None:
    actor, events = await weekly(store, 4)
    later = [
        replace(e, start=e.start + timedelta(hours=2), end=e.end + timedelta(hours=2))
        for e in events
    ]
    moved = await store.update_events(later, actor)
    assert [e.start.hour for e in moved] == [17, 17, 17, 17]
    cancelled = await store.update_events(
        [replace(e, status=EventStatus.CANCELLED) for e in moved], actor
    )
    assert {e.status for e in cancelled} == {EventStatus.CANCELLED}
    for event in events:
        log = await store.audit_entries(event.id)
        assert [e["action"] for e in log] == ["add", "update", "update"]
        assert log[2]["details"] == {"status": {"from": "confirmed", "to": "cancelled"}}


async def test_one_bad_occurrence_writes_none_of_them(store: SqliteStore) -> None:
    actor, events = await weekly(store, 3)
    later = [
        replace(e, start=e.start + timedelta(hours=2), end=e.end + timedelta(hours=2))
        for e in events
    ]
    broken = replace(later[2], end=later[2].start - timedelta(hours=1))  # ends before it starts
    with pytest.raises(ValueError, match="end before it starts"):
        await store.update_events([later[0], later[1], broken], actor)
    with pytest.raises(KeyError):
        await store.update_events([later[0], replace(later[1], id=999)], actor)
    stored = [await store.get_event(e.id) for e in events]
    assert [e.start.hour for e in stored if e is not None] == [15, 15, 15]
    assert [len(await store.audit_entries(e.id)) for e in events] == [1, 1, 1]

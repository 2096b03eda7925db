"""Two workers finish the same city journal at once (bot.core.features.school_replay).

The city's notification loop runs under one lease (bot.workers.city_lease), but a holder
frozen past its lease can still be in its tick when the next worker takes over, and on
SQLite nothing but the database keeps two processes from ticking. Two CityApps here are two
workers: each opens its own stores (its own SQLite connections to the same files, or its own
PostgreSQL pool on the same schemas under tests.pg_everywhere) over the city of
tests/e2e/test_vk_city.py. The writer's (A's) journal holds one entry per lecture of the
lyceum (B), as a change whose held commit failed leaves it; both workers finish the journal
at the same moment. Every part must be applied exactly once: each copy moved once (one
version up), one notice claimed per student, the journal empty, nothing stuck.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.core.features.school_journal import CopyState, SchoolChange, new_origin
from bot.core.models import Event, NewEvent, OrgKind, Role
from bot.schools_config import load_city_config
from bot.transports.vk.city import CityApp, create_city
from tests.e2e import test_vk_city
from tests.e2e.conftest import FAST_RETRY, make_settings
from tests.e2e.test_vk_city import ENV, KGD, City

town = test_vk_city.city

PARTNER = 7301
LECTURES = 12


@pytest.fixture
async def second_worker(town: City, tmp_path: Path) -> AsyncIterator[CityApp]:
    """Another worker of the same city: the same config, its own stores and connections."""
    config = load_city_config(tmp_path / "schools.toml", ENV)
    base = make_settings(tmp_path, f"{town.vk.base_url}/method/")
    other = await create_city(base, config, clock=town.clock, retry=FAST_RETRY)
    yield other
    await other.close()


async def lectures_pending_in_b(town: City) -> list[Event]:
    """LECTURES copies of the partner's lectures in B, a student signed up to each, and in
    A's journal one pending move of each (to a day later) by the partner."""
    store_b, store_a = town.b.store, town.a.store
    kgtu = await store_b.create_organisation("КГТУ", OrgKind.PARTNER)
    partner = await store_b.save_person(PARTNER, Role.PARTNER, "Иван", kgtu.id)
    start = datetime(2099, 12, 15, 15, 0, tzinfo=store_b.tz)
    events = await store_b.add_events(
        [
            NewEvent(
                f"Лекция {i}", kgtu.id, start, start + timedelta(hours=1), created_by=partner.id
            )
            for i in range(LECTURES)
        ],
        partner.id,
    )
    for i, event in enumerate(events):
        student = await store_b.save_person(7500 + i, Role.STUDENT, "Петя", None, "9Б")
        assert await store_b.sign_up(event.id, student.id) == "going"
        moved = CopyState.of(event)
        state = CopyState(
            moved.title,
            moved.start + timedelta(days=1),
            moved.end + timedelta(days=1),
            moved.all_day,
            moved.end_given,
            moved.status,
        )
        entry = SchoolChange(
            new_origin("g32"), "l23", PARTNER, "moved", ((event.id, event.version),), (state,)
        )
        await store_a.record_school_change(entry)
    return list(events)


async def test_two_workers_finishing_one_journal_apply_every_part_once(
    town: City, second_worker: CityApp
) -> None:
    before = await lectures_pending_in_b(town)
    assert len(await town.a.store.school_changes_pending()) == LECTURES

    applied = await asyncio.gather(town.city.finish_journals(), second_worker.finish_journals())
    assert sum(applied) == LECTURES, applied
    assert await town.a.store.school_changes_pending() == []
    assert await town.a.store.school_changes_stuck() == []
    for event in before:
        copy = await town.b.store.get_event(event.id)
        assert copy is not None
        assert (copy.start, copy.version) == (event.start + timedelta(days=1), event.version + 1)
    waiting = await town.b.store.pending_batches(datetime(2100, 1, 1, tzinfo=KGD), limit=500)
    told = sorted(p for b in waiting for p in b.peers)
    assert told == list(range(7500, 7500 + LECTURES))

    await asyncio.gather(town.city.finish_journals(), second_worker.finish_journals())
    for event in before:  # a second round at once applies nothing again
        copy = await town.b.store.get_event(event.id)
        assert copy is not None
        assert copy.version == event.version + 1
    again = await town.b.store.pending_batches(datetime(2100, 1, 1, tzinfo=KGD), limit=500)
    assert len(again) == len(waiting)

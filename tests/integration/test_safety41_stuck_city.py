"""Safety41 #2: a curator's «итоги» and «что не дошло?» read the stuck city journal parts
their school is party to from EVERY school's journal (bot.core.features.stuck_parts.visible).
They did so with one query per school of the city; on PostgreSQL (one schema per school in
one database) it is now one query for the whole city
(bot.core.features.school_journal.stuck_of_schools). The answer must be the per-school one,
entry for entry and in the same order, for every school of the city, with entries not
stuck and parts for third schools around it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from benchmarks.roundtrips import RoundTrips
from bot.core.features.school_journal import (
    MAX_TRIES,
    CopyState,
    JournalStore,
    SchoolChange,
    StuckChange,
    dismissed_of_schools,
    new_origin,
    stuck_of_schools,
)
from bot.core.models import EventStatus
from bot.storage import open_store
from tests.integration.conftest import Backend

KGD = ZoneInfo("Europe/Kaliningrad")
KEYS = ("g32", "l23", "s7", "s15", "s40")


class Clock:
    """The stores' clock, set by the test (UTC)."""

    def __init__(self) -> None:
        self.at = datetime(2099, 12, 10, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at


def _target(backend: Backend) -> str | Path:
    """Where a deployment's schools live: a directory of files, or the database's URL."""
    if backend.name == "sqlite":
        return Path(backend.target).parent / "schools"
    return backend.target


@pytest.fixture
async def city(backend: Backend) -> AsyncIterator[tuple[list[tuple[str, Any]], Clock]]:
    """Five schools' stores in one deployment, one clock."""
    clock = Clock()
    target = _target(backend)
    stores = [(key, await open_store(target, KGD, clock, school=key)) for key in KEYS]
    yield stores, clock
    for _, store in stores:
        await store.close()


def change(writer: str, school: str) -> SchoolChange:
    start = datetime(2099, 12, 16, 12, 0, tzinfo=UTC)
    state = CopyState("Лекция", start, start.replace(hour=13), False, True, EventStatus.CONFIRMED)
    return SchoolChange(new_origin(writer), school, 7300, "moved", ((4, 2),), (state,))


async def per_school(
    here: str, journals: list[tuple[str, JournalStore]]
) -> list[tuple[str, StuckChange]]:
    """The answer as it was read before: each school's journal, one after another."""
    return [
        (key, entry)
        for key, store in journals
        for entry in await store.school_changes_stuck()
        if key == here or entry.school == here
    ]


async def test_the_city_wide_read_is_the_per_school_answer(
    backend: Backend, city: tuple[list[tuple[str, Any]], Clock]
) -> None:
    stores, clock = city
    for n, (writer, store) in enumerate(stores):
        for m, other in enumerate(KEYS):
            if other == writer:
                continue
            entry = change(writer, other)
            clock.at += timedelta(seconds=(n * 7 + m) % 5)  # ties in time: by origin
            await store.record_school_change(entry)
            if (n + m) % 3 == 2:
                continue  # still tried: not stuck, never shown
            for _ in range(MAX_TRIES):
                await store.school_change_failed(entry.origin, f"{other} down")
    journals: list[tuple[str, JournalStore]] = [(k, s) for k, s in stores]
    counted = RoundTrips()
    counted.install()
    try:
        for here in KEYS:
            before = counted.trips - counted.schema_sets
            expected = await per_school(here, journals)
            was = counted.trips - counted.schema_sets - before
            assert expected, here
            before = counted.trips - counted.schema_sets
            got = await stuck_of_schools(here, journals)
            now = counted.trips - counted.schema_sets - before  # a school switch is no query
            assert got == expected, here
            if backend.name == "postgresql":
                assert (was, now) == (len(KEYS), 1)  # one query for the city
    finally:
        counted.uninstall()


async def test_a_city_with_nothing_stuck_reads_nothing(
    city: tuple[list[tuple[str, Any]], Clock],
) -> None:
    stores, _ = city
    journals: list[tuple[str, JournalStore]] = [(k, s) for k, s in stores]
    await stores[0][1].record_school_change(change("g32", "l23"))  # pending, not stuck
    for here in KEYS:
        assert await stuck_of_schools(here, journals) == []


async def test_the_city_wide_read_of_dismissals_is_the_per_school_answer(
    backend: Backend, city: tuple[list[tuple[str, Any]], Clock]
) -> None:
    """Safety41 #3's audited dismissals, shown in «что не дошло?», are read the same way:
    one query on PostgreSQL, the per-school answer (newest first, at most `limit`)."""
    stores, clock = city
    for n, (writer, store) in enumerate(stores):
        for m, other in enumerate(KEYS):
            if other == writer:
                continue
            entry = change(writer, other)
            await store.record_school_change(entry)
            for _ in range(MAX_TRIES):
                await store.school_change_failed(entry.origin, "down")
            clock.at += timedelta(seconds=(n + m) % 2)  # ties in time too
            by = {"by_vk_id": 7000 + m, "by_school": other, "by_name": ""}
            assert await store.school_change_dismiss(entry.origin, by)
    journals: list[tuple[str, JournalStore]] = [(k, s) for k, s in stores]
    counted = RoundTrips()
    counted.install()
    try:
        for here in KEYS:
            every = [
                (key, row)
                for key, store in journals
                for row in await store.school_changes_dismissed(100)
                if key == here or row["school"] == here
            ]
            expected = sorted(every, key=lambda r: r[1]["at"], reverse=True)[:5]
            assert len(expected) == 5
            before = counted.trips - counted.schema_sets
            got = await dismissed_of_schools(here, journals, 5)
            assert got == expected, here
            if backend.name == "postgresql":
                assert counted.trips - counted.schema_sets - before == 1
    finally:
        counted.uninstall()

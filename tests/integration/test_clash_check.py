"""Clash checks and slot proposals against a real SQLite store."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.clashes import check_clashes, clashes_among, propose_slots
from bot.core.models import Audience, ClashReason, NewEvent, OrgKind
from bot.storage.sqlite_store import SqliteStore, open_store

KGD = ZoneInfo("Europe/Kaliningrad")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=KGD)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    opened = await open_store(tmp_path / "plan.db", KGD)
    yield opened
    await opened.close()


async def test_check_finds_overlap_and_a_duplicate_by_another_organiser(store: SqliteStore) -> None:
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    bfu = await store.create_organisation("БФУ", OrgKind.PARTNER)
    nine = Audience(grades=frozenset({9}))
    await store.add_events(
        [
            NewEvent(
                "Лекция БФУ", bfu.id, at("2026-12-15T15:00"), at("2026-12-15T16:00"), audience=nine
            ),
            NewEvent("Робототехника", kgtu.id, at("2026-12-15T09:00"), at("2026-12-15T10:00")),
            NewEvent(
                "Кружок робототехники",
                bfu.id,
                at("2026-12-15T16:00"),
                at("2026-12-15T17:00"),
                audience=Audience(classes=frozenset({"9А"})),
            ),
            NewEvent(
                "Другое", bfu.id, at("2026-12-16T15:00"), at("2026-12-16T16:00"), audience=nine
            ),
        ],
        None,
    )
    candidate = NewEvent(
        "Робототехника", kgtu.id, at("2026-12-15T15:30"), at("2026-12-15T16:30"), audience=nine
    )
    clashes = await check_clashes(store, candidate)
    assert [(c.other.title, set(c.reasons)) for c in clashes] == [
        ("Лекция БФУ", {ClashReason.AUDIENCE}),
        ("Кружок робототехники", {ClashReason.AUDIENCE, ClashReason.DUPLICATE}),
    ]


async def test_proposed_slots_avoid_the_stored_plan(store: SqliteStore) -> None:
    bfu = await store.create_organisation("БФУ", OrgKind.PARTNER)
    nine = Audience(grades=frozenset({9}))
    await store.add_events(
        [NewEvent("Лекция", bfu.id, at("2026-12-15T08:00"), at("2026-12-15T16:00"), audience=nine)],
        None,
    )
    candidate = NewEvent(
        "Встреча", bfu.id, at("2026-12-15T15:00"), at("2026-12-15T16:00"), audience=nine
    )
    slots = await propose_slots(store, candidate, count=2)
    assert [s.start for s in slots] == [at("2026-12-15T16:00"), at("2026-12-15T16:30")]
    assert all(s.end - s.start == candidate.end - candidate.start for s in slots)


async def test_clashes_among_agrees_with_one_check_per_event(store: SqliteStore) -> None:
    rng = random.Random(3)
    org = await store.create_organisation("Тест", OrgKind.PARTNER)
    new = []
    for i in range(300):
        start = at(
            f"2026-12-{rng.randint(1, 7):02d}T{rng.randint(8, 17):02d}:{rng.choice((0, 30)):02d}"
        )
        new.append(
            NewEvent(
                f"Событие {i % 40}",
                org.id,
                start,
                start + timedelta(minutes=rng.choice((30, 60, 240, 1440))),
                venue=rng.choice((None, "ауд. 1", "ауд. 2")),
                audience=Audience(grades=frozenset({rng.randint(5, 11)})),
            )
        )
    stored = await store.add_events(new, None)
    pool = await store.events_overlapping(at("2026-11-29T00:00"), at("2026-12-10T00:00"))
    expected = [
        (e.id, c.other.id, c.reasons) for e in stored for c in await check_clashes(store, e)
    ]
    got = [(e.id, c.other.id, c.reasons) for e, c in clashes_among(stored, pool)]
    assert got == expected
    assert len(got) > 100

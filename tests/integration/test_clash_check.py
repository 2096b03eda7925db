"""Clash checks and slot proposals against a real SQLite store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.clashes import check_clashes, propose_slots
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


async def test_check_finds_overlap_and_same_day_duplicate(store: SqliteStore) -> None:
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
        ("Робототехника", {ClashReason.DUPLICATE}),
        ("Лекция БФУ", {ClashReason.AUDIENCE}),
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

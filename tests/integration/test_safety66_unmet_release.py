"""The outbox's release of notices held for a configured curator who never wrote
(safety66 #1: bot.core.outbox.unmet_key, WaitingRelease), on SQLite and PostgreSQL
through the store's own methods: only that curator's held batches become due; another
curator's, a student's quiet-hours hold and a batch already due are left as they were."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.outbox import NOTICE, WaitingRelease, unmet_key
from bot.storage import PlanStore
from tests.integration.conftest import Backend

KGD = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 16, 10, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=3)


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[PlanStore]:
    opened = await backend.open(KGD)
    yield opened
    await opened.close()


async def _held(store: PlanStore, key: str, peer: int) -> None:
    batch = await store.claim_batch(
        [(f"{key}@{peer}", peer)], NOTICE, {"text": key}, None, LATER, NOW, not_before=LATER
    )
    assert batch is not None


async def test_only_the_writers_held_lines_become_due(store: PlanStore) -> None:
    assert isinstance(store, WaitingRelease)
    await _held(store, unmet_key(7003, "stale:1:2:3"), 7003)
    await _held(store, unmet_key(7003, "stale:4:5:6"), 7003)
    await _held(store, unmet_key(70031, "stale:1:2:3"), 70031)  # an id starting alike
    await _held(store, unmet_key(7004, "stale:1:2:3"), 7004)
    await _held(store, "promoted:9:7003", 7003)  # a quiet-hours hold for the same peer
    assert await store.pending_batches(NOW) == []
    assert await store.release_unmet(7003, NOW) == 2
    due = await store.pending_batches(NOW)
    assert sorted(b.ref["text"] for b in due) == [
        unmet_key(7003, "stale:1:2:3"),
        unmet_key(7003, "stale:4:5:6"),
    ]
    assert await store.release_unmet(7003, NOW) == 0  # already due: nothing again
    assert len(await store.pending_batches(LATER)) == 5

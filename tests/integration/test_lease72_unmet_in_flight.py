"""lease72: a notice held for a curator who never wrote (bot.core.outbox.unmet_key) and
released by their first message is in flight once a worker takes it (lease69's lease);
a second message from them while it is being sent must not make it due again. Before,
`release_unmet` made every row of theirs due whose `next_try_at` lay ahead — an in-flight
row too (its lease end is ahead) — so a second worker's resend_pending called VK again with
the same random_id. Both backends, through the store's own methods."""

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
LATER = NOW + timedelta(days=3)  # when the held notice stops being worth sending
CURATOR = 7003


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[PlanStore]:
    opened = await backend.open(KGD)
    yield opened
    await opened.close()


async def _held(store: PlanStore) -> None:
    batch = await store.claim_batch(
        [(f"{unmet_key(CURATOR, 'stale:1:2:3')}@{CURATOR}", CURATOR)],
        NOTICE,
        {"text": "Новое мероприятие"},
        None,
        LATER,
        NOW,
        not_before=LATER,
    )
    assert batch is not None


async def test_a_second_message_leaves_a_released_notice_in_flight(store: PlanStore) -> None:
    assert isinstance(store, WaitingRelease)
    await _held(store)
    assert await store.release_unmet(CURATOR, NOW) == 1  # the curator's first message
    [batch] = await store.pending_batches(NOW)
    assert await store.take_batch(batch, NOW)  # a worker is sending it
    second = NOW + timedelta(seconds=5)  # the curator writes again meanwhile
    assert await store.release_unmet(CURATOR, second) == 0
    assert await store.pending_batches(second) == []  # no other worker finds it due
    assert await store.pending_batches(NOW + store.outbox_lease) != []  # the lease ends


async def test_a_second_message_leaves_a_failed_send_to_its_retry(store: PlanStore) -> None:
    """A released notice whose call failed waits its retry (postpone_batch, RETRY_FIRST:
    within the lease); the curator's next message does not pull it forward either — it is
    not held for them any more (bot.core.outbox.unmet_release_floor)."""
    await _held(store)
    assert await store.release_unmet(CURATOR, NOW) == 1
    [batch] = await store.pending_batches(NOW)
    assert await store.take_batch(batch, NOW)
    retry = NOW + timedelta(minutes=1)
    await store.postpone_batch(batch, retry)
    assert await store.release_unmet(CURATOR, NOW + timedelta(seconds=5)) == 0
    assert await store.pending_batches(retry - timedelta(seconds=1)) == []
    assert [b.id for b in await store.pending_batches(retry)] == [batch.id]

"""The delivery ports' contracts: notification claims and the update log
(bot.core.ports.OutboxStore), claimed batches and refused recipients
(bot.core.outbox.OutboxStore), and what each person's VK app can show (client_info)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from bot.core import outbox
from bot.core.client_caps import ClientCaps
from bot.core.outbox import DeliveryReport, batch_random_id
from bot.core.ports import OutboxStore
from tests.contracts.backends import KGD, Backend

NOW = datetime(2026, 12, 15, 12, 0, tzinfo=UTC)
LEASE_END = NOW + outbox.IN_FLIGHT  # a claim made at NOW is due for a resend from here


class DeliveryPorts(OutboxStore, outbox.OutboxStore, Protocol):
    """Both outbox ports (the loop uses them together)."""


async def test_notifications_and_updates_are_claimed_once(store: OutboxStore) -> None:
    assert await store.claim_notification("clash:1:2:100", 100)
    assert not await store.claim_notification("clash:1:2:100", 100)
    assert await store.claim_update("evt-1")
    assert not await store.claim_update("evt-1")
    assert await store.claim_update("evt-2")


async def test_a_batch_claims_only_new_keys_and_records_when(store: OutboxStore) -> None:
    assert await store.claim_notifications([]) == set()
    assert await store.claim_notification("a", 1, NOW)
    claimed = await store.claim_notifications([("a", 1), ("b", 2), ("c", 3)], NOW)
    assert claimed == {"b", "c"}
    assert await store.sent_keys(["a", "b", "x"]) == {"a", "b"}
    times = await store.sent_times(["a", "c", "x"])
    assert times == {"a": NOW, "c": NOW}
    assert all(t.utcoffset() is not None for t in times.values())


async def test_a_released_key_may_be_claimed_again(store: OutboxStore) -> None:
    assert await store.claim_notifications([("a", 1), ("b", 2)], NOW) == {"a", "b"}
    await store.release_notification("a")
    await store.release_notification("never-claimed")  # harmless
    assert await store.sent_keys(["a", "b"]) == {"b"}
    assert await store.claim_notifications([("a", 1), ("b", 2)], NOW) == {"a"}


async def test_many_keys_are_looked_up_at_once(store: OutboxStore) -> None:
    keys = [f"reminder:{i}" for i in range(1203)]
    assert len(await store.claim_notifications([(k, 7) for k in keys[::2]], NOW)) == 602
    assert await store.sent_keys(keys) == set(keys[::2])


async def test_the_update_log_forgets_old_ids(backend: Backend) -> None:
    clock = [NOW]
    store = await backend.open(KGD, lambda: clock[0])
    try:
        assert await store.claim_update("old", keep_seconds=3600)
        clock[0] = NOW + timedelta(hours=2)
        assert await store.claim_update("new", keep_seconds=3600)  # "old" is dropped now
        assert await store.claim_update("old", keep_seconds=3600)
        assert not await store.claim_update("new", keep_seconds=3600)
    finally:
        await store.close()


# --- claimed batches (bot.core.outbox) --------------------------------------------------


async def claim(
    store: DeliveryPorts, items: list[tuple[str, int]], **kw: Any
) -> outbox.OutboxBatch:
    batch = await store.claim_batch(
        items, "reminder", {"event": 5, "text": "«Экскурсия»"}, 5, NOW + timedelta(hours=1), NOW
    )
    assert batch is not None
    return batch


async def test_a_batch_keeps_its_keys_random_id_and_ref(store: DeliveryPorts) -> None:
    assert await store.claim_notification("k1", 1, NOW)
    batch = await claim(store, [("k1", 1), ("k2", 2), ("k3", 3)])
    assert batch.items == (("k2", 2), ("k3", 3))  # k1 went out before
    assert batch.random_id == batch_random_id(["k2", "k3"])
    assert await store.pending_batches(NOW) == []  # in flight (lease69)
    [pending] = await store.pending_batches(LEASE_END)
    assert pending == batch
    assert (pending.ref, pending.event_id, pending.attempts) == (batch.ref, 5, 0)
    assert pending.expires == NOW + timedelta(hours=1)
    again = await store.claim_batch([("k2", 2)], "reminder", {}, 5, NOW, NOW)
    assert again is None  # every key already claimed


async def test_confirming_records_refusals_and_releases_the_unreached(store: DeliveryPorts) -> None:
    batch = await claim(store, [("k1", 1), ("k2", 2), ("k3", 3)])
    await store.confirm_batch(batch, DeliveryReport(refused={2: 901}, unreached=(3,)), NOW)
    assert await store.pending_batches(NOW) == []
    assert await store.sent_keys(["k1", "k2", "k3"]) == {"k1", "k2"}  # k3 may go again
    assert await store.undelivered_counts([5, 6]) == {5: 1}
    assert await store.undelivered_counts([]) == {}


async def test_a_postponed_batch_waits_and_a_dropped_one_is_released(store: DeliveryPorts) -> None:
    batch = await claim(store, [("k1", 1)])
    await store.postpone_batch(batch, NOW + timedelta(minutes=5))
    assert await store.pending_batches(NOW) == []
    [later] = await store.pending_batches(NOW + timedelta(minutes=5))
    assert (later.id, later.attempts) == (batch.id, 1)
    await store.drop_batch(later)
    assert await store.pending_batches(NOW + timedelta(days=1)) == []
    assert await store.sent_keys(["k1"]) == set()


async def test_a_batch_claimed_to_wait_is_not_due_before_its_time(store: DeliveryPorts) -> None:
    morning = NOW + timedelta(hours=9)
    batch = await store.claim_batch(
        [("k1@1", 1)],
        "notice",
        {"text": "x"},
        None,
        morning + timedelta(days=1),
        NOW,
        not_before=morning,
    )
    assert batch is not None
    assert await store.pending_batches(NOW) == []
    assert await store.pending_batches(morning - timedelta(seconds=1)) == []
    [due] = await store.pending_batches(morning)
    assert (due.id, due.attempts) == (batch.id, 0)


class _WatchedClaims:
    """The real store, and what another worker's resend_pending would see as due the moment
    after each claim_batch returns (before the caller's next write)."""

    def __init__(self, store: DeliveryPorts) -> None:
        self.store = store
        self.seen_due: list[int] = []

    async def claim_batch(self, *args: Any, **kwargs: Any) -> outbox.OutboxBatch | None:
        batch = await self.store.claim_batch(*args, **kwargs)
        now = args[5]
        self.seen_due.extend(b.id for b in await self.store.pending_batches(now))
        return batch

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


async def test_a_held_notice_is_never_due_to_another_worker_at_night(
    store: DeliveryPorts,
) -> None:
    """hold_notice (a student's notice made at 22:30, for 08:00): no moment exists at which a
    concurrent resend_pending — or a worker restarted after a crash — finds it due at night
    (the PostgreSQL e2e run of 2026-12-02 sent «Освободилось место!» at night this way)."""
    watched = _WatchedClaims(store)
    night, morning = NOW.replace(hour=20, minute=30), NOW.replace(hour=6) + timedelta(days=1)
    ref = {"text": "Освободилось место!", "buttons": None}
    batch = await outbox.hold_notice(watched, "promoted:1", [7], ref, morning, night)  # type: ignore[arg-type]
    assert batch is not None
    assert watched.seen_due == []
    assert await store.pending_batches(morning - timedelta(minutes=1)) == []
    assert [b.id for b in await store.pending_batches(morning)] == [batch.id]


async def test_pending_batches_come_oldest_first_up_to_the_limit(store: DeliveryPorts) -> None:
    batches = [await claim(store, [(f"k{i}", i)]) for i in range(4)]
    due = await store.pending_batches(LEASE_END, limit=3)
    assert [b.id for b in due] == [b.id for b in batches[:3]]


async def test_a_batch_in_flight_is_taken_by_one_worker(store: DeliveryPorts) -> None:
    """lease69: a claim is in flight until its lease ends; then of two workers resending it
    at one moment one takes it (in flight again for a lease), the other gets False."""
    batch = await claim(store, [("k1", 1)])
    assert await store.pending_batches(LEASE_END - timedelta(seconds=1)) == []
    assert not await store.take_batch(batch, LEASE_END - timedelta(seconds=1))
    assert await store.take_batch(batch, LEASE_END)
    assert not await store.take_batch(batch, LEASE_END)  # the second worker
    assert await store.pending_batches(LEASE_END + outbox.IN_FLIGHT - timedelta(seconds=1)) == []
    [again] = await store.pending_batches(LEASE_END + outbox.IN_FLIGHT)
    assert again.id == batch.id


# --- client_info ------------------------------------------------------------------------


async def test_client_caps_are_kept_per_vk_id(backend: Backend, store: Any) -> None:
    info = backend.client_info(store)
    assert await info.client_caps([1, 2]) == {}
    await info.save_client_caps(1, ClientCaps(keyboard=True, inline_keyboard=False, callback=False))
    await info.save_client_caps(2, ClientCaps())
    await info.save_client_caps(1, ClientCaps(keyboard=False, inline_keyboard=True, callback=False))
    assert await info.client_caps([1, 2, 3, 1]) == {
        1: ClientCaps(keyboard=False, inline_keyboard=True, callback=False),
        2: ClientCaps(),
    }
    many = await info.client_caps(list(range(1, 1200)))
    assert set(many) == {1, 2}

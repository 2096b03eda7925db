"""The exactly-once and access parts of the Store contract, on SQLite and PostgreSQL:
outbox batches, VK's refusals, client_info, event versions, invitations that expire and
throttle, role changes, units of work and stored text. No test reaches into a backend's
connection: every check goes through the store's own methods.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.access import EventChangedError, Redeemed, RoleChange
from bot.core.client_caps import ClientCaps
from bot.core.models import EventStatus, NewEvent, OrgKind, Role
from bot.core.outbox import IN_FLIGHT, DeliveryReport, batch_random_id
from bot.storage import PlanStore, client_info
from tests.integration.conftest import Backend

KGD = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 12, 16, 10, 0, tzinfo=UTC)


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[PlanStore]:
    opened = await backend.open(KGD)
    yield opened
    await opened.close()


async def one_event(store: PlanStore, title: str = "Лекция") -> int:
    org = await store.find_organisation("КГТУ") or await store.create_organisation(
        "КГТУ", OrgKind.PARTNER
    )
    start = datetime(2026, 12, 20, 15, 0, tzinfo=KGD)
    [event] = await store.add_events(
        [NewEvent(title, org.id, start, start + timedelta(hours=1))], None
    )
    return event.id


async def test_a_batch_is_claimed_once_and_confirmed_by_what_vk_answered(
    store: PlanStore,
) -> None:
    event_id = await one_event(store)
    items = [(f"r:{event_id}:{p}", p) for p in (11, 12, 13, 14)]
    expires = NOW + timedelta(hours=1)
    batch = await store.claim_batch(items, "reminder", {"event": event_id}, event_id, expires, NOW)
    assert batch is not None
    assert batch.items == tuple(items)
    assert batch.random_id == batch_random_id(k for k, _ in items)
    # a second worker claiming the same keys (plus one new) gets only the new one
    again = await store.claim_batch(
        [*items, ("r:x:15", 15)], "reminder", {"event": event_id}, event_id, expires, NOW
    )
    assert again is not None
    assert again.items == (("r:x:15", 15),)
    assert await store.claim_batch(items, "reminder", {}, event_id, expires, NOW) is None
    assert await store.pending_batches(NOW) == []  # in flight until the lease ends (lease69)
    pending = await store.pending_batches(NOW + IN_FLIGHT)
    assert [b.id for b in pending] == [batch.id, again.id]
    assert pending[0].ref == {"event": event_id}
    assert pending[0].expires == expires
    # VK refused 12 (901), never reached 13: 13's key is released, 12 is recorded
    report = DeliveryReport(refused={12: 901}, unreached=(13,))
    await store.confirm_batch(batch, report, NOW)
    assert await store.sent_keys([k for k, _ in items]) == {items[0][0], items[1][0], items[3][0]}
    assert await store.undelivered_counts([event_id]) == {event_id: 1}
    assert [b.id for b in await store.pending_batches(NOW + IN_FLIGHT)] == [again.id]


async def test_a_postponed_batch_waits_and_a_dropped_one_releases_its_keys(
    store: PlanStore,
) -> None:
    items = [("poll:1:21", 21), ("poll:1:22", 22)]
    batch = await store.claim_batch(items, "poll", {}, None, NOW + timedelta(hours=1), NOW)
    assert batch is not None
    await store.postpone_batch(batch, NOW + timedelta(minutes=5))
    assert await store.pending_batches(NOW) == []
    [later] = await store.pending_batches(NOW + timedelta(minutes=5))
    assert later.attempts == 1
    assert await store.sent_keys(["poll:1:21", "poll:1:22"]) == {"poll:1:21", "poll:1:22"}
    await store.drop_batch(later)
    assert await store.sent_keys(["poll:1:21", "poll:1:22"]) == set()
    assert await store.pending_batches(NOW + timedelta(days=1)) == []


async def test_client_info_keeps_the_latest_capabilities(store: PlanStore) -> None:
    clients = client_info(store)
    assert await clients.client_caps([5, 6]) == {}
    await clients.save_client_caps(5, ClientCaps(True, False, False))
    await clients.save_client_caps(5, ClientCaps(True, True, False))
    assert await clients.client_caps([5, 6, 5]) == {5: ClientCaps(True, True, False)}


async def test_a_stale_version_is_refused_with_the_event_as_it_is(store: PlanStore) -> None:
    event = await store.get_event(await one_event(store))
    assert event is not None
    moved = await store.update_event(replace(event, venue="ауд. 1"), None)
    assert moved.version == event.version + 1
    with pytest.raises(EventChangedError) as conflict:
        await store.update_event(replace(event, status=EventStatus.CANCELLED), None)
    assert conflict.value.current == moved
    still = await store.get_event(event.id)
    assert still == moved


async def test_update_events_writes_all_or_nothing(store: PlanStore) -> None:
    first = await store.get_event(await one_event(store, "Первая"))
    second = await store.get_event(await one_event(store, "Вторая"))
    assert first is not None
    assert second is not None
    await store.update_event(replace(second, venue="занято"), None)  # second is now stale
    with pytest.raises(EventChangedError):
        await store.update_events([replace(first, venue="А"), replace(second, venue="Б")], None)
    unchanged = await store.get_event(first.id)
    assert unchanged == first
    fresh = await store.get_event(second.id)
    assert fresh is not None
    done = await store.update_events([replace(first, venue="А"), replace(fresh, venue="Б")], None)
    assert [e.venue for e in done] == ["А", "Б"]


async def test_invitations_expire_are_single_use_and_wrong_codes_throttle(
    store: PlanStore,
) -> None:
    org = await store.create_organisation("Музей", OrgKind.PARTNER)
    expired = await store.create_invitation(org.id, Role.PARTNER, None, timedelta(seconds=-1))
    assert (await store.use_invitation(expired, 70)).outcome is Redeemed.EXPIRED
    code = await store.create_invitation(org.id, Role.PARTNER, None)
    first = await store.use_invitation(code.lower(), 71, "Анна")
    assert first.outcome is Redeemed.ACCEPTED
    assert first.person is not None
    assert (first.person.role, first.person.organisation_id) == (Role.PARTNER, org.id)
    assert (await store.use_invitation(code, 72)).outcome is Redeemed.USED
    for _ in range(2):
        assert (await store.use_invitation("ZZZZZZZ2", 73, limit=2)).outcome is Redeemed.UNKNOWN
    fresh = await store.create_invitation(org.id, Role.PARTNER, None)
    assert (await store.use_invitation(fresh, 73, limit=2)).outcome is Redeemed.THROTTLED
    assert (await store.use_invitation(fresh, 74, limit=2)).outcome is Redeemed.ACCEPTED


async def test_a_role_change_drops_the_link_and_is_audited(store: PlanStore) -> None:
    org = await store.create_organisation("Школа", OrgKind.SCHOOL)
    curator = await store.save_person(80, Role.CURATOR, "Ирина", org.id)
    change = RoleChange(Role.CURATOR, Role.STAFF, "not an admin")
    changed = await store.change_role(curator, change)
    assert (changed.role, changed.organisation_id) == (Role.STAFF, None)
    [entry] = await store.role_changes(curator.id)
    assert (entry["from"], entry["to"], entry["reason"]) == ("curator", "staff", "not an admin")


async def test_a_unit_commits_once_and_a_failed_one_leaves_nothing(store: PlanStore) -> None:
    sent: list[str] = []

    async def reply() -> None:
        sent.append("reply")

    async def crashing() -> None:
        async with store.unit("upd-1"):
            await one_event(store)
            store.after_commit(reply)
            raise RuntimeError("crash before the commit")

    with pytest.raises(RuntimeError):
        await crashing()
    assert (await store.count_events(), sent) == (0, [])
    assert not await store.update_handled("upd-1")
    async with store.unit("upd-1"):
        await one_event(store)
        assert store.after_commit(reply)
        # a failing store call inside the unit undoes only itself
        with pytest.raises(KeyError):
            await store.set_event_status(999_999, EventStatus.CANCELLED, None)
    assert (await store.count_events(), sent) == (1, ["reply"])
    assert await store.update_handled("upd-1")
    async with store.unit("upd-1") as unit:  # a redelivery: nothing of it commits
        await one_event(store, "Повтор")
    assert unit.duplicate
    assert await store.count_events() == 1
    assert not store.after_commit(reply)


async def test_control_characters_are_not_stored(store: PlanStore) -> None:
    org = await store.create_organisation("Му\x07зей", OrgKind.PARTNER)
    assert org.name == "Музей"
    person = await store.save_person(90, Role.STUDENT, "Ан\x1bна", class_name="9\x00А")
    assert (person.name, person.class_name) == ("Анна", "9А")
    event = await store.get_event(await one_event(store, "Лек\x0bция\r\n"))
    assert event is not None
    assert event.title == "Лекция\n"

"""The PostgreSQL store's writes under real concurrency: two stores (two pools, as two workers
would have) hammer one database at once, and the rules still hold.

SQLite serialises every write behind one lock, so these races can only be lost on a server
that runs transactions side by side.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import NewEvent, OrgKind, Role
from bot.storage.postgres import PostgresStore, open_postgres_store

TZ = ZoneInfo("Europe/Kaliningrad")


@pytest.fixture
async def workers(pg_database: str) -> AsyncIterator[tuple[PostgresStore, PostgresStore]]:
    first = await open_postgres_store(pg_database, TZ, min_size=4, max_size=8)
    second = await open_postgres_store(pg_database, TZ, min_size=4, max_size=8)
    yield first, second
    await first.close()
    await second.close()


async def test_capacity_holds_when_everyone_signs_up_at_once(
    workers: tuple[PostgresStore, PostgresStore],
) -> None:
    a, b = workers
    org = await a.create_organisation("КГТУ", OrgKind.PARTNER)
    start = datetime(2026, 12, 15, 15, tzinfo=TZ)
    [event] = await a.add_events(
        [NewEvent("Экскурсия", org.id, start, start.replace(hour=16), capacity=5)], None
    )
    people = [await a.save_person(1000 + i, Role.STUDENT) for i in range(24)]
    statuses = await asyncio.gather(
        *((a if i % 2 else b).sign_up(event.id, p.id) for i, p in enumerate(people))
    )
    assert statuses.count("going") == 5
    assert statuses.count("waiting") == 19
    assert await b.signup_counts([event.id]) == {event.id: 5}
    # everyone going leaves at once: each free place goes to exactly one waiting person
    going = [p for p, s in zip(people, statuses, strict=True) if s == "going"]
    promoted = await asyncio.gather(
        *((a if i % 2 else b).cancel_signup(event.id, p.id) for i, p in enumerate(going))
    )
    assert None not in promoted
    assert len(set(promoted)) == 5
    assert await a.signup_counts([event.id]) == {event.id: 5}


async def test_each_notification_key_is_claimed_by_one_worker(
    workers: tuple[PostgresStore, PostgresStore],
) -> None:
    a, b = workers
    items = [(f"reminder:{i}:{100 + i}", 100 + i) for i in range(200)]
    rounds = await asyncio.gather(*(store.claim_notifications(items) for store in (a, b, a, b)))
    claimed = [key for keys in rounds for key in keys]
    assert sorted(claimed) == sorted(k for k, _ in items)
    updates = await asyncio.gather(*(s.claim_update("evt-42") for s in (a, b, a, b)))
    assert updates.count(True) == 1


async def test_an_invitation_links_one_person_when_redeemed_twice_at_once(
    workers: tuple[PostgresStore, PostgresStore],
) -> None:
    a, b = workers
    org = await a.create_organisation("БФУ", OrgKind.PARTNER)
    code = await a.create_invitation(org.id, Role.PARTNER, None)
    results = await asyncio.gather(a.redeem_invitation(code, 501), b.redeem_invitation(code, 502))
    linked = [p for p in results if p is not None]
    assert len(linked) == 1
    assert [p.vk_id for p in await b.people_of_organisation(org.id)] == [linked[0].vk_id]


async def test_concurrent_batches_get_distinct_ids_in_order(
    workers: tuple[PostgresStore, PostgresStore],
) -> None:
    a, b = workers
    org = await a.create_organisation("Музей", OrgKind.PARTNER)
    start = datetime(2027, 1, 10, 10, tzinfo=TZ)

    def batch(tag: str) -> list[NewEvent]:
        return [
            NewEvent(
                f"{tag}{i}", org.id, start.replace(day=10 + i), start.replace(day=10 + i, hour=11)
            )
            for i in range(10)
        ]

    batches = await asyncio.gather(
        *((a if i % 2 else b).add_events(batch(f"b{i}-"), None) for i in range(6))
    )
    all_ids = [e.id for events in batches for e in events]
    assert len(set(all_ids)) == 60
    for i, events in enumerate(batches):
        assert [e.title for e in events] == [f"b{i}-{n}" for n in range(10)]
        assert [e.id for e in events] == sorted(e.id for e in events)
    assert await a.count_events() == 60

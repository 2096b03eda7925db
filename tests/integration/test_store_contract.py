"""The Store contract, run against every Store implementation: SQLite and PostgreSQL.

The `backend` fixture (tests/integration/conftest.py) runs each test on both; the PostgreSQL
case uses a real server started for the session.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import (
    Audience,
    EventStatus,
    NewEvent,
    OrgKind,
    Role,
)
from bot.storage import PlanStore
from bot.storage.postgres import open_postgres_store
from bot.storage.sqlite_store import SqliteStore, open_store
from tests.integration.conftest import Backend

KGD = ZoneInfo("Europe/Kaliningrad")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[PlanStore]:
    opened = await backend.open(KGD)
    yield opened
    await opened.close()


def at(text: str, tz: ZoneInfo = KGD) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def new_event(org_id: int, start: str, end: str, **kw: object) -> NewEvent:
    return NewEvent(
        title=str(kw.pop("title", "Лекция")),
        organisation_id=org_id,
        start=at(start),
        end=at(end),
        **kw,  # type: ignore[arg-type]
    )


async def test_organisations(store: PlanStore) -> None:
    school = await store.create_organisation("Гимназия №1", OrgKind.SCHOOL)
    partner = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    assert await store.get_organisation(partner.id) == partner
    assert await store.find_organisation("  кгту ") == partner
    assert await store.find_organisation("БФУ") is None
    assert [o.name for o in await store.list_organisations()] == ["Гимназия №1", "КГТУ"]
    assert school.kind is OrgKind.SCHOOL


async def test_duplicate_organisation_is_refused_and_nothing_half_written(
    store: PlanStore,
) -> None:
    await store.create_organisation("КГТУ", OrgKind.PARTNER)
    with pytest.raises(Exception, match="UNIQUE"):
        await store.create_organisation("кгту", OrgKind.PARTNER)
    assert len(await store.list_organisations()) == 1


async def test_people_are_saved_and_updated(store: PlanStore) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    person = await store.save_person(101, Role.PARTNER, "Анна", org.id)
    assert (person.vk_id, person.role, person.organisation_id) == (101, Role.PARTNER, org.id)
    student = await store.save_person(202, Role.STUDENT, "Петя", class_name="9Б")
    moved = await store.save_person(202, Role.STUDENT, "Петя", class_name="10А")
    assert moved.id == student.id
    assert moved.class_name == "10А"
    assert await store.get_person(person.id) == person
    assert await store.get_person_by_vk(999) is None
    assert [p.vk_id for p in await store.people_of_organisation(org.id)] == [101]
    assert [p.vk_id for p in await store.people_with_role(Role.STUDENT)] == [202]


async def test_events_round_trip_as_aware_domain_objects(store: PlanStore) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    audience = Audience(grades=frozenset({9, 10}), classes=frozenset({"11А"}))
    [event] = await store.add_events(
        [
            new_event(
                org.id, "2026-12-15T15:00", "2026-12-15T16:30", audience=audience, venue="ауд. 204"
            )
        ],
        actor_id=None,
    )
    assert event.start == at("2026-12-15T15:00")
    assert event.start.utcoffset() == timedelta(hours=2)
    assert event.audience == audience
    assert (event.venue, event.status) == ("ауд. 204", EventStatus.CONFIRMED)
    assert await store.get_event(event.id) == event
    assert await store.get_event(10_000) is None


async def test_dst_zone_round_trip(backend: Backend) -> None:
    berlin = await backend.open(BERLIN)
    try:
        org = await berlin.create_organisation("Museum", OrgKind.PARTNER)
        summer = NewEvent(
            "A", org.id, at("2026-07-01T10:00", BERLIN), at("2026-07-01T11:00", BERLIN)
        )
        winter = NewEvent(
            "B", org.id, at("2026-12-01T10:00", BERLIN), at("2026-12-01T11:00", BERLIN)
        )
        stored = await berlin.add_events([summer, winter], None)
        assert [e.start.utcoffset() for e in stored] == [timedelta(hours=2), timedelta(hours=1)]
        assert [e.start.hour for e in stored] == [10, 10]
    finally:
        await berlin.close()


async def test_naive_datetimes_are_refused_and_batch_rolls_back(store: PlanStore) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    good = new_event(org.id, "2026-12-15T15:00", "2026-12-15T16:00")
    bad = NewEvent(
        "naive", org.id, datetime.fromisoformat("2026-12-15T15:00"), at("2026-12-15T16:00")
    )
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.add_events([good, bad], None)
    assert await store.count_events() == 0


async def test_update_status_and_audit(store: PlanStore) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    actor = await store.save_person(7, Role.PARTNER, "Анна", org.id)
    [event] = await store.add_events(
        [new_event(org.id, "2026-12-15T15:00", "2026-12-15T16:00")], actor.id
    )
    moved = await store.update_event(
        event.__class__(
            **{**_fields(event), "start": at("2026-12-15T17:00"), "end": at("2026-12-15T18:00")}
        ),
        actor.id,
    )
    assert moved.start == at("2026-12-15T17:00")
    cancelled = await store.set_event_status(event.id, EventStatus.CANCELLED, actor.id)
    assert cancelled.status is EventStatus.CANCELLED
    log = await store.audit_entries(event.id)
    assert [e["action"] for e in log] == ["add", "update", "update"]
    assert log[1]["details"]["start"]["to"] == at("2026-12-15T17:00").isoformat()
    assert log[2]["details"] == {"status": {"from": "confirmed", "to": "cancelled"}}
    assert all(e["actor_id"] == actor.id for e in log)


def _fields(event: object) -> dict[str, object]:
    return {name: getattr(event, name) for name in event.__dataclass_fields__}  # type: ignore[attr-defined]


async def test_overlap_query_is_half_open_and_skips_cancelled(store: PlanStore) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    events = await store.add_events(
        [
            new_event(org.id, "2026-12-15T14:00", "2026-12-15T15:00", title="до"),
            new_event(org.id, "2026-12-15T15:30", "2026-12-15T15:45", title="внутри"),
            new_event(org.id, "2026-12-15T16:00", "2026-12-15T17:00", title="после"),
            new_event(org.id, "2026-12-14T00:00", "2026-12-17T00:00", title="неделя", all_day=True),
            new_event(org.id, "2026-12-15T15:00", "2026-12-15T16:00", title="отменено"),
        ],
        None,
    )
    await store.set_event_status(events[-1].id, EventStatus.CANCELLED, None)
    found = await store.events_overlapping(at("2026-12-15T15:00"), at("2026-12-15T16:00"))
    assert [e.title for e in found] == ["неделя", "внутри"]
    with_cancelled = await store.events_overlapping(
        at("2026-12-15T15:00"), at("2026-12-15T16:00"), include_cancelled=True
    )
    assert "отменено" in [e.title for e in with_cancelled]


async def test_events_between_filters_by_organisation_and_is_open_ended(store: PlanStore) -> None:
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    bfu = await store.create_organisation("БФУ", OrgKind.PARTNER)
    await store.add_events(
        [
            new_event(kgtu.id, "2026-12-15T15:00", "2026-12-15T16:00", title="A"),
            new_event(bfu.id, "2026-12-16T15:00", "2026-12-16T16:00", title="B"),
            new_event(kgtu.id, "2027-02-01T15:00", "2027-02-01T16:00", title="C"),
        ],
        None,
    )
    assert [e.title for e in await store.events_between(at("2026-12-01T00:00"), None)] == [
        "A",
        "B",
        "C",
    ]
    only_kgtu = await store.events_between(
        at("2026-12-01T00:00"), at("2027-01-01T00:00"), organisation_id=kgtu.id
    )
    assert [e.title for e in only_kgtu] == ["A"]


async def test_overlap_query_uses_the_start_index(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "plan.db", KGD)  # SQLite's planner; PG's below
    try:
        await _sqlite_plan_uses_indexes(store)
    finally:
        await store.close()


async def _sqlite_plan_uses_indexes(store: SqliteStore) -> None:
    async with store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM events"
        " WHERE starts_at >= ? AND starts_at < ? AND ends_at > ? AND status != 'cancelled'",
        (0, 10, 0),
    ) as cur:
        plan = " ".join(str(row[3]) for row in await cur.fetchall())
    assert "events_by_start" in plan
    async with store.conn.execute("EXPLAIN QUERY PLAN SELECT MAX(duration) FROM events") as cur:
        plan = " ".join(str(row[3]) for row in await cur.fetchall())
    assert "events_by_duration" in plan


async def test_dialog_state_survives_reopening(backend: Backend) -> None:
    first = await backend.open(KGD)
    person = await first.save_person(5, Role.PARTNER)
    await first.set_dialog(person.id, {"step": "ask_time", "draft": {"title": "Лекция"}})
    await first.close()
    second = await backend.open(KGD)
    try:
        assert await second.get_dialog(person.id) == {
            "step": "ask_time",
            "draft": {"title": "Лекция"},
        }
        await second.set_dialog(person.id, None)
        assert await second.get_dialog(person.id) is None
    finally:
        await second.close()


async def test_series_ids(store: PlanStore) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    series = await store.next_series_id()
    await store.add_events(
        [
            new_event(
                org.id, f"2026-12-{day:02}T15:00", f"2026-12-{day:02}T16:00", series_id=series
            )
            for day in (3, 10, 17)
        ],
        None,
    )
    assert [e.start.day for e in await store.events_of_series(series)] == [3, 10, 17]
    assert await store.next_series_id() == series + 1


async def test_overlap_query_uses_the_start_index_on_postgresql(pg_database: str) -> None:
    store = await open_postgres_store(pg_database, KGD)
    try:
        org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        start = at("2026-09-01T09:00")
        await store.add_events(
            [
                NewEvent(
                    "Лекция",
                    org.id,
                    start + timedelta(hours=i),
                    start + timedelta(hours=i, minutes=45),
                )
                for i in range(3000)
            ],
            None,
        )
        async with store.pool.acquire() as conn:
            await conn.execute("ANALYZE events")
            plan = await conn.fetch(
                "EXPLAIN SELECT id FROM events"
                " WHERE starts_at >= $1 - (SELECT COALESCE(MAX(duration), 0) FROM events)"
                " AND starts_at < $2 AND ends_at > $1 AND status <> 'cancelled'",
                int(start.timestamp()) + 3600 * 100,
                int(start.timestamp()) + 3600 * 110,
            )
        text = " ".join(str(row[0]) for row in plan)
        assert "events_by_start" in text
        assert "events_by_duration" in text
    finally:
        await store.close()

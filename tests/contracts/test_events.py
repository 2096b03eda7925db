"""The EventStore port's contract: events as aware domain objects, overlap queries, series,
the audit log, and the version rule of update_event / update_events."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Protocol

import pytest

from bot.core.access import EventChangedError
from bot.core.models import Audience, Event, EventDetails, EventStatus, NewEvent, OrgKind, Role
from bot.core.ports import Directory, EventStore
from tests.contracts.backends import BERLIN, KGD, Backend, at, migrate_again, new_event


class EventPorts(Directory, EventStore, Protocol):
    """Organisations and people (owners and actors of events) and the event port."""


EVERYTHING = (datetime(1970, 1, 2, tzinfo=KGD), datetime(9999, 1, 1, tzinfo=KGD))


async def all_events(store: EventStore) -> list[Event]:
    """Every stored event, cancelled ones included."""
    return await store.events_overlapping(*EVERYTHING, include_cancelled=True)


async def test_events_round_trip_as_aware_domain_objects(store: EventPorts) -> None:
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


async def test_naive_datetimes_are_refused_and_batch_rolls_back(store: EventPorts) -> None:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    good = new_event(org.id, "2026-12-15T15:00", "2026-12-15T16:00")
    bad = NewEvent(
        "naive", org.id, datetime.fromisoformat("2026-12-15T15:00"), at("2026-12-15T16:00")
    )
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.add_events([good, bad], None)
    assert await all_events(store) == []


async def test_update_status_and_audit(store: EventPorts) -> None:
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


async def test_a_cancels_reason_is_kept_in_its_audit_row(store: EventPorts) -> None:
    """update_events(…, reason=…): each audit row of the change keeps the author's reason
    (walk 2026-12-02t, #7: «почему отменили …?» reads it back); without one, none."""
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    actor = await store.save_person(7, Role.PARTNER, "Анна", org.id)
    [event] = await store.add_events(
        [new_event(org.id, "2026-12-15T15:00", "2026-12-15T16:00")], actor.id
    )
    [cancelled] = await store.update_events(
        [replace(event, status=EventStatus.CANCELLED)],
        actor.id,
        reason="в каникулы школа закрыта",
    )
    await store.update_events([replace(cancelled, status=EventStatus.CONFIRMED)], actor.id)
    log = await store.audit_entries(event.id)
    assert log[1]["details"] == {
        "status": {"from": "confirmed", "to": "cancelled"},
        "reason": "в каникулы школа закрыта",
    }
    assert "reason" not in log[2]["details"]


def _fields(event: object) -> dict[str, object]:
    return {name: getattr(event, name) for name in event.__dataclass_fields__}  # type: ignore[attr-defined]


async def test_overlap_query_is_half_open_and_skips_cancelled(store: EventPorts) -> None:
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


async def test_events_between_filters_by_organisation_and_is_open_ended(store: EventPorts) -> None:
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


async def test_series_ids(store: EventPorts) -> None:
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


async def test_a_series_turn_is_held_to_the_units_commit(backend: Backend) -> None:
    """series_turn (attack79): a unit that took a series' turn and then adds a meeting is
    seen whole by another unit taking the same turn — its count is never the one from before
    the first unit's commit. PostgreSQL waits on the lock; SQLite's units take turns anyway."""
    first, second = await backend.open(KGD), await backend.open(KGD)
    try:
        org = await first.create_organisation("КГТУ", OrgKind.PARTNER)
        series = await first.next_series_id()
        await first.add_events(
            [new_event(org.id, "2026-12-03T15:00", "2026-12-03T16:00", series_id=series)], None
        )
        turned = asyncio.Event()

        async def adds_one() -> None:
            async with first.unit("first"):
                await first.series_turn(series)
                turned.set()
                await asyncio.sleep(0.5)  # the other unit asks for the turn meanwhile
                await first.add_events(
                    [new_event(org.id, "2026-12-10T15:00", "2026-12-10T16:00", series_id=series)],
                    None,
                )

        async def counts() -> int:
            await turned.wait()
            async with second.unit("second"):
                await second.series_turn(series)
                return len(await second.events_of_series(series))

        _, seen = await asyncio.gather(adds_one(), counts())
        assert seen == 2
        await second.series_turn(series)  # outside a unit: nothing to hold, no error
    finally:
        await first.close()
        await second.close()


# --- update_events: a series moved, cancelled or restored together ---------------------


async def weekly(store: EventPorts, count: int) -> tuple[int, list[Event]]:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    actor = await store.save_person(7, Role.PARTNER, "Анна", org.id)
    first = datetime(2026, 12, 3, 15, 0, tzinfo=KGD)
    series = await store.next_series_id()
    events = await store.add_events(
        [
            NewEvent(
                "Кружок",
                org.id,
                first + timedelta(weeks=i),
                first + timedelta(weeks=i, hours=1),
                series_id=series,
            )
            for i in range(count)
        ],
        actor.id,
    )
    return actor.id, events


async def test_a_series_is_moved_and_cancelled_at_once_with_an_audit_row_each(
    store: EventPorts,
) -> None:
    actor, events = await weekly(store, 4)
    later = [
        replace(e, start=e.start + timedelta(hours=2), end=e.end + timedelta(hours=2))
        for e in events
    ]
    moved = await store.update_events(later, actor)
    assert [e.start.hour for e in moved] == [17, 17, 17, 17]
    cancelled = await store.update_events(
        [replace(e, status=EventStatus.CANCELLED) for e in moved], actor
    )
    assert {e.status for e in cancelled} == {EventStatus.CANCELLED}
    for event in events:
        log = await store.audit_entries(event.id)
        assert [e["action"] for e in log] == ["add", "update", "update"]
        assert log[2]["details"] == {"status": {"from": "confirmed", "to": "cancelled"}}


async def test_one_bad_occurrence_writes_none_of_them(store: EventPorts) -> None:
    actor, events = await weekly(store, 3)
    later = [
        replace(e, start=e.start + timedelta(hours=2), end=e.end + timedelta(hours=2))
        for e in events
    ]
    broken = replace(later[2], end=later[2].start - timedelta(hours=1))  # ends before it starts
    with pytest.raises(ValueError, match="end before it starts"):
        await store.update_events([later[0], later[1], broken], actor)
    with pytest.raises(KeyError):
        await store.update_events([later[0], replace(later[1], id=999)], actor)
    stored = [await store.get_event(e.id) for e in events]
    assert [e.start.hour for e in stored if e is not None] == [15, 15, 15]
    assert [len(await store.audit_entries(e.id)) for e in events] == [1, 1, 1]


# --- the version rule ----------------------------------------------------------------


async def test_each_write_bumps_the_version(store: EventPorts) -> None:
    actor, [event] = await weekly(store, 1)
    moved = await store.update_event(replace(event, venue="актовый зал"), actor)
    cancelled = await store.set_event_status(event.id, EventStatus.CANCELLED, actor)
    assert (moved.version, cancelled.version) == (event.version + 1, event.version + 2)
    assert await store.get_event(event.id) == cancelled


async def test_a_stale_update_is_refused_with_the_event_as_it_is_now(store: EventPorts) -> None:
    actor, [event] = await weekly(store, 1)
    theirs = await store.update_event(replace(event, venue="актовый зал"), actor)
    with pytest.raises(EventChangedError) as refused:
        await store.update_event(replace(event, title="Кружок робототехники"), actor)
    assert refused.value.event_id == event.id
    assert refused.value.current == theirs
    assert await store.get_event(event.id) == theirs
    assert [e["action"] for e in await store.audit_entries(event.id)] == ["add", "update"]


async def test_a_stale_occurrence_refuses_the_whole_series(store: EventPorts) -> None:
    actor, events = await weekly(store, 3)
    theirs = await store.update_event(replace(events[1], venue="спортзал"), actor)
    later = [
        replace(e, start=e.start + timedelta(hours=2), end=e.end + timedelta(hours=2))
        for e in events  # read before `theirs`: events[1] has the old version
    ]
    with pytest.raises(EventChangedError) as refused:
        await store.update_events(later, actor)
    assert refused.value.event_id == events[1].id
    assert refused.value.current == theirs
    stored = [await store.get_event(e.id) for e in events]
    assert stored == [events[0], theirs, events[2]]
    assert [len(await store.audit_entries(e.id)) for e in events] == [1, 2, 1]


async def test_an_update_of_a_missing_event_raises_key_error(store: EventPorts) -> None:
    actor, [event] = await weekly(store, 1)
    with pytest.raises(KeyError):
        await store.update_event(replace(event, id=event.id + 100), actor)
    with pytest.raises(KeyError):
        await store.set_event_status(event.id + 100, EventStatus.CANCELLED, actor)
    assert await all_events(store) == [event]


async def test_a_staff_audience_round_trips_and_survives_updates(store: EventPorts) -> None:
    """Migration 0021: an event for the school's staff («для учителей») keeps that audience
    through add, read, a series update and a single update; other events stay students'."""
    org = await store.create_organisation("Школа", OrgKind.SCHOOL)
    staff_only = Audience(staff=True)
    mixed = Audience(classes=frozenset({"7А"}), staff=True)
    stored = await store.add_events(
        [
            new_event(org.id, "2026-12-10T16:00", "2026-12-10T17:00", audience=staff_only),
            new_event(org.id, "2026-12-11T16:00", "2026-12-11T17:00", audience=mixed),
            new_event(org.id, "2026-12-12T16:00", "2026-12-12T17:00"),
        ],
        actor_id=None,
    )
    assert [e.audience for e in stored] == [staff_only, mixed, Audience()]
    assert [e.audience.staff_only for e in stored] == [True, False, False]
    assert [await store.get_event(e.id) for e in stored] == stored
    [moved] = await store.update_events(
        [replace(stored[0], start=at("2026-12-10T17:00"), end=at("2026-12-10T18:00"))], None
    )
    assert moved.audience == staff_only
    opened = await store.update_event(
        replace(moved, audience=Audience(grades=frozenset({9}))), None
    )
    assert opened.audience == Audience(grades=frozenset({9}))
    assert (await store.get_event(opened.id)) == opened
    closed = await store.update_event(replace(opened, audience=staff_only), None)
    assert (await store.get_event(closed.id)) == closed
    assert closed.audience.staff
    assert not closed.audience.grades


async def test_timed_at_moves_only_with_the_start_or_a_restore(store: EventPorts) -> None:
    """Event.timed_at (migration 0026): when the event got its current start, on the clock
    the caller gives; a new title or end keeps it, a move or a restore after a cancel sets
    it, a write without `at` leaves it unknown (None)."""
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    saved_at = at("2026-12-01T12:55")
    [event] = await store.add_events(
        [new_event(org.id, "2026-12-15T15:00", "2026-12-15T16:00")], None, at=saved_at
    )
    assert event.timed_at == saved_at
    renamed = await store.update_event(
        replace(event, title="Лекция о мостах", end=at("2026-12-15T17:00")),
        None,
        at=at("2026-12-02T09:00"),
    )
    assert renamed.timed_at == saved_at  # not a move: updated_at moved, timed_at did not
    moved_at = at("2026-12-03T09:00")
    [moved] = await store.update_events(
        [replace(renamed, start=at("2026-12-14T15:00"), end=at("2026-12-14T16:00"))],
        None,
        at=moved_at,
    )
    assert moved.timed_at == moved_at
    cancelled = await store.set_event_status(
        event.id, EventStatus.CANCELLED, None, at=at("2026-12-04T09:00")
    )
    assert cancelled.timed_at == moved_at
    restored_at = at("2026-12-04T09:10")
    restored = await store.set_event_status(event.id, EventStatus.CONFIRMED, None, at=restored_at)
    assert restored.timed_at == restored_at
    unknown = await store.update_event(replace(restored, start=at("2026-12-13T15:00")), None)
    assert unknown.timed_at is None
    assert await store.get_event(event.id) == unknown
    [plain] = await store.add_events(
        [new_event(org.id, "2026-12-16T15:00", "2026-12-16T16:00")], None
    )
    assert plain.timed_at is None


async def test_the_zone_of_an_events_text_is_kept_through_changes(store: EventPorts) -> None:
    """EventDetails.text_zone (migration 0027): the zone the text was written in, stored
    with the event and kept when the event is moved."""
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    details = EventDetails(description="Лекция 15 декабря в 15:00", text_zone="Asia/Novosibirsk")
    first = replace(new_event(org.id, "2026-12-15T15:00", "2026-12-15T16:00"), details=details)
    [event] = await store.add_events([first], None)
    assert event.details == details
    moved = await store.update_event(
        replace(event, start=at("2026-12-15T17:00"), end=at("2026-12-15T18:00")), None
    )
    assert moved.details.text_zone == "Asia/Novosibirsk"


async def test_a_parents_audience_is_stored_not_guessed_from_the_title(store: EventPorts) -> None:
    """Migration 0028: a parents' meeting keeps its audience as stored — through add, read
    and updates, whatever its title says; a title alone never makes one."""
    org = await store.create_organisation("Школа", OrgKind.SCHOOL)
    parents = Audience(classes=frozenset({"10А"}), parents=True)
    students = Audience(classes=frozenset({"10А"}))
    stored = await store.add_events(
        [
            new_event(org.id, "2026-12-10T18:00", "2026-12-10T19:00", audience=parents),
            new_event(
                org.id,
                "2026-12-11T18:00",
                "2026-12-11T19:00",
                title="Родительское собрание",
                audience=students,
            ),
        ],
        actor_id=None,
    )
    assert [e.audience for e in stored] == [parents, students]
    assert [await store.get_event(e.id) for e in stored] == stored
    renamed = await store.update_event(replace(stored[0], title="Встреча"), None)
    assert renamed.audience == parents
    assert (await store.get_event(renamed.id)) == renamed
    opened = await store.update_event(replace(renamed, audience=students), None)
    assert (await store.get_event(opened.id)).audience == students  # type: ignore[union-attr]


async def test_the_audit_log_names_a_parents_audience(store: EventPorts) -> None:
    """The audit row of a parents' meeting keeps «parents» beside its classes (as the card's
    «родители 10А»), and a change of the audience from the parents to the students shows."""
    org = await store.create_organisation("Школа", OrgKind.SCHOOL)
    parents = Audience(classes=frozenset({"10А"}), parents=True)
    [event] = await store.add_events(
        [new_event(org.id, "2026-12-10T18:00", "2026-12-10T19:00", audience=parents)],
        actor_id=None,
    )
    await store.update_event(replace(event, audience=Audience(classes=frozenset({"10А"}))), None)
    log = await store.audit_entries(event.id)
    assert log[0]["details"]["audience"] == {"grades": [], "classes": ["10А"], "parents": True}
    assert log[1]["details"]["audience"] == {
        "from": {"grades": [], "classes": ["10А"], "parents": True},
        "to": {"grades": [], "classes": ["10А"]},
    }


async def test_migration_0029_marks_parents_meetings_stored_before_0028(store: EventPorts) -> None:
    """Rows written before migration 0028 are students' events whatever their title; the
    data migration 0029 marks those whose title names a parents' meeting by the parser's
    classifier (bot.storage.data_steps), cancelled ones too, and leaves the others — a
    students' excursion «с родителями», a педсовет of the staff — as they were."""
    org = await store.create_organisation("Школа", OrgKind.SCHOOL)
    ten_a = Audience(classes=frozenset({"10А"}))
    titles = {
        "Родительское собрание": ten_a,
        "Общешкольное родительское собрание": Audience(),
        "Собрание для родителей 9Б": Audience(classes=frozenset({"9Б"})),
        "Экскурсия для 9Б с родителями": Audience(classes=frozenset({"9Б"})),
        "Лекция о роботах": ten_a,
        "Встреча с родителями": Audience(staff=True),
    }
    stored = await store.add_events(
        [
            new_event(org.id, "2026-12-10T18:00", "2026-12-10T19:00", title=t, audience=a)
            for t, a in titles.items()
        ],
        actor_id=None,
    )
    await store.set_event_status(stored[0].id, EventStatus.CANCELLED, None)
    assert await migrate_again(store, 29) == [29]
    after = {e.title: (await store.get_event(e.id)) for e in stored}
    marked = {t for t, e in after.items() if e is not None and e.audience.parents}
    assert marked == {
        "Родительское собрание",
        "Общешкольное родительское собрание",
        "Собрание для родителей 9Б",
    }
    assert after["Родительское собрание"].audience == replace(ten_a, parents=True)  # type: ignore[union-attr]
    assert after["Встреча с родителями"].audience == Audience(staff=True)  # type: ignore[union-attr]
    assert await migrate_again(store, 29) == [29]  # a second run changes nothing more
    assert [await store.get_event(e.id) for e in stored] == list(after.values())


async def test_an_events_agreement_round_trips_and_is_audited(store: EventPorts) -> None:
    """Migration 0031 (walk t, #16): a new event stored without an agreement waits
    (agreed_at None); one stored agreed keeps its instant (UTC, shown in the zone) and the
    curator; an update writes the agreement or takes it back, with an audit row each."""
    school = await store.create_organisation("Школа", OrgKind.SCHOOL)
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    curator = await store.save_person(1, Role.CURATOR, "Завуч", school.id)
    partner = await store.save_person(7, Role.PARTNER, "Анна", org.id)
    agreed_at = at("2026-12-07T10:00")
    waiting, own = await store.add_events(
        [
            new_event(org.id, "2026-12-15T15:00", "2026-12-15T16:00"),
            new_event(
                school.id,
                "2026-12-16T15:00",
                "2026-12-16T16:00",
                agreed_at=agreed_at,
                agreed_by=curator.id,
            ),
        ],
        partner.id,
    )
    assert (waiting.agreed_at, waiting.agreed_by, waiting.agreed) == (None, None, False)
    assert (own.agreed_at, own.agreed_by, own.agreed) == (agreed_at, curator.id, True)
    assert own.agreed_at is not None
    assert own.agreed_at.utcoffset() == timedelta(hours=2)
    agreed = await store.update_event(
        replace(waiting, agreed_at=at("2026-12-08T09:30"), agreed_by=curator.id), curator.id
    )
    assert (agreed.agreed_at, agreed.agreed_by) == (at("2026-12-08T09:30"), curator.id)
    assert await store.get_event(waiting.id) == agreed
    moved = await store.update_event(
        replace(
            agreed,
            start=at("2026-12-17T15:00"),
            end=at("2026-12-17T16:00"),
            agreed_at=None,
            agreed_by=None,
        ),
        partner.id,
    )
    assert (moved.agreed_at, moved.agreed_by, moved.version) == (None, None, agreed.version + 1)
    log = await store.audit_entries(waiting.id)
    assert log[1]["details"] == {
        "agreed_at": {"from": None, "to": at("2026-12-08T09:30").isoformat()}
    }
    assert log[2]["details"]["agreed_at"] == {
        "from": at("2026-12-08T09:30").isoformat(),
        "to": None,
    }

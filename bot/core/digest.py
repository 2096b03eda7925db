"""The Monday digest: the week ahead for the curator (and each partner's own week).

Due from Monday 08:00 local time, once per person and week (its key names the Monday), so
the notification loop sends it after a restart too. Anyone can switch it off.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from bot.core.calendar_checks import warning_view
from bot.core.clashes import clashes_among, flagged_events
from bot.core.features.class_teachers import with_confirmation
from bot.core.models import Audience, Event, EventStatus, Organisation, OrgKind, Person, Role
from bot.core.permissions import sees_counts
from bot.core.ports import Directory, EventStore, SettingsStore, SignupStore
from bot.core.replies import Reply
from bot.core.reports import figures
from bot.core.students import takes_signups
from bot.core.views import clash_view, days_view, event_view

DIGEST_AT = time(8, 0)
CATCH_UP = timedelta(days=1)


class DigestStore(Directory, EventStore, SignupStore, SettingsStore, Protocol):
    """The ports the weekly digest uses: people, events, sign-ups, settings (who turned it off:
    `digest_off_key`) and notification claims (each digest sent once)."""

    async def get_setting(self, key: str) -> str | None:
        """As bot.core.ports.SettingsStore.get_setting."""
        ...

    async def claim_notification(self, key: str, peer_id: int, at: datetime | None = None) -> bool:
        """As bot.core.ports.OutboxStore.claim_notification. False: this week's digest went out
        already."""
        ...

    async def release_notification(self, key: str) -> None:
        """As bot.core.ports.OutboxStore.release_notification."""
        ...


@dataclass(frozen=True, slots=True)
class DigestDue:
    """A weekly digest to send: its claim key (one per person and week), the person and the Monday
    (school local date) of the week it covers."""

    key: str
    person: Person
    monday: date


def digest_off_key(person_id: int) -> str:
    """The settings key saying person `person_id` turned the weekly digest off."""
    return f"digest_off:{person_id}"


async def digests_due(store: DigestStore, now: datetime, tz: ZoneInfo) -> list[DigestDue]:
    """Curators, partners, and staff members who wrote an event of this week (a teacher who
    organises nothing gets no weekly «нет мероприятий»), whose digest for this week is due
    now."""
    local = now.astimezone(tz)
    monday = local.date() - timedelta(days=local.weekday())
    opens = datetime.combine(monday, DIGEST_AT, tzinfo=tz)
    if not opens <= now < opens + CATCH_UP:
        return []
    people = await store.people_with_role(Role.CURATOR)
    people += await store.people_with_role(Role.PARTNER)
    people += await _staff_with_events(store, opens, opens + timedelta(days=7))
    due = []
    for person in people:
        if await store.get_setting(digest_off_key(person.id)) == "1":
            continue
        due.append(DigestDue(f"digest:{monday.isoformat()}:{person.vk_id}", person, monday))
    return due


async def _staff_with_events(store: DigestStore, start: datetime, end: datetime) -> list[Person]:
    """Staff members who wrote a live event in [start, end) (newcomer walk 2026-12-01b: the
    teacher who wrote a class hour got no digest; the others get none), and class teachers
    («я классный руководитель 7А») whose class has an event in it, whoever organises it."""
    staff = await store.people_with_role(Role.STAFF)
    authors: dict[int, set[int]] = {}
    for org in {p.organisation_id for p in staff if p.organisation_id is not None}:
        events = await store.events_between(start, end, organisation_id=org)
        live = (e for e in events if e.status is not EventStatus.CANCELLED)
        authors[org] = {e.created_by for e in live if e.created_by is not None}
    teachers = [p for p in staff if p.class_name]
    week = await store.events_between(start, end) if teachers else []
    return [
        p
        for p in staff
        if p.id in authors.get(p.organisation_id or 0, set())
        or any(_for_own_class(p, e) for e in week if e.status is not EventStatus.CANCELLED)
    ]


def _for_own_class(person: Person, event: Event) -> bool:
    """Whether `event` is for a class teacher's class (a whole-school event is too)."""
    own = person.class_name
    return own is not None and event.audience.overlaps(Audience(classes=frozenset({own})))


async def digest_reply(store: DigestStore, due: DigestDue, tz: ZoneInfo) -> Reply:
    """The digest message: the week by day, its clashes, what the school calendar says about
    its events (days off, vacations, lessons), missing plans, last week's scores; for the
    curator, the ids of the events from this Monday on that wait for their agreement
    ("waiting": marked ⏳ and counted, attack v #24)."""
    monday = due.monday
    start = datetime.combine(monday, time(), tzinfo=tz)
    end = start + timedelta(days=7)
    orgs = {o.id: o for o in await store.list_organisations()}
    own = due.person.organisation_id if due.person.role is not Role.CURATOR else None
    pool = await store.events_overlapping(start - timedelta(days=1), end + timedelta(days=1))
    events = [e for e in pool if e.start < end and e.end > start]
    if own is not None:
        events = [e for e in events if e.organisation_id == own]
    if due.person.role is Role.STAFF:  # a teacher's own events and their class's, not all
        week = [e for e in pool if e.start < end and e.end > start]
        events = [e for e in week if e.created_by == due.person.id or _for_own_class(due.person, e)]
    clashes = clash_pairs(events, pool, orgs)
    flagged = [
        {"event": event_view(e, orgs), "warnings": [warning_view(w) for w in found]}
        for e, found in await flagged_events(store, events, tz)
    ]
    last_week = await store.events_between(start - timedelta(days=7), start, organisation_id=own)
    if due.person.role is Role.STAFF:
        last_week = [e for e in last_week if e.created_by == due.person.id]
    ids = [e.id for e in last_week]
    scores = figures(last_week, await store.signup_counts(ids), await store.feedback_of(ids))
    waiting: list[int] = []
    if due.person.role is Role.CURATOR:  # what waits for agreement (attack v, #24)
        ahead = await store.events_between(start, None)
        waiting = [e.id for e in ahead if not e.agreed and e.status is not EventStatus.CANCELLED]
    context = {
        **await _class_going(store, due.person, events, orgs),
        "waiting": waiting,
        "monday": monday,
        "sunday": monday + timedelta(days=6),
        "curator": due.person.role is Role.CURATOR,
        # a run begun before Monday is listed on Monday, «идёт (до …)» (newcomer72)
        "days": days_view(events, orgs, first_day=monday),
        "clashes": clashes,
        "flagged": flagged,
        "missing": await _partners_without_next_month(store, orgs, monday, tz)
        if due.person.role is Role.CURATOR
        else [],
        "last_week": scores,
    }
    return Reply("digest", context, recipients=(due.person.vk_id,), dedupe_key=due.key)


def clash_pairs(
    events: Sequence[Event], pool: Sequence[Event], orgs: Mapping[int, Organisation]
) -> list[dict[str, object]]:
    """The clashes of `events` against `pool` (every event read around their days), each
    pair once: [{"first": event_view, "event": event_view of the other, "reasons": [...]}],
    as the digest's «⚠️ Накладки» and a class teacher's «что у моего класса …?» list them
    (newcomer walk 2026-12-03ad, AD7)."""
    clashes: list[dict[str, object]] = []
    seen: set[frozenset[int]] = set()
    for event, clash in clashes_among(events, pool):
        pair = frozenset((event.id, clash.other.id))
        if pair not in seen:
            seen.add(pair)
            clashes.append({"first": event_view(event, orgs), **clash_view(clash, orgs)})
    return clashes


async def _class_going(
    store: DigestStore, person: Person, events: list[Event], orgs: Mapping[int, Organisation]
) -> dict[str, object]:
    """For a class teacher's digest: "own_class" (their class) and "class_going" (event id ->
    how many students of that class are going, for each live event of the week that is for
    the class and whose counts «сколько записалось» would give them (permissions.sees_counts:
    their own events, and their class's on others' once a curator confirmed the class — walk
    t, 2026-12-02, #5) and that students sign up for (students.takes_signups: a class hour
    is no «пока никто не записался», newcomer walk 2026-12-03ad, AD3); for anyone else, no
    class and no counts. Counts only, never names (walk r, 2026-12-02, #19)."""
    own = person.class_name if person.role is Role.STAFF else None
    if not own:
        return {"own_class": None, "class_going": {}}
    person = await with_confirmation(store, person)
    going: dict[int, int] = {}
    for event in events:
        if event.status is EventStatus.CANCELLED or not _for_own_class(person, event):
            continue
        if not sees_counts(person, event) or not takes_signups(event, orgs):
            continue
        signed = await store.signed_up(event.id)
        going[event.id] = sum(1 for p in signed if p.role is Role.STUDENT and p.class_name == own)
    return {"own_class": own, "class_going": going}


async def _partners_without_next_month(
    store: DigestStore, orgs: Mapping[int, Organisation], monday: date, tz: ZoneInfo
) -> list[str]:
    first = (monday.replace(day=1) + timedelta(days=32)).replace(day=1)
    start = datetime.combine(first, time(), tzinfo=tz)
    end = datetime.combine((first + timedelta(days=32)).replace(day=1), time(), tzinfo=tz)
    planned = {e.organisation_id for e in await store.events_between(start, end)}
    return sorted(
        o.name for o in orgs.values() if o.kind is OrgKind.PARTNER and o.id not in planned
    )

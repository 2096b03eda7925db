"""Who else hears of a change: organisers of clashing events, curators, and the students
signed up for a moved or cancelled event. Each notice carries a dedupe key.

A move, a cancel or its undo reaches each person once, in one message (`who_is_told` then
`change_notices`): the event's organisers when someone else changed it, the curators when a
partner or staff member did, the class teachers of the classes the event is for (its
classes or grades named, before or after the change; never for a whole-school event, which
would tell every teacher), the organisers of events a move newly clashes with, and the
students signed up."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from bot.core.clashes import check_clashes, propose_slots
from bot.core.features.authors import organisers
from bot.core.features.context import Context
from bot.core.language.buttons import ButtonAction, payload
from bot.core.models import Event, EventStatus, Person, Role, class_grade, outside_ages
from bot.core.outbox import shown_digest
from bot.core.ports import Directory, EventStore, SettingsStore, SignupStore
from bot.core.replies import Button, Reply
from bot.core.views import event_view, slot_view


class NoticeStore(Directory, EventStore, SignupStore, SettingsStore, Protocol):
    """The ports notices read: people, the plan (for clashes) and sign-ups."""


async def clash_notices(
    ctx: Context[NoticeStore], author: Person, changed: Sequence[Event], template: str
) -> list[Reply]:
    """One message to each organiser of a clashing event and to each curator.

    The meetings of one series clashing with the same event are one item: its first
    meeting, with `more` (how many others) and `last` (the last one's view) — a daily
    «Первенство» over a week of «Неделя науки» was told seven times, each with its free
    times (newcomer walk 2026-12-03aa, Z4)."""
    changed_ids = {e.id for e in changed}
    orgs = await ctx.orgs()
    per_recipient: dict[int, list[dict[str, Any]]] = {}
    of_series: dict[tuple[int, int], dict[str, Any]] = {}
    for event in changed:
        clashes = [
            c for c in await check_clashes(ctx.store, event) if c.other.id not in changed_ids
        ]
        for clash in clashes:
            pair = (event.series_id, clash.other.id) if event.series_id is not None else None
            if pair is not None and pair in of_series:
                of_series[pair]["more"] += 1
                of_series[pair]["last"] = event_view(event, orgs)
                continue
            item = {
                "event": event_view(event, orgs),
                "other": event_view(clash.other, orgs),
                "reasons": sorted(r.value for r in clash.reasons),
                "slots": [
                    slot_view(s, event.all_day) for s in await propose_slots(ctx.store, event)
                ],
                "more": 0,
                "last": None,
            }
            if pair is not None:
                of_series[pair] = item
            for vk_id in await people_to_warn(ctx, author, clash.other):
                per_recipient.setdefault(vk_id, []).append(item)
    # the times are part of the key: moving the same event again is a new notice
    key = parts_key(f"{e.id}@{int(e.start.timestamp())}" for e in changed)
    return [
        Reply(
            template,
            {"items": items},
            recipients=(vk_id,),
            dedupe_key=f"{template}:{key}:{vk_id}",
        )
        for vk_id, items in sorted(per_recipient.items())
    ]


SAVER_CLASH_LIMIT = 5  # events named in a saver's reply; the rest are counted


def clashed_events(notices: Sequence[Reply]) -> list[dict[str, Any]]:
    """The other events (views) the clash notices are about, each once, in notice order:
    the saver is told what they clash with, even when the card they agreed to said nothing
    (a clash saved by someone else between the card and «да», newcomer walk 2026-12-01e, #10)."""
    seen: dict[Any, dict[str, Any]] = {}
    for notice in notices:
        for item in notice.context.get("items", []):
            other = item["other"]
            seen.setdefault(other.id, other)
    return list(seen.values())


async def people_to_warn(ctx: Context[NoticeStore], author: Person, other: Event) -> set[int]:
    """VK ids to warn about a clash with `other`: its organisers (bot.core.features.authors.
    organisers: the school's own event's author, another organisation's staff or partners)
    and every curator, not the author."""
    members = await ctx.store.people_of_organisation(other.organisation_id)
    org = await ctx.store.get_organisation(other.organisation_id)
    curators = await ctx.store.people_with_role(Role.CURATOR)
    wanted = {p.vk_id for p in organisers(members, other, org)}
    wanted |= {p.vk_id for p in curators}
    wanted.discard(author.vk_id)
    return wanted


async def tell_participants(
    ctx: Context[NoticeStore], event: Event, template: str, view: Mapping[str, Any]
) -> list[Reply]:
    """One message to everyone signed up (going or waiting) for the event."""
    people = await ctx.store.signed_up(event.id) + await ctx.store.signed_up(event.id, "waiting")
    vk_ids = tuple(sorted({p.vk_id for p in people}))
    if not vk_ids:
        return []
    stamp = int(event.start.timestamp())
    key = f"{template}:{event.id}:{stamp}:{event.status.value}"
    return [Reply(template, {"event": view}, recipients=vk_ids, dedupe_key=key)]


def parts_key(parts: Iterable[str]) -> str:
    """A short stable key for a set of parts, whatever their order: the parts joined by commas
    when 40 characters or fewer, else the first 16 hex digits of their SHA-1 (a recurring
    series has dozens of events). Used in notices' dedupe keys."""
    joined = ",".join(sorted(parts))
    return joined if len(joined) <= 40 else hashlib.sha1(joined.encode()).hexdigest()[:16]


@dataclass
class Told:
    """Who hears of one change (a move, a cancel or its undo), each person once.

    `staff` maps a VK id to why they are told: "organiser" (the event is theirs), "curator"
    (a partner or staff member changed it) and/or the clashes a move newly made with their
    events; `students` maps a signed-up student's VK id to the earliest changed event they
    are going to (or waiting for); `teachers` are those of them who are not students (a
    class teacher signed up to go with their class): told alike, counted apart; `waiting`
    are those on the waiting list of every changed event they are on (going to none):
    counted apart on the card and told they are still waiting, never «Ваша запись
    сохранена» (newcomer walk 2026-12-01k, #14).
    """

    staff: dict[int, set[str]] = field(default_factory=dict)
    clashes: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    students: dict[int, Event] = field(default_factory=dict)
    student_events: dict[int, list[Event]] = field(default_factory=dict)
    teachers: set[int] = field(default_factory=set)
    waiting: set[int] = field(default_factory=set)
    classes: dict[int, str] = field(default_factory=dict)  # a student's class, when known

    def add(self, vk_ids: Iterable[int], why: str) -> None:
        """Tell these people, for this reason ("organiser" | "curator" | "class_teacher" |
        "clash")."""
        for vk_id in vk_ids:
            self.staff.setdefault(vk_id, set()).add(why)

    def summary(self, orgs: Mapping[int, Any], people: Mapping[int, Person]) -> dict[str, Any]:
        """For the change card: organisations told as organisers or of a clash, whether
        curators are told, how many students."""
        organisers: set[str] = set()
        clash_orgs: set[str] = set()
        classes: set[str] = set()
        curators = False
        for vk_id, why in self.staff.items():
            person = people.get(vk_id)
            org = orgs.get(person.organisation_id) if person and person.organisation_id else None
            name = org.name if org is not None else ""
            curators |= "curator" in why
            if why == {"class_teacher"} and person is not None and person.class_name:
                classes.add(person.class_name)
            if "organiser" in why and name:
                organisers.add(name)
            if "clash" in why and name:
                clash_orgs.add(name)
        return {
            "organisers": sorted(organisers),
            "clash_organisers": sorted(clash_orgs - organisers),
            "curators": curators,
            "class_teachers": sorted(classes, key=lambda c: (len(c), c)),
            "students": len(set(self.students) - self.teachers - self.waiting),
            "waiting": len(self.waiting & set(self.students) - self.teachers),
            "teachers": len(set(self.students) & self.teachers),
            "anyone": bool(self.staff or self.students),
        }


async def who_is_told(
    ctx: Context[NoticeStore],
    author: Person,
    before: Sequence[Event],
    after: Sequence[Event],
) -> Told:
    """Everyone a change of `before` into `after` (same ids, same order) concerns: the
    events' organisers (not the author; for the school's own events their author, see
    bot.core.features.authors.organisers; an event given to another organiser: its former
    one too, owner77), the curators when the author is not a curator, the organisers of
    events a move newly clashes with, and the students signed up."""
    told = Told()
    curators = await ctx.store.people_with_role(Role.CURATOR)
    changed_ids = {e.id for e in after}
    orgs = await ctx.orgs()
    pairs = zip(before, after, strict=True)
    given = [old for old, new in pairs if old.organisation_id != new.organisation_id]
    for event in [*after, *given]:
        members = await ctx.store.people_of_organisation(event.organisation_id)
        found = organisers(members, event, orgs.get(event.organisation_id))
        told.add((p.vk_id for p in found), "organiser")
    if author.role is not Role.CURATOR:
        told.add((p.vk_id for p in curators), "curator")
    teachers = [p for p in await ctx.store.people_with_role(Role.STAFF) if p.class_name]
    told.add((p.vk_id for p in teachers if _for_class_of(p, [*before, *after])), "class_teacher")
    for old, new in zip(before, after, strict=True):
        if new.status is EventStatus.CANCELLED:
            continue
        had = {c.other.id for c in await check_clashes(ctx.store, old)}
        for clash in await check_clashes(ctx.store, new):
            if clash.other.id in had or clash.other.id in changed_ids:
                continue
            members = organisers(
                await ctx.store.people_of_organisation(clash.other.organisation_id),
                clash.other,
                orgs.get(clash.other.organisation_id),
            )
            item = {
                "event": event_view(new, orgs),
                "other": event_view(clash.other, orgs),
                "reasons": sorted(r.value for r in clash.reasons),
            }
            for member in members:
                told.add((member.vk_id,), "clash")
                told.clashes.setdefault(member.vk_id, []).append(item)
    going_to_one: set[int] = set()
    for event in sorted(after, key=lambda e: e.start):  # each student: their earliest one
        going = await ctx.store.signed_up(event.id)
        going_to_one |= {p.vk_id for p in going}
        for student in going + await ctx.store.signed_up(event.id, "waiting"):
            told.students.setdefault(student.vk_id, event)
            told.student_events.setdefault(student.vk_id, []).append(event)
            if student.class_name:
                told.classes[student.vk_id] = student.class_name
            if student.role is not Role.STUDENT:  # newcomer walk 2026-12-01e, finding 15
                told.teachers.add(student.vk_id)
    told.waiting = set(told.students) - going_to_one
    for vk_id in told.students:  # a class teacher signed up hears it once, as signed up
        if told.staff.get(vk_id) == {"class_teacher"}:
            del told.staff[vk_id]
    told.staff.pop(author.vk_id, None)
    told.clashes.pop(author.vk_id, None)
    told.students.pop(author.vk_id, None)
    told.student_events.pop(author.vk_id, None)
    told.waiting.discard(author.vk_id)
    return told


def _for_class_of(teacher: Person, events: Iterable[Event]) -> bool:
    """Whether one of `events` is for `teacher`'s class by name: its classes hold the class or
    its grades hold the class's grade («9 классы» is for 9Б). A whole-school event is for every
    class and a staff event for none, so neither tells a class teacher (walk r, 2026-12-02,
    #19: the 9Б teacher heard nothing when the curator moved a 9Б master class)."""
    own = teacher.class_name
    if not own:
        return False
    return any(own in e.audience.classes or class_grade(own) in e.audience.grades for e in events)


async def people_by_vk(ctx: Context[NoticeStore], vk_ids: Iterable[int]) -> dict[int, Person]:
    """The people behind VK ids (unknown ids left out)."""
    found = {}
    for vk_id in vk_ids:
        person = await ctx.store.get_person_by_vk(vk_id)
        if person is not None:
            found[vk_id] = person
    return found


def agree_buttons(event: Event) -> tuple[Button]:
    """The «✅ Согласовать» button of `event` as it is now: its id and version, so that a
    press after a change shows the change and asks again (attack v, #16)."""
    data = payload(ButtonAction.AGREE, id=event.id, v=event.version)
    return (Button("agree", data, "positive"),)


def change_notices(
    told: Told,
    kind: str,
    author: Person,
    before: Sequence[Event],
    after: Sequence[Event],
    orgs: Mapping[int, Any],
    key: str,
    *,
    today: date,
    reason: str | None = None,
) -> list[Reply]:
    """One message to each person told: staff get `change_notice` (what changed, by whom —
    the curator, a teacher by name, or a partner's organisation —
    the new clashes with their events), students `participant_<kind>` about their event.

    `kind` is "moved", "cancelled" or "undone"; `key` names the change for dedupe keys;
    `today` (school-local) decides whether the events are named with their year
    (bot.core.views.event_view); `reason` is a cancel's reason as its author gave it (None:
    none), told to everyone.
    """
    shown = _as_known(before, after) if kind == "cancelled" else after
    first_before, first_after = before[0], shown[0]
    author_org = orgs.get(author.organisation_id) if author.organisation_id else None
    context = {
        "kind": kind,
        "by_curator": author.role is Role.CURATOR,
        # a teacher is named: every teacher and the curator share the school's organisation
        "by_staff": author.name if author.role is Role.STAFF else "",
        "author_org": author_org.name if author_org and author.role is not Role.CURATOR else "",
        "event": event_view(first_after, orgs, today=today),
        "old": event_view(first_before, orgs, today=today),
        "count": len(after),
        "reason": reason,
        # a partner's move or new place of an agreed event: it waits again (walk t, #16)
        "agree_again": first_before.agreed and not first_after.agreed,
    }
    # «снова ждёт» to the curator: the button agrees the event as it is now (attack v, #16)
    again = (agree_buttons(first_after),) if context["agree_again"] and len(after) == 1 else ()
    replies = [
        Reply(
            "change_notice",
            {**context, "why": sorted(why), "clashes": told.clashes.get(vk_id, [])},
            buttons=again if "curator" in why else (),
            recipients=(vk_id,),
            dedupe_key=f"change:{key}:{vk_id}",
            about=told_state(after, edit=kind == "updated"),
        )
        for vk_id, why in sorted(told.staff.items())
    ]
    current = {e.id: e for e in shown}
    stored = {e.id: e for e in after}
    previous = {e.id: e for e in before}
    for (ids, waiting), vk_ids in sorted(_students_by_meetings(told, kind).items()):
        events = [current[event_id] for event_id in ids]
        was = previous.get(events[0].id, first_before)
        group = _participant_notices(
            kind, events, was, vk_ids, told, waiting, orgs, key, today, reason, len(after)
        )
        # the outbox checks a notice against the events as stored (shown: as people knew them)
        about = told_state([stored[event_id] for event_id in ids], edit=kind == "updated")
        replies += [replace(r, about=about) for r in group]
    return replies


def _as_known(before: Sequence[Event], after: Sequence[Event]) -> list[Event]:
    """`after` (a cancel's events) at the times people knew them (`before`, by id): a
    cancel names the meeting that does not take place. A plain cancel keeps the times, so
    nothing changes; a city journal part replayed late (school_replay) may bring a move
    made since AND a cancel, and the other school's people, who never saw the move, must
    not read the new time as if the event had moved there (attack40, attempt 5; safety41)."""
    known = {e.id: e for e in before}
    return [
        replace(e, start=k.start, end=k.end, all_day=k.all_day)
        if (k := known.get(e.id)) is not None
        else e
        for e in after
    ]


def _participant_notices(
    kind: str,
    events: Sequence[Event],
    was: Event,
    vk_ids: Sequence[int],
    told: Told,
    waiting: bool,
    orgs: Mapping[int, Any],
    key: str,
    today: date,
    reason: str | None,
    count: int,
) -> list[Reply]:
    """`participant_<kind>` to the students of one group (the same meetings, all waiting
    or none). When the change gave the event an age range that a student's class is
    usually outside of (bot.core.models.outside_ages), those students get their own
    message that says so: their sign-up is kept — the class is a guess at the age, and the
    organiser may have meant a range the class fits — and «не пойду» withdraws it
    (leftconv20, item 2)."""
    ages = events[0].details.ages
    changed_ages = ages != was.details.ages
    outside = sorted(v for v in vk_ids if changed_ages and outside_ages(told.classes.get(v), ages))
    inside = sorted(set(vk_ids) - set(outside))
    replies = []
    for group, off in ((inside, False), (outside, True)):
        if not group:
            continue
        ids = [e.id for e in events]
        replies.append(
            Reply(
                f"participant_{kind}",
                {
                    "event": event_view(events[0], orgs, today=today),
                    "old": event_view(was, orgs, today=today),  # what changed (walk o #13)
                    "count": count,
                    "meetings": [event_view(e, orgs, today=today) for e in events],
                    "waiting": waiting,
                    "reason": reason,
                    "outside_ages": off,
                },
                recipients=tuple(group),
                dedupe_key=f"participant_{kind}:{key}:{'-'.join(map(str, ids))}"
                + (":waiting" if waiting else "")
                + (":ages" if off else ""),
                about=told_state(events, edit=kind == "updated"),
            )
        )
    return replies


def _students_by_meetings(told: Told, kind: str) -> dict[tuple[tuple[int, ...], bool], list[int]]:
    """Students grouped by the meetings their message names and by whether they are only
    waiting (their message says so): for a cancel every meeting they were going to (a
    series cancelled «эту и следующие» names each date), for a move or undo their earliest
    one (the whole-series wording covers the rest)."""
    groups: dict[tuple[tuple[int, ...], bool], list[int]] = {}
    for vk_id, first in told.students.items():
        events = told.student_events.get(vk_id, [first]) if kind == "cancelled" else [first]
        key = (tuple(e.id for e in events), vk_id in told.waiting)
        groups.setdefault(key, []).append(vk_id)
    return groups


def told_state(events: Sequence[Event], *, edit: bool = False) -> tuple[tuple[int | str, ...], ...]:
    """`events` as a notice tells of them (Reply.about): id, start (Unix s) and status, and
    with `edit` (a notice of a place, title or classes edit, which keeps the start) what it
    showed besides (bot.core.outbox.shown_digest); a resend from the outbox after they
    changed again is dropped (bot.core.outbox.told_state_holds; attack 2026-12-03ad, #1;
    city27 #3)."""
    if edit:
        return tuple(
            (e.id, int(e.start.timestamp()), e.status.value, shown_digest(e)) for e in events
        )
    return tuple((e.id, int(e.start.timestamp()), e.status.value) for e in events)


def change_key(after: Sequence[Event], kind: str) -> str:
    """A dedupe key part naming one change: the events, their new times and status."""
    parts = (f"{e.id}@{int(e.start.timestamp())}:{e.status.value}" for e in after)
    return f"{kind}:{parts_key(parts)}"

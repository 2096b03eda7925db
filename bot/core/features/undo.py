"""«верни» / «отмени последнее»: undo the person's last move or cancel within 15 minutes
and tell the same people again, each once.

The change is remembered in the person's dialog state (`Dialog.last_change`, JSON):

    {"at": ISO instant (UTC), "kind": "moved" | "cancelled",
     "events": [{"id", "before": SNAPSHOT, "after": SNAPSHOT}, ...],
     "staff": [VK ids told], "students": [VK ids told], "waiting": [those of "students"
     only on a waiting list], "promoted": [{"event", "person", "vk", "not_before"} of those
     a seats increase moved up, in queue order — put back on the waiting list by «верни»],
     "schools": [{"key", "name", "events": [...], "staff": [...], "students": [...]}, ...]}

with SNAPSHOT = {"start", "end" (ISO aware instants), "all_day", "end_given", "status",
"venue", "title", "audience" ({"grades", "classes", "staff"}), "ages" ([low, high] or
null), "capacity", "organisation_id" (chat77)}; "kind" is also "updated" (a place, classes,
title, age range or organiser changed in chat), and "left_organisation" (only "at" and
"organisation", the name: the change was made for an organisation the person has left since,
Dialog.left_organisation — «верни» refuses it, perms79).
Snapshots written before the last three were kept lack them, and older ones "ages": an undo
then leaves those fields as they are. A school calendar reset is
remembered there too, in its own shape (bot.core.features.calendar_undo); an event's change
made after a reset keeps the reset as "earlier", so a second «верни» reaches it (newcomer
walk 2026-12-01i, #4). "schools" (absent in older
states) holds the copies the change also reached in other schools
(bot.core.features.school_twins), each school with its own ids (in its own store) and the
people its notices went to: «верни» puts those copies back too and tells those people
through that school's community. A copy changed since in its school is left as it is and
named in the reply (the undo would overwrite that change); a school that is unreachable or
no longer links the sender is named as failed; neither stops the undo elsewhere.
An undo refuses when any of the events changed since (someone else moved it again): it
never overwrites a later change, and it is refused (`not_your_event`) when the person may
no longer edit the events (a curator removed from BOT_ADMINS since: issue 9, roles are
re-derived on every message).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import programme_moves
from bot.core.access import EventChangedError
from bot.core.dialog import LEFT_ORGANISATION, Dialog
from bot.core.features import calendar_undo, staff_only
from bot.core.features.authors import not_yours
from bot.core.features.context import Commands, Context
from bot.core.features.notices import NoticeStore
from bot.core.features.school_cards import (
    OTHER_SCHOOL_WRITE_TIMEOUT,
    Member,
    member_of,
    school_context,
)
from bot.core.features.school_journal import JournalStore, SchoolChange, new_origin
from bot.core.features.school_twins import TwinChange, hold_journalled
from bot.core.held import WaitCycleError, drop
from bot.core.language.commands import Command, CommandKind
from bot.core.models import Audience, Event, EventStatus, Person, Role
from bot.core.permissions import can_edit
from bot.core.ports import all_or_nothing
from bot.core.reminders import STUDENT_QUIET_HOURS, out_of_quiet_hours
from bot.core.replies import Reply
from bot.core.views import event_view

log = logging.getLogger(__name__)

UNDO = "undo"  # the kind of a journal entry that undoes a change in another school

UNDO_WINDOW = timedelta(minutes=15)
UNDO_LOOKAHEAD = timedelta(days=60)  # how far ahead «верни» looks for another's cancel


def remember(
    dialog: Dialog,
    at: datetime,
    kind: str,
    before: Sequence[Event],
    after: Sequence[Event],
    notices: Sequence[Reply],
    elsewhere: Sequence[TwinChange] = (),
) -> None:
    """Keep a stored change (and whom its notices went to) for «верни», with its parts in
    other schools (`elsewhere`, bot.core.features.school_twins.TwinsApplied.done)."""
    earlier = dialog.last_change
    dialog.last_change = {
        "at": at.isoformat(),
        "kind": kind,
        **_part(before, after, notices),
        "schools": [
            {
                "key": t.key,
                "name": t.name,
                **_part(t.before, t.after, t.notices),
                **({"origin": t.origin} if t.origin is not None else {}),
            }
            for t in elsewhere
        ],
    }
    if earlier and calendar_undo.is_reset(earlier):  # «верни» twice reaches the reset too
        dialog.last_change["earlier"] = earlier


def _part(
    before: Sequence[Event], after: Sequence[Event], notices: Sequence[Reply]
) -> dict[str, Any]:
    """One school's events (ids, snapshots before and after) and the people told."""
    staff = sorted({vk for r in notices if r.template == "change_notice" for vk in r.recipients})
    students = sorted(
        {vk for r in notices if r.template not in _NOT_STUDENTS for vk in r.recipients}
    )
    waiting = sorted(
        {
            vk
            for r in notices
            if r.template != "change_notice" and r.context.get("waiting")
            for vk in r.recipients
        }
    )
    return {
        "events": [
            {"id": old.id, "before": _snapshot(old), "after": _snapshot(new)}
            for old, new in zip(before, after, strict=True)
        ],
        "staff": staff,
        "students": students,
        "waiting": waiting,  # of `students`, those only on a waiting list (attack x, #5)
        "promoted": [  # moved up by more seats (leftconv21, item 1): back on «верни»
            {
                "event": int(r.context["event_id"]),
                "person": int(r.context["person_id"]),
                "vk": vk,
                "not_before": r.not_before.isoformat() if r.not_before is not None else None,
            }
            for r in notices
            if r.template == "signup_promoted" and "person_id" in r.context
            for vk in r.recipients
        ],
        # the students among `students` the edit withdrew (participant_withdrawn): «верни»
        # signs them up again, so theirs is «восстановлена», not «сохранена» (safety74)
        "rejoined": sorted(
            {vk for r in notices if r.template == "participant_withdrawn" for vk in r.recipients}
        ),
        "rejoin": [  # withdrawn by the edit (staff72/74): every meeting, back on «верни»
            {
                "event": int(row["event"]),
                "person": int(row["person"]),
                "waiting": bool(row["waiting"]),
            }
            for r in notices
            if r.template == "participant_withdrawn"
            for row in r.context["rejoin"]
        ],
    }


_NOT_STUDENTS = frozenset({"change_notice", "signup_promoted"})


def _snapshot(event: Event) -> dict[str, Any]:
    return {
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "all_day": event.all_day,
        "end_given": event.end_given,
        "status": event.status.value,
        "venue": event.venue,
        "title": event.title,
        "audience": {
            "grades": sorted(event.audience.grades),
            "classes": sorted(event.audience.classes),
            "staff": event.audience.staff,
            "parents": event.audience.parents,
        },
        "ages": list(event.details.ages) if event.details.ages is not None else None,
        "capacity": event.capacity,
        "organisation_id": event.organisation_id,  # an organiser change is undone too (chat77)
    }


def _ages(snapshot: dict[str, Any]) -> tuple[int, int] | None:
    ages = snapshot.get("ages")
    return (int(ages[0]), int(ages[1])) if ages else None


def _audience(data: Any) -> Audience:
    return Audience(
        grades=frozenset(int(g) for g in data.get("grades") or ()),
        classes=frozenset(str(c) for c in data.get("classes") or ()),
        staff=bool(data.get("staff")),
        parents=bool(data.get("parents")),
    )


def _matches(event: Event, snapshot: dict[str, Any]) -> bool:
    """Whether the stored event is still as the change left it."""
    same = (
        event.start == datetime.fromisoformat(snapshot["start"])
        and event.end == datetime.fromisoformat(snapshot["end"])
        and event.status.value == snapshot["status"]
    )
    if "title" in snapshot:
        same = same and (event.venue, event.title, event.audience) == (
            snapshot["venue"],
            snapshot["title"],
            _audience(snapshot["audience"]),
        )
    if "ages" in snapshot:
        same = same and event.details.ages == _ages(snapshot)
    if "capacity" in snapshot:
        same = same and event.capacity == snapshot["capacity"]
    if "organisation_id" in snapshot:
        same = same and event.organisation_id == snapshot["organisation_id"]
    return same


def _restored(event: Event, snapshot: dict[str, Any], tz: ZoneInfo) -> Event:
    """`event` as `snapshot` had it; a programme's steps move back with its start."""
    event = programme_moves.with_start(event, datetime.fromisoformat(snapshot["start"]), tz)
    if "title" in snapshot:
        event = replace(
            event,
            venue=snapshot["venue"],
            title=str(snapshot["title"]),
            audience=_audience(snapshot["audience"]),
        )
    if "ages" in snapshot:
        event = replace(event, details=replace(event.details, ages=_ages(snapshot)))
    if "capacity" in snapshot:  # the seats back (those they moved up: _back_to_waiting)
        event = replace(event, capacity=snapshot["capacity"])
    if "organisation_id" in snapshot:  # «организатор — КГТУ» undone: the organiser back (chat77)
        event = replace(event, organisation_id=snapshot["organisation_id"])
    return replace(
        event,
        start=datetime.fromisoformat(snapshot["start"]),
        end=datetime.fromisoformat(snapshot["end"]),
        all_day=bool(snapshot["all_day"]),
        end_given=bool(snapshot["end_given"]),
        status=EventStatus(snapshot["status"]),
    )


async def _cancelled_by_another(
    ctx: Context[NoticeStore], person: Person, last: dict[str, Any] | None
) -> Reply | None:
    """«верни» from an organiser with no own change left to undo (none, or older than
    UNDO_WINDOW) while someone else (the curator) cancelled one of the person's upcoming
    events, that cancel being the event's last change: `undo_cancelled_by_other` — who
    cancelled it and that only they can bring it back (newcomer walk 2026-12-02t, #7: not
    «15 minutes have passed»); the newest such cancel of several (audit times are the
    store's clock, compared only with each other). None for the curator, for a change of
    the person's own still in its window, or when there is no such cancel."""
    now = ctx.clock.now()
    if person.role is Role.CURATOR:
        return None
    if last and now - datetime.fromisoformat(last["at"]) <= UNDO_WINDOW:
        return None  # their own change is what «верни» undoes
    stored = await ctx.store.events_overlapping(now, now + UNDO_LOOKAHEAD, include_cancelled=True)
    found: list[tuple[datetime, Event, int]] = []
    for event in stored:
        if event.status is not EventStatus.CANCELLED or not can_edit(person, event):
            continue
        entries = await ctx.store.audit_entries(event.id)
        final = entries[-1] if entries else None
        if final is None or not is_cancel(final) or final["actor_id"] in (None, person.id):
            continue
        found.append((final["at"], event, int(final["actor_id"])))
    if not found:
        return None
    _, event, actor_id = max(found, key=lambda item: (item[0], item[1].id))
    actor = await ctx.store.get_person(actor_id)
    orgs = await ctx.orgs()
    return Reply(
        "undo_cancelled_by_other",
        {
            "event": event_view(event, orgs, today=ctx.wall_now().date()),
            "by_curator": actor is not None and actor.role is Role.CURATOR,
            "by_name": actor.name if actor is not None and actor.role is Role.STAFF else "",
        },
    )


def is_cancel(entry: dict[str, Any]) -> bool:
    """Whether an audit entry (EventStore.audit_entries) is a change to the cancelled status."""
    status = entry["details"].get("status") if entry["action"] == "update" else None
    return isinstance(status, dict) and status.get("to") == EventStatus.CANCELLED.value


def restores(dialog: Dialog, event_id: int, now: datetime) -> bool:
    """Whether «верни» at `now` (aware) would bring back the cancelled event `event_id`: the
    person's last change is that event's cancel and is at most UNDO_WINDOW old (a reset
    calendar or a move is something else to undo)."""
    last = dialog.last_change
    if not last or last.get("kind") != "cancelled" or calendar_undo.is_reset(last):
        return False
    if now - datetime.fromisoformat(last["at"]) > UNDO_WINDOW:
        return False
    return any(int(item["id"]) == event_id for item in last.get("events", []))


async def undo_last(ctx: Context[NoticeStore], person: Person, dialog: Dialog) -> list[Reply]:
    """Undo the last change if it is at most UNDO_WINDOW old and nobody changed its events
    since; the people told of it hear of the undo (one message each)."""
    last = dialog.last_change
    now = ctx.clock.now()
    theirs = await _cancelled_by_another(ctx, person, last)
    if theirs is not None:
        return [theirs]
    if not last:
        return [Reply("undo_nothing")]
    if last.get("kind") == LEFT_ORGANISATION:  # made for an organisation left since (perms79)
        dialog.last_change = None
        return [Reply("undo_left_organisation", {"organisation": last["organisation"]})]
    if calendar_undo.is_reset(last):  # «сбрось учебный календарь», then «да»
        return await calendar_undo.undo(ctx, person, dialog, last, UNDO_WINDOW)
    if now - datetime.fromisoformat(last["at"]) > UNDO_WINDOW:
        dialog.last_change = last.get("earlier")
        return [Reply("undo_too_late", {"minutes": int(UNDO_WINDOW.total_seconds() // 60)})]
    current = await _undoable(ctx, person, last)
    if isinstance(current, Reply):
        return [current]
    written = await _written_back(ctx, person, last, current, now)
    if isinstance(written, Reply):
        return [written]
    restored, returned, dropped = written.restored, written.returned, written.dropped
    dialog.last_change = last.get("earlier")  # a calendar reset before it, if any
    dialog.last_event = restored[0].id
    orgs = await ctx.orgs()
    key = f"undo:{restored[0].id}:{last['at']}"
    context = {
        "kind": last["kind"],
        "event": event_view(restored[0], orgs, today=ctx.wall_now().date()),
        "count": len(restored),
        "by_curator": person.role is Role.CURATOR,
    }
    notices = _undo_notices(context, last, key)
    withdrawn = await _withdrawn_notices(ctx, returned, restored, key)
    told = len(last["staff"]) + len(last["students"]) + len(withdrawn)
    elsewhere = await _undo_elsewhere(ctx, person, last)
    reply = {
        **context,
        "told": told,
        "elsewhere": list(elsewhere.restored),
        "elsewhere_changed": list(elsewhere.changed),
        "elsewhere_failed": list(elsewhere.failed),
        "returned": len(returned),
        "returned_told": len(withdrawn),
        "seats": _seats_back(last, restored),
        "dropped": dropped,
    }
    return [Reply("undone", reply), *notices, *withdrawn, *elsewhere.notices]


async def _undoable(
    ctx: Context[NoticeStore], person: Person, last: dict[str, Any]
) -> list[tuple[Event, dict[str, Any]]] | Reply:
    """The events of the change `last` as they are now, each with the snapshot to restore
    («before»); «undo_conflict» (the event as it is now) when one was changed or deleted
    since, or the not-yours reply when the person may no longer change one (the rights of
    now, not of the change's time)."""
    current = []
    for item in last["events"]:
        event = await ctx.store.get_event(int(item["id"]))
        if event is None or not _matches(event, item["after"]):
            orgs = await ctx.orgs()
            view = event_view(event, orgs) if event is not None else None
            return Reply("undo_conflict", {"event": view})
        if not can_edit(person, event):  # the rights of now, not of the change's time
            return await not_yours(ctx, event)
        current.append((event, item["before"]))
    return current


@dataclass(frozen=True)
class _WrittenBack:
    """An undo written: the events restored, the entries of those moved back on their waiting
    lists (`_back_to_waiting`, then `_beyond_the_seats`) and the names of the partners the
    undone change gave the events to, deleted (`_drop_given_to`)."""

    restored: list[Event]
    returned: list[dict[str, Any]]
    dropped: list[str]


async def _written_back(
    ctx: Context[NoticeStore],
    person: Person,
    last: dict[str, Any],
    current: Sequence[tuple[Event, dict[str, Any]]],
    now: datetime,
) -> _WrittenBack | Reply:
    """Restore `current` (events with their snapshots) in one transaction with the seats and
    the waiting list; «undo_conflict» when an event changed between the check and the write."""
    try:
        async with all_or_nothing(ctx.store):  # the seats and the waiting list back at once
            restored = await ctx.store.update_events(
                [_restored(e, b, ctx.config.tz) for e, b in current], person.id, at=now
            )
            returned = await _back_to_waiting(ctx, last.get("promoted") or [])
            await staff_only.sign_up_again(ctx.store, last.get("rejoin") or [])
            returned += await _beyond_the_seats(ctx, last, restored, returned)
            dropped = await _drop_given_to(ctx, last["events"])
    except EventChangedError:  # changed between the check above and the write
        orgs = await ctx.orgs()
        now_event = await ctx.store.get_event(current[0][0].id)
        view = event_view(now_event, orgs) if now_event is not None else None
        return Reply("undo_conflict", {"event": view})
    return _WrittenBack(restored, returned, dropped)


async def _drop_given_to(ctx: Context[NoticeStore], items: Sequence[dict[str, Any]]) -> list[str]:
    """The partners an undone organiser change gave the events to (`items`: the change's
    events with their snapshots), deleted when nothing else refers to them any more — the
    partner «организатор — Клуб «Звезда»» added with the change (chat77); their names."""
    given = {
        int(item["after"]["organisation_id"])
        for item in items
        if item["after"].get("organisation_id") is not None
        and item["after"].get("organisation_id") != item["before"].get("organisation_id")
        and "organisation_id" in item["before"]
    }
    orgs = await ctx.orgs()
    return [
        orgs[org_id].name
        for org_id in sorted(given)
        if org_id in orgs and await ctx.store.drop_unused_partner(org_id)
    ]


async def _back_to_waiting(
    ctx: Context[NoticeStore], promoted: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Those a seats increase moved up (remember's "promoted") back on their waiting lists
    in their old order, inside the undo's transaction (SignupStore.return_to_waiting); the
    entries of those moved back (one who gave the seat up meanwhile is left out)."""
    by_event: dict[int, list[dict[str, Any]]] = {}
    for item in promoted:
        by_event.setdefault(int(item["event"]), []).append(item)
    returned = []
    for event_id, items in by_event.items():
        back = set(await ctx.store.return_to_waiting(event_id, [int(i["person"]) for i in items]))
        returned += [i for i in items if int(i["person"]) in back]
    return returned


async def _beyond_the_seats(
    ctx: Context[NoticeStore],
    last: dict[str, Any],
    restored: Sequence[Event],
    returned: Sequence[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Those still going beyond the seats given back whose seat the increase made: one moved
    up by it gave the seat up, and the next in the queue took it (or a student signed up
    into it) — «верни» left two going for one seat (review z2, #2). The latest to take a
    seat go back to the head of the waiting list, at most as many as the increase added
    less those `returned` already; entries shaped as remember's "promoted" (never held)."""
    changed = {int(item["id"]): item for item in last["events"]}
    extra: list[dict[str, Any]] = []
    for event in restored:
        item = changed.get(event.id)
        if event.capacity is None or item is None or "capacity" not in item["before"]:
            continue
        before, after = item["before"]["capacity"], item["after"].get("capacity")
        if before is None:
            continue
        back = sum(1 for r in returned if int(r["event"]) == event.id)
        going = await ctx.store.signed_up(event.id, "going")  # in the order they got seats
        room = len(going) - event.capacity
        if after is not None:  # None: the increase was to no limit
            room = min(room, int(after) - int(before) - back)
        if room <= 0:
            continue
        latest = going[-room:]
        moved = set(await ctx.store.return_to_waiting(event.id, [p.id for p in latest]))
        extra += [
            {"event": event.id, "person": p.id, "vk": p.vk_id, "not_before": None}
            for p in latest
            if p.id in moved
        ]
    return extra


async def _withdrawn_notices(
    ctx: Context[NoticeStore],
    returned: Sequence[dict[str, Any]],
    restored: Sequence[Event],
    key: str,
) -> list[Reply]:
    """«Место … снова занято»: to each student moved back to the waiting list who was told
    of the seat — the organiser took back the seats increase, their place in the list now.
    One whose «Освободилось место!» still waits for the morning (held in quiet hours) was
    never told: nothing is sent, and the held notice is dropped unsent (students.
    promotion_still_holds). Held till 08:00 itself when said in the students' quiet hours."""
    now = ctx.clock.now()
    events = {e.id: e for e in restored}
    orgs = await ctx.orgs()
    notices = []
    for item in returned:
        held_till = item.get("not_before")
        if held_till is not None and datetime.fromisoformat(held_till) > now:
            continue  # «Освободилось место!» not sent yet: nothing to withdraw
        event = events.get(int(item["event"])) or await ctx.store.get_event(int(item["event"]))
        if event is None:
            continue
        queue = [p.id for p in await ctx.store.signed_up(event.id, "waiting")]
        place = queue.index(int(item["person"])) + 1 if int(item["person"]) in queue else None
        tz = event.start.tzinfo if isinstance(event.start.tzinfo, ZoneInfo) else ctx.config.tz
        morning = out_of_quiet_hours(now, tz, STUDENT_QUIET_HOURS)
        held = now < morning < event.start
        context = {
            "event": event_view(event, orgs, today=ctx.wall_now().date()),
            "place": place,
            "of": len(queue),
            "held": held,
        }
        notices.append(
            Reply(
                "promotion_withdrawn",
                context,
                recipients=(int(item["vk"]),),
                dedupe_key=f"{key}:withdrawn:{event.id}:{item['vk']}",
                not_before=morning if held else None,
            )
        )
    return notices


def _seats_back(last: dict[str, Any], restored: Sequence[Event]) -> int | str | None:
    """The seats the undo gave back to the named event when the change was of its seats:
    a number, "none" (no limit), or None when the seats were not changed."""
    first = last["events"][0]
    before, after = first["before"], first["after"]
    if "capacity" not in before or before["capacity"] == after.get("capacity"):
        return None
    return "none" if restored[0].capacity is None else restored[0].capacity


def _undo_notices(context: dict[str, Any], part: dict[str, Any], key: str) -> list[Reply]:
    """The undo's notices to the people one school's part of the change told: one to each
    organiser or curator, one to the signed-up students (those on a waiting list, and those
    the change had withdrawn and «верни» signs up again — `rejoined` — each told apart)."""
    notices = [
        Reply("change_undone", context, recipients=(vk,), dedupe_key=f"{key}:{vk}")
        for vk in part["staff"]
    ]
    waiting = set(part.get("waiting", ()))  # absent in states kept before attack x, #5
    rejoined = set(part.get("rejoined", ()))  # absent in states kept before safety74
    for is_back, is_waiting, suffix in (
        (False, False, ""),
        (False, True, ":waiting"),
        (True, False, ":rejoined"),
        (True, True, ":rejoined:waiting"),
    ):
        told = tuple(
            vk
            for vk in part["students"]
            if (vk in rejoined) == is_back and (vk in waiting) == is_waiting
        )
        if told:
            flags = {"waiting": True} if is_waiting else {}
            notices.append(
                Reply(
                    "participant_undone",
                    {**context, **flags, "rejoined": is_back},
                    recipients=told,
                    dedupe_key=f"{key}:students{suffix}",
                )
            )
    return notices


@dataclass(frozen=True, slots=True)
class UndoneElsewhere:
    """What «верни» did in the other schools the change reached: the names of those whose
    copies went back, of those where a copy was changed since and was left (`changed`), of
    those that failed (unreachable, or the sender no longer linked there), and the notices
    to send through those schools' communities (Reply.school set)."""

    restored: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    notices: tuple[Reply, ...] = ()


async def _undo_elsewhere(
    ctx: Context[NoticeStore], person: Person, last: dict[str, Any]
) -> UndoneElsewhere:
    """Put back the copies the change reached in other schools, each school in a unit of
    its own held open until this message commits or rolls back (bot.core.held, as the
    change itself: school_twins.apply_to_twins) and recorded in this school's journal
    (bot.core.features.school_journal), at most OTHER_SCHOOL_WRITE_TIMEOUT each; one
    school's failure touches no other."""
    parts = last.get("schools") or []
    if not parts:
        return UndoneElsewhere()
    refs = {ref.key: ref for ref in ctx.schools.refs()} if ctx.schools is not None else {}
    restored: list[str] = []
    changed: list[str] = []
    failed: list[str] = []
    notices: list[Reply] = []
    for part in parts:
        ref = refs.get(str(part["key"]))
        held: AsyncExitStack | None = None
        try:
            if ctx.schools is None or ref is None:
                raise LookupError(f"school {part['key']} is not in the deployment")
            member = await member_of(ctx.schools, person.vk_id, ref)
            if member.person is None:
                raise PermissionError(f"the sender is no longer linked in school {ref.key}")
            async with asyncio.timeout(OTHER_SCHOOL_WRITE_TIMEOUT):  # in this task: see held
                held, record = await hold_journalled(
                    member.core.store, _undo_entry(ctx, person, last, part), ctx.store
                )
                done, skipped, found = await undo_in_school(member, last, part)
                if record is not None:
                    await record()
        except WaitCycleError:
            if held is not None:
                await drop(held)
            raise  # that school's message holds it and waits for ours: ours gives way
        except Exception:
            log.exception("failed to undo the change in school %s", part["key"])
            failed.append(str(part["name"]))
            if held is not None:
                await drop(held)
            continue
        if done:
            restored.append(ref.name)
        if skipped:
            changed.append(ref.name)
        notices += found
    return UndoneElsewhere(tuple(restored), tuple(changed), tuple(failed), tuple(notices))


def _undo_entry(
    ctx: Context[NoticeStore], person: Person, last: dict[str, Any], part: dict[str, Any]
) -> SchoolChange:
    """The journal entry of one other school's part of an undo (replayed by
    bot.core.features.school_replay through undo_in_school)."""
    school = ctx.school_ref.key if ctx.school_ref is not None else None
    undo = {"last": {"kind": last["kind"], "at": last["at"]}, "part": part}
    return SchoolChange(new_origin(school), str(part["key"]), person.vk_id, UNDO, (), (), undo)


async def _claimed_first(store: object, origin: str) -> bool:
    """Whether this undo claimed the applied-marker of the change `origin` in `store` (the
    change had not committed there); False for a store without the journal."""
    return isinstance(store, JournalStore) and await store.claim_school_change(origin)


async def undo_in_school(
    member: Member, last: dict[str, Any], part: dict[str, Any]
) -> tuple[int, int, list[Reply]]:
    """One other school's copies back as they were: (how many went back, how many were left
    because someone changed them since or the sender may no longer edit them, the notices).
    A write that meets a change made meanwhile leaves every copy there as it is. `last` needs
    only its "kind" and "at"; `part` is that school's part as remember() kept it.

    A part whose change was journalled (its "origin") claims the change's applied-marker
    there first: when that claim succeeds the change never committed in that school (its
    held commit failed, its worker was killed) and its copies are as they were — nothing is
    put back, and the city's tick will not replay the change after this undo (attack
    2026-12-03ab #1)."""
    ctx, person = school_context(member)
    store = member.core.store
    origin = part.get("origin")
    if origin is not None and await _claimed_first(store, str(origin)):
        return 0, 0, []
    current: list[tuple[Event, dict[str, Any]]] = []
    skipped = 0
    for item in part["events"]:
        event = await store.get_event(int(item["id"]))
        if event is None or not _matches(event, item["after"]) or not can_edit(person, event):
            skipped += 1
            continue
        current.append((event, item["before"]))
    if not current:
        return 0, skipped, []
    try:
        restored = await store.update_events(
            [_restored(e, b, ctx.config.tz) for e, b in current],
            person.id,
            at=member.core.clock.now(),
        )
    except EventChangedError:
        return 0, skipped + len(current), []
    orgs = await ctx.orgs()
    context = {
        "kind": last["kind"],
        "event": event_view(restored[0], orgs, today=ctx.wall_now().date()),
        "count": len(restored),
        "by_curator": person.role is Role.CURATOR,
    }
    school = member.ref.key
    key = f"schools:{school}:undo:{restored[0].id}:{last['at']}"
    found = [replace(r, school=school) for r in _undo_notices(context, part, key)]
    return len(restored), skipped, found


async def on_undo(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "верни" / "отмени последнее"."""
    return await undo_last(ctx, person, dialog)


COMMANDS: Commands = {CommandKind.UNDO: on_undo}

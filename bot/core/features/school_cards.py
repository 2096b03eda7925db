"""One event for several schools: its card (each school's own clash check on its own plan)
and its saving (one event per school, each in its own store and transaction).

The pending draft is the usual single draft (bot.core.dialog) with one more key,
`"schools": [key, …]` (bot.core.ports.SchoolRef keys), so the usual questions for a missing
date, time or classes apply; bot.core.features.adding shows this card and
bot.core.features.plan_saving saves through this module when the key is there. The sender must
be linked to each school (a partner, staff or curator there, bot.core.permissions): the
link is checked again on saving, and a school that did not invite them gets nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import agreement, draft_json, drafts
from bot.core.calendar_checks import night_view
from bot.core.clashes import check_clashes
from bot.core.dialog import Dialog
from bot.core.features import agreement_notices
from bot.core.features.context import Context, PlannerConfig, school_organisation
from bot.core.features.notices import NoticeStore, clash_notices
from bot.core.features.people import release_former_events
from bot.core.features.same_event import STORED_KEY, find_same
from bot.core.language.buttons import ButtonAction
from bot.core.language.schools import after_v, named_schools, resolve
from bot.core.models import (
    Clash,
    Event,
    EventDraft,
    NewEvent,
    Organisation,
    Person,
    Role,
)
from bot.core.permissions import can_add_events, can_edit
from bot.core.ports import Directory, SchoolCore, SchoolRef, Schools, Store, all_or_nothing
from bot.core.replies import Reply
from bot.core.students import Students
from bot.core.views import button, clash_view, event_view

log = logging.getLogger(__name__)

SCHOOLS_KEY = "schools"  # the pending draft's list of school keys
OTHER_SCHOOL_WRITE_TIMEOUT = 10.0  # seconds; a school busy longer is reported, not waited for


@dataclass(frozen=True, slots=True)
class Member:
    """The sender as one school knows them: that school's core, its SchoolRef and the
    person row (None: not linked there)."""

    ref: SchoolRef
    core: SchoolCore
    person: Person | None


def is_for_schools(dialog: Dialog) -> bool:
    """Whether the single pending draft is an event for several schools."""
    return len(dialog.pending) == 1 and bool(dialog.pending[0].get(SCHOOLS_KEY))


async def member_of(schools: Schools, vk_id: int, ref: SchoolRef) -> Member:
    """The sender as school `ref` knows them: linked when a partner, staff or curator there
    (bot.core.permissions.can_add_events and not a student). A curator of that school's
    config (its admins) who has not written to its community yet is stored there as its
    curator first, as their first message there would (bot.core.features.people)."""
    core = schools.planner(ref.key)
    person = await core.store.get_person_by_vk(vk_id)
    if vk_id in core.config.admins and (person is None or person.role is not Role.CURATOR):
        school = await school_organisation(core.store, core.config.school_name)
        name = person.name if person is not None else ""
        curator = await core.store.save_person(vk_id, Role.CURATOR, name, school.id)
        await release_former_events(core.store, person, curator)
        person = curator
    linked = person is not None and person.role is not Role.STUDENT and can_add_events(person)
    return Member(ref, core, person if linked else None)


async def card(ctx: Context[Directory], person: Person, dialog: Dialog) -> Reply:
    """The card of the pending draft for several schools: the event, then per school its
    clashes with that school's plan (or that the sender is no longer linked there)."""
    draft = draft_json.draft_from_json(dialog.pending[0])
    items: list[dict[str, Any]] = []
    shown = None
    occurrences = 0
    night = None
    for ref in _refs(ctx, dialog):
        try:
            item, events, orgs = await _card_item(ctx, person, ref, draft)
        except Exception:  # that school's store is unreachable: said on the card
            log.exception("failed to check school %s for a card", ref.key)
            item = {"school": ref.name, "linked": False, "clashes": [], "unavailable": True}
            events, orgs = [], {}
        items.append(item)
        night = night or item.pop("night", None)
        if events:
            shown = shown or event_view(events[0], orgs)
            occurrences = max(occurrences, len(events))
    context = {"event": shown, "items": items, "occurrences": occurrences, "night": night}
    buttons = (
        (
            button("save", ButtonAction.SAVE, "positive"),
            button("discard", ButtonAction.DISCARD, "negative"),
        ),
    )
    return Reply("schools_card", context, buttons=buttons)


async def _card_item(
    ctx: Context[Directory], person: Person, ref: SchoolRef, draft: EventDraft
) -> tuple[dict[str, Any], list[NewEvent], dict[int, Organisation]]:
    """One school's line of the card ({"school", "linked", "clashes", "unavailable"}, and
    "night": the night line's bounds when the events fall in that school's night, see
    bot.core.calendar_checks.night_view), with the events as that school would store them
    and its organisations (for views)."""
    member = await member_of(_schools(ctx), person.vk_id, ref)
    if member.person is None:
        return {"school": ref.name, "linked": False, "clashes": [], "unavailable": False}, [], {}
    events = await _new_events(member, draft, ctx.config.tz, series_id=None)
    orgs = await _orgs(member.core.store)
    clashes = await _clashes(member.core.store, events)
    views = [_in_zone(clash_view(c, orgs), ctx.config.tz) for c in clashes]
    item = {"school": ref.name, "linked": True, "clashes": views, "unavailable": False}
    item["local_start"] = _local_start(events, ctx.config.tz, member.core.config.tz)
    item["night"] = night_view(events, member.core.config.tz)  # that school's students' night
    return item, events, orgs


def _local_start(
    events: Sequence[NewEvent | Event], writer: ZoneInfo, school: ZoneInfo
) -> datetime | None:
    """The first event's start on the school's clock (aware, in `school`) when that clock
    differs from the writer's at that moment; None for the writer's own offset or an all-day
    event (a day has no clock)."""
    if not events or events[0].all_day:
        return None
    start = events[0].start
    if start.astimezone(writer).utcoffset() == start.astimezone(school).utcoffset():
        return None
    return start.astimezone(school)


def _on_clock(event: Event, tz: ZoneInfo) -> Event:
    """`event` (another school's copy, in that school's zone) on the writer's clock `tz`:
    the reply «Сохранено …» said in the Omsk school showed the first school's copy at 11:00
    for «в 15:00» (review z2, #5); all-day events keep their days."""
    if event.all_day:
        return event
    return replace(event, start=event.start.astimezone(tz), end=event.end.astimezone(tz))


def _in_zone(view: dict[str, Any], tz: ZoneInfo) -> dict[str, Any]:
    """A clash view whose event is shown on the writer's clock (another school's store
    gives its events in that school's zone); all-day events keep their days."""
    event = view["event"]
    if not event.all_day:
        event["start"] = event.start.astimezone(tz)
        event["end"] = event.end.astimezone(tz)
    return view


async def save(ctx: Context[Directory], person: Person, dialog: Dialog) -> list[Reply]:
    """«да» to the card: one event (or series) per linked school, each in its own store and
    transaction; a failure in one school does not undo another's. The reply says which
    schools got the event; each school's curators get a notice through their community
    (Reply.school)."""
    draft = draft_json.draft_from_json(dialog.pending[0])
    saved: list[str] = []
    refused: list[str] = []
    failed: list[str] = []
    notices: list[Reply] = []
    shown = None
    for ref in _refs(ctx, dialog):
        try:  # one school's failure is reported, the others keep theirs
            member = await member_of(_schools(ctx), person.vk_id, ref)
            if member.person is None:
                refused.append(ref.name)
                continue
            events = await asyncio.wait_for(
                _store_events(member, draft, ctx.config.tz), timeout=OTHER_SCHOOL_WRITE_TIMEOUT
            )
            orgs = await _orgs(member.core.store)
        except Exception:
            log.exception("failed to save an event in school %s", ref.key)
            failed.append(ref.name)
            continue
        saved.append(ref.name)
        shown = shown or event_view(_on_clock(events[0], ctx.config.tz), orgs)
        if ctx.school_ref is not None and ref.key == ctx.school_ref.key:
            dialog.last_event = events[0].id
        try:
            notices += await _notices(member, events, orgs)
            notices += await _waiting_notices(member, events)
            notices += await _clash_notices(member, events, ctx.config.tz)
        except Exception:  # the event stands; only a notice is lost
            log.exception("failed to notify the curators of school %s", ref.key)
    dialog.clear_pending()
    context = {"event": shown, "saved": saved, "refused": refused, "failed": failed}
    return [Reply("schools_saved", context), *notices]


async def _store_events(member: Member, draft: EventDraft, tz: ZoneInfo) -> list[Event]:
    """The draft's events in one school's store, in one transaction there. When that school
    already holds them (the sender's own events, the same in title, times, venue and
    classes: a «да» again after a failure elsewhere rolled back the sender's school but not
    this one; bot.core.features.same_event.STORED_KEY), those are returned and nothing is
    stored twice."""
    store = member.core.store
    assert member.person is not None
    author = member.person.id
    async with all_or_nothing(store):
        events = await _new_events(member, draft, tz, series_id=None)
        stored = await find_same(store, events, author, STORED_KEY, same_organisation=True)
        if stored is not None:
            return stored
        if drafts.is_series(draft):
            series = await store.next_series_id()
            events = await _new_events(member, draft, tz, series_id=series)
        now = member.core.clock.now()
        events = agreement.as_added(events, member.person, now)  # that school's curator agrees
        return await store.add_events(events, author, at=now)


async def _new_events(
    member: Member, draft: EventDraft, tz: ZoneInfo, series_id: int | None
) -> list[NewEvent]:
    """The draft as one school would store it: its organisation as the sender's one there.
    The draft's wall-clock times are read in `tz`, the zone of the community where the
    sender wrote them, so every school stores the same moment (UTC) and shows it in its own
    zone (newcomer walk 2026-12-01d, finding 2: «15:00» written to a Kaliningrad gymnasium
    had become 15:00 Novosibirsk time in a lyceum there)."""
    assert member.person is not None
    org_id = member.person.organisation_id
    if org_id is None:
        org_id = (await school_organisation(member.core.store, member.core.config.school_name)).id
    return drafts.to_new_events(
        draft,
        organisation_id=org_id,
        tz=tz,
        created_by=member.person.id,
        series_id=series_id,
    )


async def _clashes(store: Store, events: Sequence[NewEvent]) -> list[Clash]:
    """Clashes with one school's own plan, each clashing event once, in time order."""
    seen: dict[int, Clash] = {}
    for event in events:
        for clash in await check_clashes(store, event):
            seen.setdefault(clash.other.id, clash)
    return sorted(seen.values(), key=lambda c: (c.other.start, c.other.id))


async def _notices(
    member: Member, events: Sequence[Event], orgs: Mapping[int, Organisation]
) -> list[Reply]:
    """A notice to each curator of the school (stored curators and the configured admins),
    sent through that school's community, once per curator and event."""
    store = member.core.store
    curators = {p.vk_id for p in await store.people_with_role(Role.CURATOR)}
    curators |= set(member.core.config.admins)
    sender = member.person.vk_id if member.person else None
    context = {
        "event": event_view(events[0], orgs),
        "occurrences": len(events),
        "school": member.ref.name,
    }
    return [
        Reply(
            "schools_event_notice",
            context,
            recipients=(vk_id,),
            dedupe_key=f"schools:{member.ref.key}:{events[0].id}:{vk_id}",
            school=member.ref.key,
        )
        for vk_id in sorted(curators)
        if vk_id != sender
    ]


async def _waiting_notices(member: Member, events: Sequence[Event]) -> list[Reply]:
    """That school's «⏳ Ждёт вашего согласования» to its curators, with the button of
    its own copy (bot.core.features.agreement_notices.waiting_notices), sent through its community;
    what it asked is kept in that school's store for a bare «согласовано» (attack v, #23)."""
    ctx, person = school_context(member)
    key = member.ref.key
    found = [
        replace(
            r,
            context={**r.context, "school_name": member.ref.name},
            school=key,
            dedupe_key=f"schools:{key}:{r.dedupe_key}",
        )
        for r in await agreement_notices.waiting_notices(ctx, person, events)
    ]
    await agreement_notices.remember_asked(ctx, person.vk_id, found)
    return found


async def _clash_notices(member: Member, events: Sequence[Event], writer: ZoneInfo) -> list[Reply]:
    """What a single-school add tells (bot.core.features.notices.clash_notices): each
    organiser of an event the new ones clash with in that school, and its curators, sent
    through that school's community; keys carry the school (event ids repeat across
    schools). The times are that school's; when its clock differs from the `writer`'s, the
    notice names the school and says so (the author, who wrote «15:00», read «19:00–20:00»
    unexplained: newcomer walk 2026-12-01f, #13)."""
    core = member.core
    ctx, person = school_context(member)
    found = await clash_notices(ctx, person, events, "clash_added")
    key = member.ref.key
    local = _local_start(events, writer, core.config.tz) is not None
    note = {"school_name": member.ref.name, "local_clock": local}
    return [
        replace(
            r,
            context={**r.context, **note},
            school=key,
            dedupe_key=f"schools:{key}:{r.dedupe_key}",
        )
        for r in found
    ]


def other_school(ctx: Context[Any], words: str) -> SchoolRef | None:
    """The school of this deployment other than this one that `words` name («отмени
    экскурсию в школе №5», «когда лекция в лицее №23?» written in the gymnasium's
    community): what is done or asked there belongs to that school's community (newcomer
    walk 2026-12-01d, finding 1; attack 2026-12-02s #6b). None on a single-school
    deployment, when no other school is named, or when this school is named too."""
    if ctx.schools is None:
        return None
    refs, _ = resolve(named_schools(words), ctx.schools.refs())
    here = ctx.school_ref.key if ctx.school_ref is not None else None
    other = next((ref for ref in refs if ref.key != here), None)
    if other is None or (here is not None and any(ref.key == here for ref in refs)):
        return None
    return other


async def elsewhere(
    ctx: Context[Directory], person: Person, start: datetime, end: datetime
) -> list[dict[str, Any]]:
    """The other schools where the sender has events of their own in [start, end) (their
    organisation's; a teacher's, those they added: bot.core.permissions.can_edit), for
    the hint under «мои события»: [{"school": name, "count": n, "kind": "лицее" | None,
    "number": "23" | None}]. Empty on a single-school deployment; a school whose store
    fails is left out."""
    if ctx.schools is None:
        return []
    found = []
    for ref in ctx.schools.refs():
        if ctx.school_ref is not None and ref.key == ctx.school_ref.key:
            continue
        try:
            member = await member_of(ctx.schools, person.vk_id, ref)
            if member.person is None or member.person.organisation_id is None:
                continue
            org_id = member.person.organisation_id
            there = await member.core.store.events_between(start, end, organisation_id=org_id)
            count = sum(1 for e in there if can_edit(member.person, e))  # a teacher's: own
        except Exception:
            log.exception("failed to count events in school %s", ref.key)
            continue
        if count:
            kind, number = after_v(ref) or (None, None)
            found.append({"school": ref.name, "count": count, "kind": kind, "number": number})
    return found


def school_context(member: Member) -> tuple[Context[NoticeStore], Person]:
    """A planner context over one other school's own store, clock, zone and curators, and
    the sender as that school knows them (linked: `member.person` is set)."""
    person = member.person
    assert person is not None
    core = member.core
    config = PlannerConfig(
        tz=core.config.tz, admins=core.config.admins, school_name=core.config.school_name
    )
    return Context(core.store, core.clock, config, Students(core.store, core.clock)), person


def _schools(ctx: Context[Directory]) -> Schools:
    if ctx.schools is None:
        raise RuntimeError("an event for several schools on a single-school deployment")
    return ctx.schools


def _refs(ctx: Context[Directory], dialog: Dialog) -> list[SchoolRef]:
    """The pending draft's schools, in the order named (unknown keys dropped)."""
    keys = [str(k) for k in dialog.pending[0].get(SCHOOLS_KEY) or ()]
    by_key = {ref.key: ref for ref in _schools(ctx).refs()}
    return [by_key[k] for k in keys if k in by_key]


async def _orgs(store: Store) -> dict[int, Organisation]:
    return {o.id: o for o in await store.list_organisations()}

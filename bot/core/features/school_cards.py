"""One event for several schools: its card (each school's own clash check on its own plan)
and its saving (one event per school, each in its own store and transaction).

The pending draft is the usual single draft (bot.core.dialog) with one more key,
`"schools": [key, …]` (bot.core.ports.SchoolRef keys), so the usual questions for a missing
date, time or classes apply; bot.core.features.adding shows this card and
bot.core.features.plans saves through this module when the key is there. The sender must
be linked to each school (a partner, staff or curator there, bot.core.permissions): the
link is checked again on saving, and a school that did not invite them gets nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

from bot.core import drafts
from bot.core.clashes import check_clashes
from bot.core.dialog import Dialog
from bot.core.features.context import Context, school_organisation
from bot.core.language.buttons import ButtonAction
from bot.core.models import Clash, Event, EventDraft, NewEvent, Organisation, Person, Role
from bot.core.permissions import can_add_events
from bot.core.ports import Atomic, Directory, SchoolCore, SchoolRef, Schools, Store
from bot.core.replies import Reply
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


async def members(schools: Schools, vk_id: int, refs: Sequence[SchoolRef]) -> list[Member]:
    """The sender in each of `refs`, linked or not (bot.core.permissions.can_add_events and
    not a student)."""
    found = []
    for ref in refs:
        core = schools.planner(ref.key)
        person = await core.store.get_person_by_vk(vk_id)
        linked = person is not None and person.role is not Role.STUDENT and can_add_events(person)
        found.append(Member(ref, core, person if linked else None))
    return found


async def card(ctx: Context[Directory], person: Person, dialog: Dialog) -> Reply:
    """The card of the pending draft for several schools: the event, then per school its
    clashes with that school's plan (or that the sender is no longer linked there)."""
    draft = drafts.draft_from_json(dialog.pending[0])
    items: list[dict[str, Any]] = []
    shown = None
    occurrences = 0
    for member in await members(_schools(ctx), person.vk_id, _refs(ctx, dialog)):
        if member.person is None:
            items.append({"school": member.ref.name, "linked": False, "clashes": []})
            continue
        events = await _new_events(member, draft, series_id=None)
        orgs = await _orgs(member.core.store)
        clashes = await _clashes(member.core.store, events)
        shown = shown or event_view(events[0], orgs)
        occurrences = max(occurrences, len(events))
        items.append(
            {
                "school": member.ref.name,
                "linked": True,
                "clashes": [clash_view(c, orgs) for c in clashes],
            }
        )
    context = {"event": shown, "items": items, "occurrences": occurrences}
    buttons = (
        (
            button("save", ButtonAction.SAVE, "positive"),
            button("discard", ButtonAction.DISCARD, "negative"),
        ),
    )
    return Reply("schools_card", context, buttons=buttons)


async def save(ctx: Context[Directory], person: Person, dialog: Dialog) -> list[Reply]:
    """«да» to the card: one event (or series) per linked school, each in its own store and
    transaction; a failure in one school does not undo another's. The reply says which
    schools got the event; each school's curators get a notice through their community
    (Reply.school)."""
    draft = drafts.draft_from_json(dialog.pending[0])
    saved: list[str] = []
    refused: list[str] = []
    failed: list[str] = []
    notices: list[Reply] = []
    shown = None
    for member in await members(_schools(ctx), person.vk_id, _refs(ctx, dialog)):
        if member.person is None:
            refused.append(member.ref.name)
            continue
        try:
            events = await asyncio.wait_for(
                _store_events(member, draft), timeout=OTHER_SCHOOL_WRITE_TIMEOUT
            )
        except Exception:  # one school's failure is reported, the others keep theirs
            log.exception("failed to save an event in school %s", member.ref.key)
            failed.append(member.ref.name)
            continue
        saved.append(member.ref.name)
        orgs = await _orgs(member.core.store)
        shown = shown or event_view(events[0], orgs)
        if ctx.school_ref is not None and member.ref.key == ctx.school_ref.key:
            dialog.last_event = events[0].id
        notices += await _notices(member, events, orgs)
    dialog.clear_pending()
    context = {"event": shown, "saved": saved, "refused": refused, "failed": failed}
    return [Reply("schools_saved", context), *notices]


async def _store_events(member: Member, draft: EventDraft) -> list[Event]:
    """The draft's events in one school's store, in one transaction there."""
    store = member.core.store
    async with _transaction(store):
        series = await store.next_series_id() if drafts.is_series(draft) else None
        events = await _new_events(member, draft, series_id=series)
        assert member.person is not None
        return await store.add_events(events, member.person.id)


async def _new_events(member: Member, draft: EventDraft, series_id: int | None) -> list[NewEvent]:
    """The draft as one school would store it: its organisation as the sender's one there,
    times in that school's zone."""
    assert member.person is not None
    org_id = member.person.organisation_id
    if org_id is None:
        org_id = (await school_organisation(member.core.store, member.core.config.school_name)).id
    return drafts.to_new_events(
        draft,
        organisation_id=org_id,
        tz=member.core.config.tz,
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


def _transaction(store: Store) -> AbstractAsyncContextManager[object]:
    return store.transaction() if isinstance(store, Atomic) else nullcontext()

"""A corrected plan file sent again: its rows that are events already stored (the sender's own
organisation's, the same title, not over yet) are offered as an update — «обнови прежние»
moves the stored events whose day or time changed (telling everyone a move concerns, as
bot.core.features.changing does), leaves the unchanged ones alone and saves only the new
rows — instead of only «Сохранить всё» (duplicates) or «Не сохранять».

A row matches when exactly one live stored event of the organisation it would be saved for
has the same title (case, spaces, quotes and «ё» ignored) and is a single event, not part
of a series; anything else is a new row. Times are aware datetimes in the school's zone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.core import draft_json, drafts
from bot.core.access import EventChangedError
from bot.core.dialog import Dialog
from bot.core.features import plans
from bot.core.features.changing import changed_meanwhile
from bot.core.features.context import Commands, Context
from bot.core.features.notices import (
    NoticeStore,
    change_key,
    change_notices,
    clash_notices,
    who_is_told,
)
from bot.core.features.plans import organisation_for
from bot.core.language.actions import ButtonAction, payload
from bot.core.language.commands import Command, CommandKind
from bot.core.models import Event, EventStatus, NewEvent, Person
from bot.core.permissions import can_edit
from bot.core.replies import Button, Reply
from bot.core.views import event_view


@dataclass(frozen=True, slots=True)
class Match:
    """A pending row (`index` in dialog.pending) and the stored event it updates."""

    index: int
    event: Event
    new: NewEvent

    @property
    def moves(self) -> bool:
        """Whether the row gives the stored event another start, end or all-day flag."""
        e, n = self.event, self.new
        return (e.start, e.end, e.all_day) != (n.start, n.end, n.all_day)


def _key(title: str) -> str:
    return " ".join(re.sub(r"[«»\"„“”'.,!]", " ", title.casefold().replace("ё", "е")).split())


async def plan_matches(
    ctx: Context[NoticeStore], person: Person, pending: Sequence[dict[str, Any]]
) -> list[Match]:
    """The complete pending rows that are stored events of the sender's (see the module
    docstring), in row order; each stored event matched by one row at most."""
    now = ctx.clock.now()
    stored: dict[int, list[Event]] = {}
    used: set[int] = set()
    found: list[Match] = []
    for index, raw in enumerate(pending):
        draft = draft_json.draft_from_json(raw)
        if not drafts.is_complete(draft) or drafts.is_series(draft):
            continue
        org = await organisation_for(ctx, person, raw, create=False)
        if org not in stored:
            live = await ctx.store.events_between(now, None, organisation_id=org)
            stored[org] = [e for e in live if e.status is not EventStatus.CANCELLED]
        same = [
            e
            for e in stored[org]
            if _key(e.title) == _key(draft.title) and e.series_id is None and e.id not in used
        ]
        if len(same) != 1:
            continue
        [new] = drafts.to_new_events(
            draft, organisation_id=org, tz=ctx.config.tz, created_by=person.id
        )
        used.add(same[0].id)
        found.append(Match(index, same[0], new))
    return found


def update_offer(matches: Sequence[Match], orgs: Mapping[int, Any]) -> dict[str, Any]:
    """The summary's context for the offer: the rows whose stored event moves (was / will
    be) and how many are stored unchanged; {} when no row matches."""
    if not matches:
        return {}
    moved = [
        {"title": m.event.title, "old": event_view(m.event, orgs), "new": event_view(m.new, orgs)}
        for m in matches
        if m.moves
    ]
    return {"update_moves": moved, "update_same": sum(1 for m in matches if not m.moves)}


async def import_rows(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, filename: str, rows: Sequence[Any]
) -> list[Reply]:
    """bot.core.features.plans.import_rows, its summary offering «обнови прежние» (a button
    and the rows' old and new times) when rows of the file are events already stored."""
    replies = await plans.import_rows(ctx, person, dialog, filename, rows)
    if not replies or replies[0].template != "import_summary":
        return replies
    offer = update_offer(await plan_matches(ctx, person, dialog.pending), await ctx.orgs())
    if not offer:
        return replies
    first = replies[0]
    update = Button("update_plan", payload(ButtonAction.SAY, t="update_plan"), "primary")
    offered = replace(
        first, context={**first.context, **offer}, buttons=((update,), *first.buttons)
    )
    return [offered, *replies[1:]]


async def update_plan(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """«обнови прежние»: move the matched stored events that changed (each mover told as a
    move tells them), keep the unchanged ones, save the new complete rows; rows still held
    back stay unsaved as with «да». Nothing matched: the plain save's «да» is asked for."""
    if not dialog.pending:
        return [Reply("nothing_pending", {"role": person.role.value})]
    matches = await plan_matches(ctx, person, dialog.pending)
    if not matches:
        return [Reply("plan_update_nothing")]
    orgs = await ctx.orgs()
    replies: list[Reply] = []
    moved: list[Event] = []
    for match in (m for m in matches if m.moves):
        if not can_edit(person, match.event):
            continue
        wanted = replace(
            match.event,
            start=match.new.start,
            end=match.new.end,
            all_day=match.new.all_day,
            end_given=match.new.end_given,
        )
        told = await who_is_told(ctx, person, [match.event], [wanted])
        try:
            after = await ctx.store.update_events([wanted], person.id)
        except EventChangedError as error:
            replies.append(await changed_meanwhile(ctx, error))
            continue
        moved += after
        key = change_key(after, "moved")
        replies += change_notices(told, "moved", person, [match.event], after, orgs, key)
    matched = {m.index for m in matches}
    added = await _add_new(ctx, person, dialog, matched)
    context = {
        "moved": [event_view(e, orgs) for e in moved],
        "same": sum(1 for m in matches if not m.moves),
        "added": [event_view(e, orgs) for e in added],
    }
    dialog.clear_pending()
    notices = await clash_notices(ctx, person, [*moved, *added], "clash_added")
    return [Reply("plan_updated", context), *replies, *notices]


async def _add_new(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, matched: set[int]
) -> list[Event]:
    """Store the complete pending rows that matched no stored event."""
    rows = []
    for index, raw in enumerate(dialog.pending):
        draft = draft_json.draft_from_json(raw)
        if index not in matched and drafts.is_complete(draft):
            rows.append((raw, draft))
    new_events = await plans.new_events_of(ctx, person, rows)
    return await ctx.store.add_events(new_events, person.id) if new_events else []


async def on_update_plan(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """Command handler: «обнови прежние» (or the summary's button)."""
    return await update_plan(ctx, person, dialog, command)


COMMANDS: Commands = {CommandKind.UPDATE_PLAN: on_update_plan}

"""Several events at once (a pasted plan or a plan file): one summary with every clash,
also between the new lines; saving and discarding what is pending."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from bot.core import drafts
from bot.core.calendar_checks import warning_view
from bot.core.clashes import check_calendar, find_clashes
from bot.core.dialog import Dialog
from bot.core.features.adding import clashes_of, continue_draft
from bot.core.features.context import Commands, Context, Routes, match_name, match_organisation
from bot.core.features.notices import NoticeStore, clash_notices
from bot.core.language.buttons import ButtonAction
from bot.core.language.commands import Command, CommandKind
from bot.core.language.meaning import AddEvents
from bot.core.models import Event, NewEvent, OrgKind, Person, Role
from bot.core.permissions import can_add_events
from bot.core.replies import Reply
from bot.core.views import button, clash_view, event_view

log = logging.getLogger(__name__)

PlanStore = NoticeStore


async def plan_summary(
    ctx: Context[PlanStore],
    person: Person,
    dialog: Dialog,
    skipped: Sequence[str] = (),
    *,
    row_errors: Sequence[Mapping[str, Any]] = (),
    filename: str | None = None,
) -> list[Reply]:
    """Several events at once: one summary with every clash, also between the lines.

    Lines without a date or a time are listed for the author to resend, not saved; an
    imported file's bad rows are listed by number (`row_errors`).
    """
    orgs = await ctx.orgs()
    complete = [
        raw
        for raw, draft in zip(dialog.pending, dialog.drafts(), strict=True)
        if drafts.is_complete(draft)
    ]
    incomplete = [d.title for d in dialog.drafts() if not drafts.is_complete(d)]
    dialog.pending = complete
    dialog.settle()  # the summary awaits «да» / «нет»
    left_out = {"incomplete": incomplete, "skipped": list(skipped), "errors": row_errors}
    if not complete:
        dialog.clear_pending()
        return [Reply("plan_incomplete", {**left_out, "filename": filename})]
    batch = [
        drafts.to_new_events(
            drafts.draft_from_json(raw),
            organisation_id=await organisation_for(ctx, person, raw, create=False),
            tz=ctx.config.tz,
            created_by=person.id,
        )
        for raw in complete
    ]
    provisional = _provisional_events(batch)
    items = []
    total = 0
    for index, events in enumerate(batch):
        clashes = await clashes_of(ctx, events)
        siblings = [e for i, group in enumerate(provisional) if i != index for e in group]
        clashes += [c for e in events for c in find_clashes(e, siblings)]
        total += len(clashes)
        view = event_view(events[0], orgs)
        if person.role is Role.CURATOR and complete[index].get("organiser"):
            view["organiser"] = match_name(str(complete[index]["organiser"]), orgs)
        items.append(
            {
                "number": index + 1,
                "row": complete[index].get("row"),
                "event": view,
                "occurrences": len(events),
                "clashes": [clash_view(c, orgs) for c in clashes],
                "calendar": [
                    warning_view(w) for w in await check_calendar(ctx.store, events, ctx.config.tz)
                ],
            }
        )
    template = "import_summary" if filename else "plan_summary"
    context = {**left_out, "items": items, "clash_count": total, "filename": filename}
    buttons = (
        (
            button("save_all", ButtonAction.SAVE, "positive"),
            button("discard", ButtonAction.DISCARD, "negative"),
        ),
    )
    return [Reply(template, context, buttons=buttons)]


async def organisation_for(
    ctx: Context[PlanStore], person: Person, raw: Mapping[str, Any], *, create: bool = True
) -> int:
    """Whose event a pending draft is: the author's organisation, or for a curator the
    organiser an imported row names (a new name becomes a partner organisation when the
    plan is saved; until then the school stands in for it)."""
    name = raw.get("organiser")
    if person.role is Role.CURATOR and name:
        found = match_organisation(str(name), (await ctx.orgs()).values())
        if found is not None:
            return found.id
        if create:
            return (await ctx.store.create_organisation(str(name), OrgKind.PARTNER)).id
    return await ctx.organisation_of(person)


async def save(ctx: Context[PlanStore], person: Person, dialog: Dialog) -> list[Reply]:
    """Store what is pending (one event per recurring occurrence), tell whoever the new
    events clash with; a single incomplete draft asks for what is missing instead."""
    pending = dialog.drafts()
    if not pending:
        return [Reply("nothing_pending")]
    if not can_add_events(person):
        dialog.clear_pending()
        return [Reply("not_allowed_add", {"role": person.role.value})]
    if len(pending) == 1 and drafts.missing_field(pending[0], audience_asked=True):
        return await continue_draft(ctx, person, dialog)
    new_events: list[NewEvent] = []
    for raw, draft in zip(dialog.pending, pending, strict=True):
        series = await ctx.store.next_series_id() if drafts.is_series(draft) else None
        new_events += drafts.to_new_events(
            draft,
            organisation_id=await organisation_for(ctx, person, raw),
            tz=ctx.config.tz,
            created_by=person.id,
            series_id=series,
        )
    saved = await ctx.store.add_events(new_events, person.id)
    dialog.clear_pending()
    dialog.last_event = saved[0].id if saved else None
    notices = await clash_notices(ctx, person, saved, "clash_added")
    context = {
        "count": len(saved),
        "drafts": len(pending),
        "event": event_view(saved[0], await ctx.orgs()),
        "notified": len(notices),
    }
    return [Reply("saved", context), *notices]


def discard(dialog: Dialog) -> list[Reply]:
    """Forget what is pending."""
    dialog.clear_pending()
    return [Reply("discarded")]


def _provisional_events(batch: Sequence[Sequence[NewEvent]]) -> list[list[Event]]:
    """Not-yet-stored events with temporary negative ids, to check a plan against itself."""
    provisional: list[list[Event]] = []
    next_id = -1
    for group in batch:
        events = []
        for new in group:
            events.append(Event(id=next_id, **{f: getattr(new, f) for f in _NEW_EVENT_FIELDS}))
            next_id -= 1
        provisional.append(events)
    return provisional


_NEW_EVENT_FIELDS = tuple(NewEvent.__dataclass_fields__)


async def import_rows(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, filename: str, rows: Sequence[Any]
) -> list[Reply]:
    """A plan file's rows (bot.exports.importer results: ImportedRow with `.draft` or
    RowError with `.reason`) become the pending drafts, summarised with the bad rows."""
    dialog.clear_pending()
    dialog.pending = [
        {**drafts.draft_to_json(r.draft), "organiser": r.organiser, "row": r.row_number}
        for r in rows
        if hasattr(r, "draft")
    ]
    errors = [
        {"row": r.row_number, "reason": str(r.reason), "value": r.value}
        | ({"sheet": r.sheet} if getattr(r, "sheet", None) else {})
        for r in rows
        if not hasattr(r, "draft")
    ]
    return await plan_summary(ctx, person, dialog, row_errors=errors, filename=filename)


async def add_events(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, intent: AddEvents
) -> list[Reply]:
    """A new event (ask what is missing, or show its card) or a pasted plan (a summary)."""
    events = intent.drafts
    if not can_add_events(person):
        return [Reply("not_allowed_add", {"role": person.role.value})]
    dialog.clear_pending()
    dialog.pending = [drafts.draft_to_json(d) for d in events]
    if len(events) == 1:
        return await continue_draft(ctx, person, dialog)
    return await plan_summary(ctx, person, dialog, intent.skipped)


async def on_yes(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "да" or the save button: store what is pending."""
    return await save(ctx, person, dialog) if dialog.pending else [Reply("nothing_pending")]


async def on_no(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "нет": drop what is pending."""
    return discard(dialog) if dialog.pending else [Reply("nothing_pending")]


async def on_discard(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """The discard button."""
    return discard(dialog)


ROUTES: Routes = {AddEvents: add_events}
COMMANDS: Commands = {
    CommandKind.YES: on_yes,
    CommandKind.NO: on_no,
    CommandKind.DISCARD: on_discard,
}

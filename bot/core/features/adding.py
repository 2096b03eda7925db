"""Adding one event: ask for what is missing, take answers and field edits, show the card
(with clashes and free slots) that the person saves or discards (see plans.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from bot.core import drafts
from bot.core.clashes import check_clashes, propose_slots
from bot.core.dialog import (
    Confirmation,
    Dialog,
    DraftField,
    EditableField,
    EditedField,
    MissingField,
)
from bot.core.features.context import Context
from bot.core.language.audience import parse_audience
from bot.core.language.commands import parse_command
from bot.core.language.intents import parse_message
from bot.core.language.when import day_and_time
from bot.core.models import (
    Audience,
    Clash,
    Event,
    EventDraft,
    EventIntent,
    Intent,
    NewEvent,
    Person,
    QueryIntent,
)
from bot.core.ports import Directory, EventStore
from bot.core.replies import Button, Reply
from bot.core.views import button, clash_view, event_view, slot_view

EDITABLE_FIELDS = ("when", "audience", "venue", "title")
MAX_TITLE = 200
_NO_VENUE = re.compile(r"^(?:нет|без места|не указано|-|—)$", re.IGNORECASE)


class DraftStore(Directory, EventStore, Protocol):
    """The ports a draft's card reads (organisations, the plan for clashes)."""


async def continue_draft(ctx: Context[DraftStore], person: Person, dialog: Dialog) -> list[Reply]:
    """Ask for the next missing part of the single pending draft, or show its card."""
    draft = dialog.drafts()[0]
    missing = drafts.missing_field(draft, audience_asked=dialog.audience_asked)
    dialog.waiting = MissingField(DraftField(missing)) if missing else Confirmation()
    if missing is not None:
        return [Reply(f"ask_{missing}", {"title": draft.title})]
    return [await card(ctx, person, draft)]


async def on_edit_answer(
    ctx: Context[DraftStore], person: Person, dialog: Dialog, text: str
) -> list[Reply] | None:
    """The new value for the field being edited («нет» is a value for the venue); «нет»,
    «отмена» or «помощь» otherwise keep their usual meaning."""
    command = parse_command(text)
    if (
        dialog.edited_field() is not EditableField.VENUE
        and command
        and command.kind
        in (
            "no",
            "help",
        )
    ):
        dialog.settle()
        return None
    return await on_answer(ctx, person, dialog, text)


def ask_edit(dialog: Dialog, name: str) -> list[Reply]:
    """The card's "edit" buttons: ask for the new value of one field."""
    if len(dialog.pending) != 1 or name not in EDITABLE_FIELDS:
        return [Reply("nothing_pending")]
    dialog.waiting = EditedField(EditableField(name))
    return [Reply("ask_edit", {"field": name, "title": dialog.drafts()[0].title})]


async def on_answer(
    ctx: Context[DraftStore], person: Person, dialog: Dialog, text: str
) -> list[Reply] | None:
    """Fill the field the bot asked for; None when the text is not an answer to it."""
    editing = dialog.edited_field()
    if editing is not EditableField.TITLE and _is_message(
        text, parse_message(text, ctx.wall_now())
    ):
        return None  # a new event or a question, not an answer
    filled = fill(ctx, dialog.drafts()[0], dialog, text)
    if filled is None and editing:
        return [Reply("ask_edit_again", {"field": editing.value})]
    if filled is None:
        return None if len(text.split()) > 4 else [Reply(f"ask_{dialog.asked_field()}_again", {})]
    if editing:
        dialog.settle()
    dialog.pending = [drafts.draft_to_json(filled)]
    return await continue_draft(ctx, person, dialog)


def fill(
    ctx: Context[DraftStore], draft: EventDraft, dialog: Dialog, text: str
) -> EventDraft | None:
    if (editing := dialog.edited_field()) is not None:
        return edit(ctx, draft, dialog, editing.value, text)
    command = parse_command(text)
    if dialog.asked_field() is DraftField.AUDIENCE:
        if command is not None and command.kind == "everyone":
            dialog.audience_asked = True
            return draft
        audience = parse_audience(text)
        if audience.is_everyone:
            return None
        dialog.audience_asked = True
        return replace(draft, audience=audience)
    named = day_and_time(text, ctx.wall_now())
    if dialog.asked_field() is DraftField.TIME:
        if (command is not None and command.kind == "all_day") or (named and named.all_day):
            return drafts.whole_day(draft)
        if named is None or named.start is None:
            return None
        moved = drafts.with_day(draft, named.day) if named.day else draft
        return drafts.with_time(moved, named.start, named.end)
    if dialog.asked_field() is DraftField.DATE:
        if named is None or named.day is None:
            return None
        dated = drafts.with_day(draft, named.day)
        return drafts.with_time(dated, named.start, named.end) if named.start else dated
    return None


def edit(
    ctx: Context[DraftStore], draft: EventDraft, dialog: Dialog, name: str, text: str
) -> EventDraft | None:
    """A new value for one field of the draft; None when it cannot be understood."""
    value = " ".join(text.split())
    if name == "title":
        return replace(draft, title=value[:MAX_TITLE]) if value else None
    if name == "venue":
        return replace(draft, venue=None if _NO_VENUE.match(value) else value[:MAX_TITLE])
    if name == "audience":
        dialog.audience_asked = True
        command = parse_command(value)
        if command is not None and command.kind == "everyone":
            return replace(draft, audience=Audience())
        audience = parse_audience(value)
        return None if audience.is_everyone else replace(draft, audience=audience)
    named = day_and_time(value, ctx.wall_now())
    command = parse_command(value)
    if (command is not None and command.kind == "all_day") or (named and named.all_day):
        dated = drafts.with_day(draft, named.day) if named and named.day else draft
        return drafts.whole_day(dated)
    if named is None or (named.day is None and named.start is None):
        return None
    moved = drafts.with_day(draft, named.day) if named.day else draft
    return drafts.with_time(moved, named.start, named.end) if named.start else moved


async def card(ctx: Context[DraftStore], person: Person, draft: EventDraft) -> Reply:
    org_id = await ctx.organisation_of(person)
    events = drafts.to_new_events(
        draft, organisation_id=org_id, tz=ctx.config.tz, created_by=person.id
    )
    clashes = await clashes_of(ctx, events)
    slots = await propose_slots(ctx.store, events[0]) if clashes else []
    orgs = await ctx.orgs()
    return Reply(
        "event_card",
        {
            "event": event_view(events[0], orgs),
            "occurrences": len(events),
            "recurrence": draft.recurrence,
            "clashes": [clash_view(c, orgs) for c in clashes],
            "slots": [slot_view(s) for s in slots],
        },
        buttons=(
            (
                button("save", "save", "positive"),
                button("discard", "discard", "negative"),
            ),
            tuple(
                Button("edit", {"a": "edit", "f": name}, context={"field": name})
                for name in EDITABLE_FIELDS
            ),
        ),
    )


async def clashes_of(ctx: Context[DraftStore], events: Sequence[NewEvent | Event]) -> list[Clash]:
    seen: dict[int, Clash] = {}
    for event in events:
        for clash in await check_clashes(ctx.store, event):
            seen.setdefault(clash.other.id, clash)
    return sorted(seen.values(), key=lambda c: (c.other.start, c.other.id))


def _is_message(text: str, intent: Intent) -> bool:
    """True for a new message (an event with a title, or an explicit question) rather than
    a short answer such as "завтра", which the parser alone would take for a query."""
    if isinstance(intent, EventIntent):
        return len(intent.draft.title.split()) > 1
    return isinstance(intent, QueryIntent) and bool(_QUESTION.search(text))


_QUESTION = re.compile(r"\?|^\s*(?:что|какие|покажи|мероприятия)\b", re.IGNORECASE)

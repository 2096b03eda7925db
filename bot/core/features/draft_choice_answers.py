"""The answer to «добавить к ним, заменить их или оставить оба?» (asked when new drafts come
while others are pending; the question itself: bot.core.features.draft_choice): the new
drafts added to the plan, replacing it, kept beside it, or dropped; a correction typed at
the question is shown and the question asked again.
"""

from __future__ import annotations

from typing import Any

from bot.core import draft_json, drafts
from bot.core.dialog import Dialog, DraftChoice, line_numbers
from bot.core.features.adding import own_class_default
from bot.core.features.context import Context
from bot.core.features.draft_choice import TITLES_NAMED, choice_question, numbered
from bot.core.features.pending_drafts import show_pending
from bot.core.features.plan_summaries import PlanStore
from bot.core.language.meaning import ChooseDraft, DraftChoiceKind
from bot.core.models import EventDraft, Person
from bot.core.replies import Reply
from bot.core.views import event_view


async def on_choose_draft(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, answer: ChooseDraft
) -> list[Reply]:
    """Add the new drafts to the pending plan, replace it, keep both (the pending ones are
    put aside until the new ones are done), or («нет») forget the new ones; «да» picks
    none of them, so the question is asked again and nothing is saved."""
    if answer.corrected is not None and len(dialog.incoming) == 1 and dialog.pending:
        # a correction typed at the question is the new draft's: shown, asked again, nothing
        # saved (newcomer walk 2026-12-04ag, AG9)
        dialog.incoming = [{**dialog.incoming[0], **draft_json.draft_to_json(answer.corrected)}]
        dialog.waiting = DraftChoice()
        shown = await _draft_view(ctx, person, answer.corrected)
        return [choice_question(dialog, "draft_choice_corrected", shown=shown)]
    if answer.choice is DraftChoiceKind.AGAIN and dialog.incoming and dialog.pending:
        dialog.waiting = DraftChoice()
        return [choice_question(dialog, "draft_choice_again", answer.fragment)]
    incoming, dialog.incoming = dialog.incoming, []
    if not incoming or not dialog.pending:
        dialog.settle()
        return [Reply("nothing_pending", {"role": person.role.value})]
    choice = answer.choice
    if choice is DraftChoiceKind.DROP:  # each dropped event named (walk m, #8)
        titles = [draft_json.draft_from_json(raw).title for raw in incoming]
        context = {"titles": titles[:TITLES_NAMED], "more": max(0, len(titles) - TITLES_NAMED)}
        return [Reply("draft_choice_dropped", context), *await show_pending(ctx, person, dialog)]
    if choice is DraftChoiceKind.ADD and dialog.open_field() is not None:
        # the kept draft's own question stays open: the new ones wait, named, and come back
        # once it is saved or dropped (newcomer walk 2026-12-02n, #7: «добавь» made it a
        # plan row «все классы» that «да» saved)
        dialog.stashed = incoming + dialog.stashed
        titles = [draft_json.draft_from_json(raw).title for raw in incoming]
        context = {"titles": titles[:TITLES_NAMED], "more": max(0, len(titles) - TITLES_NAMED)}
        return [Reply("draft_choice_later", context), *await show_pending(ctx, person, dialog)]
    if choice is DraftChoiceKind.ADD:
        last = max(line_numbers(dialog.pending), default=0)
        added = [_for_own_class(person, raw) for raw in incoming]
        dialog.pending = dialog.pending + numbered(added, after=last)
    elif choice is DraftChoiceKind.BOTH:
        dialog.stashed = dialog.stashed + dialog.pending
        dialog.pending, dialog.pending_since = incoming, None  # new drafts: their own age
    else:
        dialog.pending, dialog.pending_since = incoming, None
    dialog.audience_asked = False
    return await show_pending(ctx, person, dialog)


def _for_own_class(person: Person, raw: dict[str, Any]) -> dict[str, Any]:
    """A new draft (`raw`, its JSON) added to the open one by «добавь», for a class
    teacher's own class when it names no audience, as its own card would have it
    (adding.own_class_default; chat60: the plan line said «все классы» and was so saved)."""
    own = own_class_default(person, draft_json.draft_from_json(raw), asked=False)
    return raw if own is None else {**raw, **draft_json.draft_to_json(own)}


async def _draft_view(
    ctx: Context[PlanStore], person: Person, draft: EventDraft
) -> dict[str, Any] | None:
    """The event `draft` would store first, as a card shows it (event_view); None for a
    draft with no day yet."""
    if draft.start is None:
        return None
    org_id = await ctx.organisation_of(person)
    events = drafts.to_new_events(
        draft, organisation_id=org_id, tz=ctx.config.tz, created_by=person.id
    )
    return event_view(events[0], await ctx.orgs()) if events else None

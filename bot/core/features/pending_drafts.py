"""The drafts pending in a dialog, shown and put away: the single draft's card or the
plan's summary again (`show_pending`), the open question asked again (`repeat_question`),
the drafts put aside by «оставить оба» brought back once nothing else is pending
(`restore_stashed`), «Не сохранять» (`discard`), and drafts too old to stand in a new
event's way dropped with a word (`drop_stale`).
"""

from __future__ import annotations

from bot.core import drafts
from bot.core.dialog import STALE_DRAFT_AGE, Dialog, DraftChoice, EditableField
from bot.core.features.adding import ask_edit, continue_draft, own_class_default
from bot.core.features.context import Context
from bot.core.features.draft_choice import choice_question
from bot.core.features.held_post_events import ASK_WHERE_KEY
from bot.core.features.plan_summaries import PlanStore, plan_summary
from bot.core.language.meaning import RepeatQuestion
from bot.core.models import Person
from bot.core.replies import Reply


async def show_pending(ctx: Context[PlanStore], person: Person, dialog: Dialog) -> list[Reply]:
    """The pending drafts again: the single draft's card (or its question), else the plan's
    summary."""
    if not dialog.pending:
        return [Reply("nothing_pending", {"role": person.role.value})]
    if len(dialog.pending) == 1:
        return await continue_draft(ctx, person, dialog)
    return await plan_summary(ctx, person, dialog)


async def repeat_question(ctx: Context[PlanStore], person: Person, dialog: Dialog) -> list[Reply]:
    """The open question about the pending drafts, asked again in full: the add / replace /
    keep-both question, the single draft's missing part, or its card (newcomer walk
    2026-12-02m, #15)."""
    if isinstance(dialog.waiting, DraftChoice) and dialog.incoming and dialog.pending:
        return [choice_question(dialog, "draft_choice")]
    return await show_pending(ctx, person, dialog)


async def on_repeat_question(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, intent: RepeatQuestion
) -> list[Reply]:
    """Route handler: «назад» at a draft's question, or a text that answers nothing at the
    add / replace question («Не понял ответ.» and the question)."""
    unclear = intent.unclear and isinstance(dialog.waiting, DraftChoice) and dialog.incoming
    if unclear and dialog.pending:
        return [choice_question(dialog, "draft_choice_unclear")]
    return await repeat_question(ctx, person, dialog)


async def restore_stashed(ctx: Context[PlanStore], person: Person, dialog: Dialog) -> list[Reply]:
    """Drafts put aside by "keep both" come back once nothing else is pending."""
    if dialog.pending or not dialog.stashed:
        return []
    dialog.pending, dialog.stashed = dialog.stashed, []
    restored = [Reply("draft_restored", {"count": len(dialog.pending)})]
    asks_where = [bool(raw.pop(ASK_WHERE_KEY, False)) for raw in dialog.pending]
    # a later event of one post with no place (held_post_events._post_places_held)
    if asks_where == [True] and not open_question(person, dialog):
        return restored + ask_edit(dialog, EditableField.VENUE, person.role.value)
    return restored + await show_pending(ctx, person, dialog)


def open_question(person: Person, dialog: Dialog) -> bool:
    """Whether the single pending draft still lacks a part the bot asks for (its day, time
    or classes, as `continue_draft` sees it: a class teacher's own class stands in for
    classes not named). Such a draft is never saved on «да»: its question is asked again,
    since no card showed what «да» would save (newcomer walk 2026-12-02m, #3: a lecture
    whose classes were never given was saved for «все классы»)."""
    draft = dialog.drafts()[0]
    draft = own_class_default(person, draft, dialog.audience_asked) or draft
    return drafts.missing_field(draft, audience_asked=dialog.audience_asked) is not None


def discard(dialog: Dialog) -> list[Reply]:
    """Forget what is pending."""
    dialog.clear_pending()
    return [Reply("discarded")]


async def discard_and_restore(
    ctx: Context[PlanStore], person: Person, dialog: Dialog
) -> list[Reply]:
    """Forget what is pending; drafts put aside come back."""
    return discard(dialog) + await restore_stashed(ctx, person, dialog)


def drop_stale(ctx: Context[PlanStore], dialog: Dialog) -> list[Reply]:
    """Forget pending drafts too old to stand in a new event's way (Dialog.stale_drafts: the
    day passed, or left unsaved longer than STALE_DRAFT_AGE) before a new event or plan is
    taken: [«draft_stale_dropped»] naming the first (`title`, `count`; an untitled one by its
    school-local `start` and `all_day`, newcomer walk 2026-12-04ai AI2: it was «»), or [] when
    nothing was dropped (newcomer walk 2026-12-01h #12)."""
    if not dialog.stale_drafts(ctx.clock.now(), ctx.wall_now().date()):
        return []
    old = dialog.drafts()
    context = {
        "title": old[0].title,
        "start": old[0].start,
        "all_day": old[0].all_day,
        "count": len(old),
        "days": STALE_DRAFT_AGE.days,
    }
    dialog.clear_pending()
    return [Reply("draft_stale_dropped", context)]

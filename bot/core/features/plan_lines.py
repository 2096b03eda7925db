"""Editing a pending plan by line: «исправь 7: 8 декабря в 16:00», «убери 6»,
«сохрани без 6 и 7».

A line is named by the number the summary shows (bot.core.dialog.line_numbers: a
plan file's rows, else the places in the plan). «исправь N: …» takes a whole new line
(an event with its title) or a new day/time, or new classes, for line N; the summary (or the
single draft's card) is shown again, so nothing is saved before «да».
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.core import draft_json
from bot.core.dialog import Dialog, DraftChoice, EditableField, line_numbers
from bot.core.features.adding import last_venue
from bot.core.features.changing import change_still_open
from bot.core.features.context import Commands, Context, Routes
from bot.core.features.draft_choice import choice_question
from bot.core.features.held_plan_lines import hint_day
from bot.core.features.move_by_text import on_correct_saved
from bot.core.features.named_lines import named_line, retime_line
from bot.core.features.pending_drafts import show_pending
from bot.core.features.plan_saving import save
from bot.core.features.plan_summaries import SKIPPED_KEY, PlanStore, unread_lines
from bot.core.features.plans import LINE_KEYS, line_retimed
from bot.core.language.answers import Asked, edit
from bot.core.language.commands import CommandKind, DropLinesCommand, FixLineCommand
from bot.core.language.draft_corrections import correct
from bot.core.language.field_corrections import field_value
from bot.core.language.intents import parse_message
from bot.core.language.meaning import CorrectSaved
from bot.core.language.post_events import POST_KEY
from bot.core.language.same_venue import names_same_place
from bot.core.models import EventDraft, EventIntent, Person
from bot.core.month_days import day_of_period, held_for_a_day
from bot.core.replies import Reply


def line_index(dialog: Dialog, number: int) -> int | None:
    """The index in `dialog.pending` of the line shown as `number`, or None."""
    numbers = line_numbers(dialog.pending)
    return numbers.index(number) if number in numbers else None


def _fixed(draft: EventDraft, text: str, ctx: Context[Any]) -> EventDraft | None:
    """Line `draft` corrected by `text`: a new place or title named as on a card («место
    ауд. 101», «название Экскурсия в лабораторию»: attack v, #22), else a whole event
    replaces it (its title given), else a new day and/or time, else new classes; None when
    `text` is none of these."""
    now = ctx.wall_now()
    # a line «декабрь» saved as a run through it (files75): a day written for it replaces
    # the run; a correction of anything else (classes, place, title) keeps the run
    held = held_for_a_day(draft)
    text = day_of_period(text, held.period)  # «исправь 4: 15» on a line held «март»
    labelled = field_value(text)
    if labelled is not None and labelled.field in (EditableField.VENUE, EditableField.TITLE):
        return correct(draft, None, text, now)
    parsed = parse_message(text, now)
    if isinstance(parsed, EventIntent) and parsed.draft.title.strip():
        return parsed.draft
    for name in (EditableField.WHEN, EditableField.AUDIENCE):
        asked = Asked(None, name, audience_asked=True)
        fixed = edit(held if name is EditableField.WHEN else draft, asked, name, text, now)
        if fixed is not None and name is EditableField.AUDIENCE:
            # the classes named settle a plan file's empty classes cell
            return replace(fixed, doubts=tuple(d for d in fixed.doubts if d != "no_audience"))
        if fixed is not None:
            return fixed
    return None


async def _earlier_place(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, index: int
) -> str | None:
    """What «исправь N: место тот же» means: the place of the nearest line above N that
    has one, else of the writer's last stored event (adding.last_venue); None when neither
    has one (the text is then read as any other fix)."""
    above = [d.venue for d in dialog.drafts()[:index] if d.venue]
    return above[-1] if above else await last_venue(ctx, person)


def _choice_first(dialog: Dialog) -> list[Reply] | None:
    """While the add / replace / keep-both question about a new plan is open, a line's
    number could be the pending plan's or the new one's: the question is asked first,
    nothing is edited (walk t, #4: «исправь 8» silently chose «оставь оба» and edited the
    earlier plan). None when that question is not open."""
    if isinstance(dialog.waiting, DraftChoice) and dialog.incoming:
        return [choice_question(dialog, "draft_choice_line_first")]
    return None


async def fix_line(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: FixLineCommand
) -> list[Reply]:
    """ "исправь 7: 8 декабря в 16:00": correct one pending line, show the plan again (not
    while a move or cancel card waits for its «да» / «нет»: changing.change_still_open)."""
    if not dialog.pending:
        return [Reply("plan_nothing_to_fix")]
    if (choice := _choice_first(dialog)) is not None:
        return choice
    if (still_open := await change_still_open(ctx, dialog, command.number)) is not None:
        return still_open
    index = line_index(dialog, command.number)
    if index is None:
        return [Reply("plan_no_line", {"numbers": [command.number]})]
    draft = dialog.drafts()[index]
    fixed = _fixed(draft, command.text, ctx)
    labelled = field_value(command.text)
    if names_same_place(command.text) and (
        labelled is None or labelled.field is EditableField.VENUE
    ):
        earlier = await _earlier_place(ctx, person, dialog, index)  # «место тот же», «там же»
        fixed = replace(draft, venue=earlier) if earlier is not None else fixed
    if fixed is None:
        context = {"number": command.number, "example_day": hint_day(ctx.wall_now().date())}
        return [Reply("plan_fix_not_understood", context)]
    raw = dialog.pending[index]
    extra: dict[str, Any] = {k: raw[k] for k in LINE_KEYS if k in raw}
    dialog.pending[index] = {**draft_json.draft_to_json(fixed), **extra}
    dialog.settle()
    title = fixed.title or draft.title
    return [Reply("plan_line_fixed", {"number": command.number, "title": title})] + (
        await show_pending(ctx, person, dialog)
    )


async def drop_lines(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: DropLinesCommand
) -> list[Reply]:
    """ "убери 6" (show the rest) or "сохрани без 6" (save the rest); not while a move or
    cancel card is open (changing.change_still_open)."""
    if not dialog.pending:
        return [Reply("plan_nothing_to_fix")]
    if (choice := _choice_first(dialog)) is not None:
        return choice
    opened = await change_still_open(ctx, dialog, command.numbers[0]) if command.numbers else None
    if opened is not None:
        return opened
    indexes = [line_index(dialog, n) for n in command.numbers]
    missing = [n for n, i in zip(command.numbers, indexes, strict=True) if i is None]
    if missing:
        return [Reply("plan_no_line", {"numbers": missing})]
    dropped = {i for i in indexes if i is not None}
    if command.keep:  # «только 1»: every line but those named
        dropped = set(range(len(dialog.pending))) - dropped
    titles = [d.title for i, d in enumerate(dialog.drafts()) if i in dropped]
    one_post = all(raw.get(POST_KEY) for raw in dialog.pending)  # no «строку 2» for a post
    numbers = list(command.numbers)
    if command.keep:
        numbers = [n for i, n in enumerate(line_numbers(dialog.pending)) if i in dropped]
    unread = unread_lines(dialog)
    dialog.pending = [raw for i, raw in enumerate(dialog.pending) if i not in dropped]
    if dialog.pending and unread:  # the unread lines stay with the plan's first line
        dialog.pending[0] = {**dialog.pending[0], SKIPPED_KEY: unread}
    note = Reply("plan_lines_dropped", {"numbers": numbers, "titles": titles, "one_post": one_post})
    if not dialog.pending:
        dialog.clear_pending()
        return [note, Reply("plan_emptied")]
    dialog.settle()
    if command.save:
        return [note, *await save(ctx, person, dialog)]
    return [note, *await show_pending(ctx, person, dialog)]


async def on_fix_line(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: FixLineCommand
) -> list[Reply]:
    """Command handler: «исправь N: …»."""
    return await fix_line(ctx, person, dialog, command)


async def on_drop_lines(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, command: DropLinesCommand
) -> list[Reply]:
    """Command handler: «убери N» / «сохрани без N»."""
    return await drop_lines(ctx, person, dialog, command)


async def on_correct_line(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, intent: CorrectSaved
) -> list[Reply]:
    """«экскурсия не в 12, а в 12:30» while a plan is pending: the line its words name gets
    the new time, as «исправь N: в 12:30» (named_lines; newcomer77: it was «Не понял, что
    исправить»); anything else is a saved event's correction (move_by_text)."""
    index = named_line(dialog, intent.reference) if intent.reference else None
    if index is not None and _choice_first(dialog) is None:
        fixed = retime_line(dialog, index, intent.when, ctx.wall_now())
        if fixed is not None:
            return await line_retimed(ctx, person, dialog, fixed)
    return await on_correct_saved(ctx, person, dialog, intent)


COMMANDS: Commands = {CommandKind.FIX_LINE: on_fix_line, CommandKind.DROP_LINES: on_drop_lines}
# after move_by_text.ROUTES in the planner: a correction naming a pending line is that line's
ROUTES: Routes = {CorrectSaved: on_correct_line}

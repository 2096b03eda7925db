"""A new event or several at once (a pasted plan, one post's events) typed in the chat: the
entry that makes them the pending drafts, and the router's table of the plan handlers.

Drafts are never silently lost: a new event while drafts are pending asks whether to add it
to them, replace them, or keep both (the pending ones are put aside and shown again once
the new ones are saved or dropped). Lines are numbered (a file's by its row) so that
bot.core.features.plan_lines can edit them: «исправь 7: …», «убери 6», «сохрани без 6».

The rest of the concern lives beside it, one module each: plan_summaries (the summary),
held_plan_lines (the lines it holds back), plan_saving («да» stores them), plan_copies (rows
already stored or repeated), held_post_events (one post's events still owing a question),
pending_drafts (shown again, put aside, discarded, dropped when stale), plan_imports (a plan
file's rows), draft_choice_answers (add / replace / keep both) and save_answers («да»,
«нет»). `PlanStore` and `repeat_question` are importable from here too (bot.core.features.chat).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from bot.core import draft_json, drafts
from bot.core.dialog import Dialog, EditableField
from bot.core.features import organisers, school_cards
from bot.core.features.adding import ask_edit, continue_draft, last_venue
from bot.core.features.context import Commands, Context, Routes
from bot.core.features.draft_choice import ask_add_or_replace, numbered
from bot.core.features.draft_choice_answers import on_choose_draft
from bot.core.features.held_post_events import post_same_place
from bot.core.features.move_by_text import looks_like_move
from bot.core.features.named_lines import retime_line, retimes_a_line
from bot.core.features.pending_drafts import drop_stale, on_repeat_question, show_pending
from bot.core.features.pending_drafts import repeat_question as repeat_question  # re-exported
from bot.core.features.plan_summaries import SKIPPED_KEY, plan_summary
from bot.core.features.plan_summaries import PlanStore as PlanStore  # re-exported
from bot.core.features.queries import answer_query
from bot.core.features.save_answers import on_discard, on_no, on_save_copy, on_yes
from bot.core.language.commands import CommandKind
from bot.core.language.meaning import AddEvents, ChooseDraft, RepeatQuestion
from bot.core.language.post_events import POST_KEY
from bot.core.language.questions import asked_period, asks_what_is_on
from bot.core.language.same_venue import mentions_same_place, names_same_place, without_same_place
from bot.core.models import EventDraft, Person, Role
from bot.core.permissions import can_add_events
from bot.core.replies import Reply
from bot.core.school_settings import load_school_calendar


async def _refused_or_asked(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, intent: AddEvents
) -> list[Reply]:
    """What someone who may not add events gets for a message read as an event: a student's
    message that asks what is on («… на следующей неделе … что там есть») gets the plan of
    the period it names, or «не понял» with the student's examples when it names none —
    never the refusal meant for someone pasting an event (walk r, 2026-12-02, #15)."""
    text = " ".join(d.description or "" for d in intent.drafts)
    if person.role is Role.STUDENT and asks_what_is_on(text):
        query = asked_period(text, ctx.wall_now())
        if query is None:
            return [Reply("not_understood", {"role": person.role.value})]
        return await answer_query(ctx, person, dialog, query)
    return [Reply("not_allowed_add", {"role": person.role.value})]


async def add_events(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, intent: AddEvents
) -> list[Reply]:
    """A new event (ask what is missing, or show its card) or a pasted plan (a summary,
    naming its lines marked cancelled, which are never saved: walk 2026-12-01k, #7)."""
    if not can_add_events(person):
        return await _refused_or_asked(ctx, person, dialog, intent)
    events = await _at_bells(ctx, intent.drafts)
    if not events:  # every event line of the pasted plan is marked cancelled
        return [_all_cancelled(intent)]
    single = len(events) == 1 and not intent.cancelled
    moved = await looks_like_move(ctx, person, dialog, events[0]) if single else None
    if moved is not None:  # «Лекция переносим на 11.12» is no new event
        return moved
    said = events[0].description or ""
    events, asks_where = await _same_place(ctx, person, intent, events, single)
    new = _pending_lines(person, intent, events, single)
    if school_cards.is_for_schools(dialog):  # an event for several schools is open (issue 14)
        if not _corrects(dialog, events):
            return [Reply("schools_pending_first", {"title": dialog.drafts()[0].title})]
        new[0][school_cards.SCHOOLS_KEY] = dialog.pending[0][school_cards.SCHOOLS_KEY]
    dropped = drop_stale(ctx, dialog)
    held_line = _held_line_resent(dialog, events)
    if held_line is not None:  # «пришлите их отдельно»: the held line sent again, corrected
        kept = {k: v for k, v in dialog.pending[held_line].items() if k in LINE_KEYS}
        dialog.pending[held_line] = {**new[0], **kept}
        return [*dropped, *await plan_summary(ctx, person, dialog)]
    retimed = retimes_a_line(dialog, events)
    if retimed is not None:  # «экскурсия в 12:30» under a plan: that line's time (newcomer77)
        fixed = retime_line(dialog, retimed, said, ctx.wall_now())
        if fixed is not None:
            return [*dropped, *await line_retimed(ctx, person, dialog, fixed)]
    if dialog.pending and not _corrects(dialog, events):
        return ask_add_or_replace(dialog, new)
    dropped += _replaced_note(dialog, events)
    dialog.clear_pending()
    dialog.pending = new
    if asks_where:  # «Адрес тот же» with no earlier place: «Где пройдёт …?»
        return [*dropped, *ask_edit(dialog, EditableField.VENUE, person.role.value)]
    if single:
        return [*dropped, *await continue_draft(ctx, person, dialog)]
    summary = await plan_summary(ctx, person, dialog, intent.skipped, cancelled=intent.cancelled)
    return [*dropped, *summary]


async def _at_bells(
    ctx: Context[PlanStore], events: tuple[EventDraft, ...]
) -> tuple[EventDraft, ...]:
    """`events` with a time given by a lesson («на большой перемене», «после 3 урока») timed
    by the school's bells (drafts.at_bells); as they are when none is. A capitalised
    «НА БОЛЬШОЙ ПЕРЕМЕНЕ» is asked about for a single event only."""
    if not any({"lesson_time", "lesson_clock"} & set(d.doubts) for d in events):
        return events
    calendar = await load_school_calendar(ctx.store)
    single_event = len(events) == 1  # «НА БОЛЬШОЙ ПЕРЕМЕНЕ» asked of one event only
    return tuple(drafts.at_bells(d, None, calendar, capitals_asked=single_event) for d in events)


def _all_cancelled(intent: AddEvents) -> Reply:
    """«plan_incomplete» for a pasted plan whose every event line is marked cancelled: its
    unread lines (`intent.skipped`) and the cancelled ones named, nothing pending."""
    left_out = {"incomplete": [], "incomplete_lines": [], "skipped": list(intent.skipped)}
    nothing: dict[str, Any] = {"errors": [], "year_lines": [], "filename": None}
    return Reply("plan_incomplete", {**left_out, **nothing, "cancelled": list(intent.cancelled)})


async def _same_place(
    ctx: Context[PlanStore],
    person: Person,
    intent: AddEvents,
    events: tuple[EventDraft, ...],
    single: bool,
) -> tuple[tuple[EventDraft, ...], bool]:
    """`events` with «адрес тот же» / «там же» read when the first names no place, and
    whether «Где пройдёт …?» is to be asked: a single event takes the writer's last place
    (walk t, #22; the phrase out of its title: attack v, #13), asked when there is none or
    when it only mentions the same place («Сбор у проходной, там же выдадим пропуска»:
    attack v, #12); one post's events take it too (held_post_events.post_same_place)."""
    said = events[0].description or ""
    if single and events[0].venue is None and names_same_place(said):
        venue = await last_venue(ctx, person)  # «Адрес тот же» (walk t, #22)
        title = without_same_place(events[0].title)  # not «…, Адрес тот же» (attack v, #13)
        return (replace(events[0], venue=venue, title=title),), venue is None
    if single and events[0].venue is None and mentions_same_place(said):
        return events, True  # «Сбор у проходной, там же выдадим пропуска» (attack v, #12)
    if intent.one_post and events[0].venue is None and names_same_place(said):
        return await post_same_place(ctx, person, events), False
    return events, False


def _pending_lines(
    person: Person, intent: AddEvents, events: Sequence[EventDraft], single: bool
) -> list[dict[str, Any]]:
    """The pending lines (numbered JSON drafts) `events` become: a plan's first line keeps
    its unread lines (SKIPPED_KEY, named again by «Сохранено»: walk 2026-12-02n), one post's
    lines are marked POST_KEY, and a single event's or a post's host is attached (a
    partner's post pasted by the staff: organisers.attach)."""
    new = numbered([draft_json.draft_to_json(d) for d in events])
    if intent.skipped and len(new) > 1:  # named again by «Сохранено» (walk 2026-12-02n)
        new[0][SKIPPED_KEY] = list(intent.skipped)
    if intent.one_post:
        new = [{**line, POST_KEY: True} for line in new]
    if single or intent.one_post:  # a partner's post pasted by the staff: its host's
        organisers.attach(person, new)
    return new


def _replaced_note(dialog: Dialog, events: Sequence[EventDraft]) -> list[Reply]:
    """[«draft_replaced»] naming the pending draft a new one with its title replaces
    (`_corrects`) when the two are on different days (another day may be another event:
    a weekly «Лекция»), so the card it replaces is named, never dropped unseen (newcomer
    walk 2026-12-02m, #8: an open card of a 6 December «Лекция» vanished under a 12
    December one); [] otherwise."""
    if not dialog.pending or not _corrects(dialog, events):
        return []
    old, new = dialog.drafts()[0], events[0]
    if old.start is None or new.start is None or old.start.date() == new.start.date():
        return []  # the same day at another hour, or no day yet: the correction the card asks for
    context = {
        "title": old.title,
        "start": old.start,
        "end": old.end,
        "all_day": old.all_day,
        "venue": old.venue,
    }
    return [Reply("draft_replaced", context)]


LINE_KEYS = ("organiser", "row", "sheet", "line", "file", "apart", SKIPPED_KEY, POST_KEY)


def _held_line_resent(dialog: Dialog, events: Sequence[EventDraft]) -> int | None:
    """The index of the pending plan's held-back line (one `drafts.is_complete` refuses) that a
    single new event with its title corrects («Конкурс чтецов 22 декабря в 11:30, 5А» for
    a line under «21–25 декабря:» kept pending for its day); None when there is none, the
    pending drafts are no plan, or a question about new drafts is open."""
    if len(events) != 1 or len(dialog.pending) < 2 or dialog.incoming:
        return None
    title = events[0].title.casefold().strip()
    for index, draft in enumerate(dialog.drafts()):
        if not drafts.is_complete(draft) and draft.title.casefold().strip() == title:
            return index
    return None


async def line_retimed(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, fixed: tuple[int, str]
) -> list[Reply]:
    """The reply to a plan line retimed by its name (named_lines.retime_line: its number and
    title `fixed`): «✏️ Исправил строку N («…»)» and the plan again, as «исправь N: …»."""
    number, title = fixed
    note = Reply("plan_line_fixed", {"number": number, "title": title})
    return [note, *await show_pending(ctx, person, dialog)]


def _corrects(dialog: Dialog, events: Sequence[EventDraft]) -> bool:
    """A single new event with the single pending draft's title is the corrected version
    the card asks for ("или пришлите исправленный вариант"), not another event."""
    if len(events) != 1 or len(dialog.pending) != 1:
        return False
    return events[0].title.casefold().strip() == dialog.drafts()[0].title.casefold().strip()


ROUTES: Routes = {
    AddEvents: add_events,
    ChooseDraft: on_choose_draft,
    RepeatQuestion: on_repeat_question,
}


COMMANDS: Commands = {
    CommandKind.YES: on_yes,
    CommandKind.NO: on_no,
    CommandKind.DISCARD: on_discard,
    CommandKind.SAVE_COPY: on_save_copy,
}

"""One pasted post's several events (every pending line marked POST_KEY) before «да» saves
them: the lines that still owe a question are put aside (`dialog.stashed`) to come back one
by one and be asked as a post of one event is — their classes when none names any, a past
day's year, «Где пройдёт …?» for a later event with no place of its own (ASK_WHERE_KEY) —
and «там же» gives events with no place the writer's last one (attack v, attack w).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.core import drafts
from bot.core.dialog import Dialog, EditableField
from bot.core.features.adding import ask_edit, continue_draft, last_venue, own_class_default
from bot.core.features.context import Context
from bot.core.features.plan_summaries import PlanStore
from bot.core.language.answers import year_confirmed
from bot.core.language.post_events import POST_KEY
from bot.core.language.same_venue import names_same_place
from bot.core.models import EventDraft, Person
from bot.core.replies import Reply

# a line put aside by _post_places_held: «Где пройдёт …?» is asked when it comes back
ASK_WHERE_KEY = "ask_where"


async def post_held(ctx: Context[PlanStore], person: Person, dialog: Dialog) -> list[Reply] | None:
    """A pasted post's several events (every pending row from one post): the question still
    owed before saving — classes when none of them names any, a past day's year, the one
    place left to ask about (attack w, #8) — or None to save them (`dialog.pending` may
    have changed: places and years taken in)."""
    if _post_classes_held(person, dialog):  # none of the post's events names classes
        return await continue_draft(ctx, person, dialog)
    _post_places_held(dialog)
    if _post_years_held(dialog):  # every event of the post on a day already past
        return await continue_draft(ctx, person, dialog)
    if len(dialog.pending) == 1 and dialog.pending[0].pop(ASK_WHERE_KEY, False):
        return ask_edit(dialog, EditableField.VENUE, person.role.value)  # attack w, #8
    return None


def _post_classes_held(person: Person, dialog: Dialog) -> bool:
    """One post's events (POST_KEY) naming no classes are put aside (`dialog.stashed`), to
    come back one by one after the others are saved and be asked their classes as a post
    of one event is: «да» to «Сохранить оба?» saved them for «все классы» (attack v, #8).
    True when none names classes: the first stays pending alone, its question to ask."""
    lines = [{k: v for k, v in raw.items() if k != POST_KEY} for raw in dialog.pending]
    open_ = [
        drafts.missing_field(
            own_class_default(person, d, dialog.audience_asked) or d,
            audience_asked=dialog.audience_asked,
        )
        == "audience"
        for d in dialog.drafts()
    ]
    if not any(open_):
        return False
    kept = [raw for raw, held in zip(dialog.pending, open_, strict=True) if not held]
    held = [line for line, held in zip(lines, open_, strict=True) if held]
    if not kept:
        kept, held = held[:1], held[1:]
    dialog.pending, dialog.stashed = kept, held + dialog.stashed
    return len(kept) == 1 and not kept[0].get(POST_KEY)


def _post_years_held(dialog: Dialog) -> bool:
    """One post's events on a day already past this school year («… Также 5 декабря в
    15:00 лекция для 9Б.» sent on 7 December) are put aside (`dialog.stashed`), to come back
    one by one after the others are saved and be asked «…уже прошёл — имеется в виду 5
    декабря 2027 года? Если нет — на какой день …?» as a post of one event is: in a post
    such a day is more likely a slip than an event a year ahead, and «да» to the summary
    saved it in next year unasked, a plan's rule (attack w, #12; the summary says so:
    plan_summary.j2). True when every event was such: the first stays pending alone."""
    held_at = {
        n
        for n, draft in enumerate(dialog.drafts())
        if drafts.line_problem(draft) == "year_guessed"
        and (taken := year_confirmed(draft)) is not None
        and drafts.is_complete(taken)
    }
    if not held_at:
        return False
    lines = [{k: v for k, v in raw.items() if k != POST_KEY} for raw in dialog.pending]
    kept = [raw for n, raw in enumerate(dialog.pending) if n not in held_at]
    held = [line for n, line in enumerate(lines) if n in held_at]
    if not kept:
        kept, held = held[:1], held[1:]
    dialog.pending, dialog.stashed = kept, held + dialog.stashed
    return len(kept) == 1 and not kept[0].get(POST_KEY)


def _post_places_held(dialog: Dialog) -> None:
    """One post's later events with no place of their own while the first has one are put
    aside (`dialog.stashed`), to come back alone after the others are saved and be asked
    «Где пройдёт …?»: the post may mean the first's place or none, and «оба» saved them with
    no place unasked (attack v, #21). A line already put aside for its classes is left."""
    found = dialog.drafts()
    if found[0].venue is None:
        if names_same_place(found[0].description or ""):  # «там же» with no place known
            _post_first_unplaced(dialog)
        return
    held = {n for n, draft in enumerate(found) if n > 0 and draft.venue is None}
    if not held:
        return
    lines = [
        {**{k: v for k, v in raw.items() if k != POST_KEY}, ASK_WHERE_KEY: True}
        for n, raw in enumerate(dialog.pending)
        if n in held
    ]
    kept = [raw for n, raw in enumerate(dialog.pending) if n not in held]
    dialog.pending, dialog.stashed = kept, lines + dialog.stashed


async def post_same_place(
    ctx: Context[PlanStore], person: Person, events: Sequence[EventDraft]
) -> tuple[EventDraft, ...]:
    """One post's events when it says «там же» / «адрес тот же» and its first event names
    no place: those with no place take the writer's last one, as a single post does (attack
    w, #8: «Лекция … для 9А. Также … лекция … для 9Б, там же» after an event in ауд. 310);
    with none known they stay without, asked on «да» (_post_first_unplaced)."""
    venue = await last_venue(ctx, person)
    return tuple(replace(e, venue=e.venue or venue) for e in events)


def _post_first_unplaced(dialog: Dialog) -> None:
    """One post whose first event names no place: it stays pending alone, marked to be
    asked «Где пройдёт …?» (as the same event sent alone is), and the others are put aside
    (`dialog.stashed`), those with no place marked too; «да» saved them all with no place,
    never asked (attack w, #8)."""
    found = dialog.drafts()
    lines = [
        {k: v for k, v in raw.items() if k != POST_KEY}
        | ({ASK_WHERE_KEY: True} if draft.venue is None else {})
        for raw, draft in zip(dialog.pending, found, strict=True)
    ]
    dialog.pending, dialog.stashed = lines[:1], lines[1:] + dialog.stashed

"""Moving an event named in words, and correcting a saved event.

«перенеси концерт на 30 декабря» looks the event up by its title words (as
bot.core.features.cancel_by_text does for «отмени концерт»), never by the event last
looked at: after «отмени 1» the last one is the event just cancelled. «перенеси 2 на …» and
«перенеси его на …» keep the list number and the last event.

«нет, 26 декабря» / «ошибся, концерт не 25, а 26 декабря» typed when no draft is open is a
correction of a saved event (newcomer walk 2026-12-01): the event named, else the one just
saved or looked at, is offered the usual move card, so nothing changes before «да». When the
event cannot be told, a polite reply says how to move one.

A move in ordinary words («лекцию переносим на 11.12 в то же время», read by
bot.core.language.move_phrases) comes here as the same MoveCommand; a new event written with
a moving verb that matches one's own upcoming event is stopped by `looks_like_move` (newcomer
walk 2026-12-01, finding 1: it was saved as a duplicate).
"""

from __future__ import annotations

import re
from datetime import date

from bot.core.dialog import ChangeScope, Dialog, EditableField, ListAction, ReadingChoice
from bot.core.features import editing
from bot.core.features.cancel_by_text import (
    cancelled_match,
    live_events,
    matching_events,
    not_found,
    other_school_named,
)
from bot.core.features.card_unchanged import readings_reply
from bot.core.features.changing import (
    ChangingStore,
    ask_move,
    cancelled_move_refusal,
    editable,
)
from bot.core.features.context import Context, Routes
from bot.core.features.queries import LIST_LIMIT
from bot.core.language.commands import MoveCommand
from bot.core.language.draft_corrections import number_readings, replaced_day, typed_number
from bot.core.language.edit_phrases import EditCommand
from bot.core.language.field_corrections import field_value
from bot.core.language.meaning import CorrectSaved, ReadingDeclined
from bot.core.language.move_phrases import move_verb
from bot.core.models import Event, EventDraft, Person, Role
from bot.core.replies import Reply
from bot.core.views import days_view


async def on_move(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, command: MoveCommand
) -> list[Reply]:
    """ "перенеси 2 на пятницу в 15:00" / "перенеси концерт на 30 декабря": the move card of
    the event numbered, named or last looked at (after the scope question)."""
    if command.reference and command.event_id is None:
        return await _move_named(ctx, person, dialog, command.reference, command.when)
    if command.event_id is None and not command.when.strip() and person.role is not Role.STUDENT:
        return await _move_which(ctx, person, dialog)  # «придётся перенести»: which one?
    return await ask_move(
        ctx, person, dialog, command.event_id, command.when, card_start=command.card_start
    )


async def _move_which(ctx: Context[ChangingStore], person: Person, dialog: Dialog) -> list[Reply]:
    """A move asked with neither its event nor its new day («придётся перенести» with no
    event looked at): the person's own live events to pick from («2», then «на когда?»);
    the one there is asked about at once; none gets the usual «какое мероприятие?»."""
    found = await live_events(ctx, person)
    if len(found) == 1:
        return await ask_move(ctx, person, dialog, found[0].id, "")
    if not found:
        return [Reply("no_event_to_edit")]
    return await _list_to_move(ctx, dialog, found, "")


async def _list_to_move(
    ctx: Context[ChangingStore], dialog: Dialog, found: list[Event], when: str
) -> list[Reply]:
    """The numbered list «какое перенести?» (`when`: the new day and time said, "" when
    they are still to be asked); «2» then moves the second."""
    shown = found[:LIST_LIMIT]
    dialog.ask_on_list([e.id for e in shown], ListAction.MOVE, when=when)
    days = days_view(shown, await ctx.orgs(), today=ctx.wall_now().date())
    return [Reply("move_which", {"days": days, "when": when})]


async def on_correct_saved(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, intent: CorrectSaved
) -> list[Reply]:
    """«нет, 26 декабря» with no draft open: the move card of the event named or just saved
    (school wall-clock `when`); a pointer to «перенеси …» when no such event can be told."""
    if person.role is Role.STUDENT:  # students change no events
        return [Reply("not_understood", {"role": person.role.value})]
    unclear = Reply("correction_which_event", {"drafts": bool(dialog.pending)})
    if dialog.pending:
        return [unclear]
    was_day = replaced_day(intent.was, intent.when, ctx.wall_now())
    if was_day is not None:  # «не 15 декабря, а 17»: the event on the 15th (walk t, #1)
        return await _corrected_on_day(ctx, person, dialog, intent, was_day)
    if intent.reference:
        found = await matching_events(ctx, person, intent.reference, every_word=True)
        if len(found) != 1:
            return [unclear]
        return await _corrected(ctx, person, dialog, intent, found[0])
    event = await editable(ctx, person, dialog.last_event)
    if isinstance(event, Reply):
        return [unclear]
    return await _corrected(ctx, person, dialog, intent, event)


async def _corrected_on_day(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, intent: CorrectSaved, day: date
) -> list[Reply]:
    """The correction of the event on `day`, the day the correction says is wrong («не 15
    декабря, а 17»): of the person's live events on that day (those the correction's words
    name, when it names some), the one just saved or looked at, else the only one; several
    are listed to choose from; none is said (newcomer walk 2026-12-02t, #1: the event of
    the 16th was moved instead). An event on another day is never taken."""
    tz = ctx.config.tz
    found = [e for e in await live_events(ctx, person) if e.start.astimezone(tz).date() == day]
    if intent.reference and found:
        named = {
            e.id for e in await matching_events(ctx, person, intent.reference, every_word=True)
        }
        found = [e for e in found if e.id in named]
    last = [e for e in found if e.id == dialog.last_event]
    if last or len(found) == 1:
        return await _corrected(ctx, person, dialog, intent, (last or found)[0])
    if not found:
        return [Reply("correction_no_event_on_day", {"day": day})]
    return await _list_to_move(ctx, dialog, found, intent.when)


async def _corrected(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, intent: CorrectSaved, event: Event
) -> list[Reply]:
    """The move card for the correction of `event`; when its bare number reads more than
    one way (the day, the hour, the classes: newcomer walk 2026-12-01g, #6), the question
    which (its buttons correct the event, now the last one looked at); a number that can
    only be the classes gives the classes' change card."""
    local = event.start.astimezone(ctx.config.tz).replace(tzinfo=None)
    readings = number_readings(intent.when, intent.was, local, event.audience)
    if len(readings) > 1:  # asked until answered, by button or in words (walk 12-01i, #5)
        dialog.last_event = event.id
        dialog.waiting = ReadingChoice(event.id, intent.when, intent.was, local, event.audience)
        again = intent.again
        return [readings_reply(intent.when, readings, saved=True, again=again, now=ctx.wall_now())]
    labelled = field_value(readings[0].text) if len(readings) == 1 else None
    if labelled is not None and labelled.field is EditableField.AUDIENCE:
        command = EditCommand(labelled.field, labelled.value, event_id=event.id)
        return await editing.on_edit(ctx, person, dialog, command)
    return await ask_move(ctx, person, dialog, event.id, _typed(ctx, intent, event))


async def on_reading_declined(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, intent: ReadingDeclined
) -> list[Reply]:
    """«нет» to the question which reading of a correction: closed, nothing changed."""
    dialog.settle()
    return [Reply("change_dropped")]


def _typed(ctx: Context[ChangingStore], intent: CorrectSaved, event: Event) -> str:
    """The correction's day or time, a bare number typed by the value it replaces on the
    event («не 5, а 12» on an event of 5 December: "12-го"; at 5 o'clock: "в 12")."""
    local = event.start.astimezone(ctx.config.tz).replace(tzinfo=None)
    return typed_number(intent.when, intent.was, local)


async def _move_named(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, reference: str, when: str
) -> list[Reply]:
    """The move card of the one live event `reference` names, or a list to choose from."""
    if person.role is Role.STUDENT:
        return [Reply("not_understood", {"role": person.role.value})]
    elsewhere = other_school_named(ctx, reference)
    if elsewhere is not None:
        return [elsewhere]
    reference, whole = _without_series_words(reference)
    found = await matching_events(ctx, person, reference, every_word=True)
    if len(found) > 1 and len({e.series_id for e in found}) == 1 and found[0].series_id:
        found = [min(found, key=lambda e: e.start)]  # one series: its next meeting, then scope
    if len(found) == 1:
        scope = ChangeScope.SERIES if whole else None
        return await ask_move(ctx, person, dialog, found[0].id, when, scope)
    if not found:
        cancelled = await cancelled_match(ctx, person, reference)
        if cancelled is not None:  # «перенеси лекцию …» after it was cancelled
            return [await cancelled_move_refusal(ctx, person, dialog, cancelled)]
        return [await not_found(ctx, person, reference, "move_not_found", every_word=True)]
    return await _list_to_move(ctx, dialog, found, when)


async def looks_like_move(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, draft: EventDraft
) -> list[Reply] | None:
    """A safety net under the move phrases (bot.core.language.move_phrases): a new event
    written with a moving verb («Лекция про судостроение переносим …») whose title words and
    audience match the person's own upcoming events is not taken as a new event (it would
    be a silent duplicate): those events are listed for «перенеси 1 на …» and nothing is
    kept. None when the draft is not such a one."""
    written = f"{draft.title} {draft.description or ''}"
    verb = move_verb(written)
    if verb is None:
        return None
    found = [
        e
        for e in await matching_events(ctx, person, draft.title)
        if draft.audience.is_everyone or e.audience.overlaps(draft.audience)
    ]
    if not found:
        return None
    shown = found[:LIST_LIMIT]
    dialog.listed = [e.id for e in shown]
    context = {
        "days": days_view(shown, await ctx.orgs()),
        "day": draft.start.date() if draft.start else None,
        "verb": verb.group(0),
    }
    return [Reply("looks_like_move", context)]


ROUTES: Routes = {
    MoveCommand: on_move,
    CorrectSaved: on_correct_saved,
    ReadingDeclined: on_reading_declined,
}


_SERIES_WORDS = re.compile(
    r"(?<![а-я])(?:(?:вс[юеяё]|целую)\s+(?:сери[юяи]|встречи|занятия)|сери[юяи])(?![а-я])",
    re.IGNORECASE,
)


def _without_series_words(reference: str) -> tuple[str, bool]:
    """`reference` without «всю серию» / «серию» / «все встречи» / «все занятия», and
    whether the whole series was meant (newcomer walk 2026-12-01b, finding 4)."""
    if _SERIES_WORDS.search(reference) is None:
        return reference, False
    return " ".join(_SERIES_WORDS.sub(" ", reference).split()), True

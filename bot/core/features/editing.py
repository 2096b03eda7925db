"""A saved event's place, classes or title changed in chat (newcomer walk 2026-12-01e, #11),
by the same path as a move: «место: ауд. 204», «перенеси лекцию в актовый зал», «поменяй
классы на 9А, 9Б», «назови её «Лекция о космосе»» (bot.core.language.edit_phrases), or
«изменить 1» and a «✏️» button, then the new value -> for a series, which occurrences ->
a card (was → will be, the clashes the new place or classes make, who is told) -> «да»
stores it, tells the organisers, the curators and the signed-up students once each
(bot.core.features.changing.apply_change, kind "updated") and keeps what «верни» needs.

Who may: as for a move (bot.core.permissions.can_edit): the organiser's own organisation and
the curators; a student's typed edit is not understood, and every id from a button is
checked again (a forged one is refused). The new value is read as the draft card's «✏️»
answer reads it (bot.core.language.answers.edit), so «нет» as a place means none.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.dialog import (
    ChangeKind,
    Dialog,
    EditableField,
    ListAction,
    MoveWhen,
    PlannedChange,
    SavedFieldEdit,
)
from bot.core.features.cancel_by_text import (
    live_events,
    matching_events,
    not_found,
    other_school_named,
    past_match,
)
from bot.core.features.changing import ChangingStore, ask_change, ask_move, editable
from bot.core.features.context import Context, Routes
from bot.core.features.queries import LIST_LIMIT
from bot.core.language.actions import ButtonAction, payload
from bot.core.language.age_replies import age_reply
from bot.core.language.answers import Asked, edit
from bot.core.language.capacity import MAX_CAPACITY
from bot.core.language.edit_phrases import EditCommand
from bot.core.language.meaning import EditEventRequest, SeatsOfSaved, SeatsUnreadable
from bot.core.language.move_phrases import names_only_when
from bot.core.models import Event, EventDraft, Person, Role
from bot.core.replies import Button, Reply
from bot.core.views import days_view, event_view

# the order of the «✏️» buttons, as on a draft's card
FIELDS = (EditableField.WHEN, EditableField.AUDIENCE, EditableField.VENUE, EditableField.TITLE)


async def on_edit(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, command: EditCommand
) -> list[Reply]:
    """«место: ауд. 204» and the other forms: the change card of the event meant (or the
    question which field, or which event when the words fit several)."""
    if person.role is Role.STUDENT:  # students change no events (their buttons: refused)
        return [Reply("not_understood", {"role": person.role.value})]
    if command.reference and command.event_id is None:
        found = await _named(ctx, person, dialog, command)
        if isinstance(found, list):
            return found
        event_id: int | None = found.id
    else:
        event_id = command.event_id
    event = await editable(ctx, person, event_id)
    if isinstance(event, Reply):
        if command.last_looked_at and event.template == "event_already_cancelled":
            # «место: ауд. 310» after the event last looked at was cancelled (by the curator,
            # say): not that event — which of the person's live ones (walk 2026-12-02m, #16)
            return await _which_live(ctx, person, dialog, command, event_id)
        return [event]
    dialog.last_event = event.id
    if command.field is None:
        return [await which_field(ctx, event)]
    if command.field is EditableField.WHEN:
        return await ask_move(ctx, person, dialog, event.id, command.value)
    return await _card(ctx, person, dialog, event, command)


async def _which_live(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    command: EditCommand,
    cancelled_id: int | None,
) -> list[Reply]:
    """The question which of the person's live events (`live_events`) the edit is for,
    saying that the one last looked at (`cancelled_id`) is cancelled; «no event to edit»
    when they have none."""
    found = await live_events(ctx, person)
    if not found:
        return [Reply("no_event_to_edit")]
    gone = await ctx.store.get_event(cancelled_id) if cancelled_id is not None else None
    return await _ask_which(ctx, dialog, command, found, gone)


async def _named(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, command: EditCommand
) -> Event | list[Reply]:
    """The one live event of the person's that the command's title words name, else the
    replies: another school named, nothing found (or someone else's), a list to choose."""
    elsewhere = other_school_named(ctx, command.reference)
    if elsewhere is not None:
        return [elsewhere]
    found = await matching_events(ctx, person, command.reference)
    if len(found) > 1 and len({e.series_id for e in found}) == 1 and found[0].series_id:
        found = [min(found, key=lambda e: e.start)]  # one series: its next meeting
    if len(found) == 1:
        return found[0]
    if not found and command.tentative:  # «Лекция для родителей» with no such lecture
        return [Reply("not_understood", {"role": person.role.value})]
    if not found:
        over = await past_match(ctx, person, command.reference)
        if over is not None:  # «назови экскурсию 17 декабря «…»» on the 19th (walk t, #11)
            return [Reply("edit_event_over", {"event": event_view(over, await ctx.orgs())})]
        return [await not_found(ctx, person, command.reference, "edit_not_found")]
    return await _ask_which(ctx, dialog, command, found)


async def _ask_which(
    ctx: Context[ChangingStore],
    dialog: Dialog,
    command: EditCommand,
    found: list[Event],
    gone: Event | None = None,
) -> list[Reply]:
    """The list of `found` (the first LIST_LIMIT) to choose the edited event from; the
    answer («2») gets the command's field and value. `gone`: the cancelled event the
    command would have gone to, named at the top."""
    shown = found[:LIST_LIMIT]
    field = command.field.value if command.field else ""
    said_for = {"said_for": "1"} if command.said_for else {}  # whom it is for, said (chat82)
    dialog.ask_on_list(
        [e.id for e in shown], ListAction.EDIT, field=field, value=command.value, **said_for
    )
    context = {
        "days": days_view(shown, await ctx.orgs(), today=ctx.wall_now().date()),
        "field": command.field.value if command.field else None,
        "value": command.value,
        "gone": event_view(gone, await ctx.orgs()) if gone is not None else None,
    }
    return [Reply("edit_which_event", context)]


async def which_field(ctx: Context[ChangingStore], event: Event) -> Reply:
    """«изменить 1»: the event and a «✏️» button per field."""
    buttons = (
        tuple(
            Button(
                "edit",
                payload(ButtonAction.EDIT_EVENT, id=event.id, f=name.value),
                context={"field": name.value},
            )
            for name in FIELDS
        ),
    )
    view = event_view(event, await ctx.orgs())
    return Reply("edit_which", {"event": view}, buttons=buttons)


async def on_edit_button(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, request: EditEventRequest
) -> list[Reply]:
    """A saved event's «✏️» button: ask for the field's new value (the date and time as a
    move asks for it). A forged id or someone else's event is refused."""
    event = await editable(ctx, person, request.event_id)
    if isinstance(event, Reply):
        return [event]
    dialog.last_event = event.id
    view = event_view(event, await ctx.orgs())
    if request.field is None:
        return [await which_field(ctx, event)]
    if request.field is EditableField.WHEN:
        dialog.waiting = MoveWhen(event.id)
        return [Reply("ask_move_when", {"event": view})]
    dialog.waiting = SavedFieldEdit(event.id, request.field)
    return [Reply("ask_edit_saved", {"event": view, "field": request.field.value})]


async def _card(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    event: Event,
    command: EditCommand,
) -> list[Reply]:
    """The change card for the new value of the command's field (its `adds`: classes
    joined to the event's, «добавьте 10 классы», walk 2026-12-02t, #12; its `said_for`:
    whom the event is for, said in a sentence — answers.edit); a value not understood, or
    the same as now, is said so and nothing waits. An event that is over is the plan's
    record and is not edited, as it is not moved (newcomer walk 2026-12-01g, #4). A place
    that is only a day or a time («на 18:00») is said to look like one and the place is
    asked again (newcomer walk 2026-12-01k, #12)."""
    field, value = command.field, command.value
    assert field is not None  # on_edit asks which field first
    view = event_view(event, await ctx.orgs())
    if event.end <= ctx.clock.now():
        return [Reply("edit_event_over", {"event": view})]
    if field is EditableField.VENUE and names_only_when(value, ctx.wall_now()):
        dialog.waiting = SavedFieldEdit(event.id, field)  # «на 18:00» is no place: asked again
        return [Reply("edit_venue_is_when", {"event": view, "value": value})]
    aged = age_reply(value) if field is EditableField.AUDIENCE else None
    if aged is not None:  # «возраст 12+», «без возраста», «7–11 классы, до 17 лет» (walk v F2)
        value = aged.rest
        if not value:
            return await _ages_card(ctx, person, dialog, event, aged.ages)
    current = EventDraft(title=event.title, start=None, venue=event.venue, audience=event.audience)
    asked = Asked(None, field, True)
    zone, said_for = ctx.config.tz, command.said_for
    new = edit(current, asked, field, value, ctx.wall_now(), zone, said_for=said_for)
    if new is None:
        return [Reply("edit_value_not_understood", {"event": view, "field": field.value})]
    if command.adds and field is EditableField.AUDIENCE:
        new = replace(new, audience=event.audience.joined(new.audience))
    fields: tuple[str, ...] = (field.value,)
    ages = event.details.ages
    if aged is not None and _ages_or_none(aged.ages) != _ages_or_none(ages):
        fields, ages = (*fields, "ages"), aged.ages  # the classes and the age at once
    same = (new.title, new.venue, new.audience) == (event.title, event.venue, event.audience)
    if same and "ages" in fields:
        fields = ("ages",)
    elif same:
        return [Reply("edit_same", {"event": view, "field": field.value})]
    change = PlannedChange(
        ChangeKind.EDIT,
        event.id,
        fields=fields,
        venue=new.venue,
        title=new.title,
        audience=new.audience,
        ages=ages,
    )
    return await ask_change(ctx, person, dialog, change)


async def _ages_card(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    event: Event,
    ages: tuple[int, int] | None,
) -> list[Reply]:
    """The change card of a saved event's age range alone (`ages`: inclusive years, an open
    upper bound 99; None: no age), as the draft card's «возраст 12+» changes it: «возраст:
    до 17 лет» for a tournament shown «возраст 17+» from «от 17 лет и младше» (newcomer walk
    2026-12-02v, F2, could not be corrected after «да»). The same range is said so."""
    if _ages_or_none(ages) == _ages_or_none(event.details.ages):
        view = event_view(event, await ctx.orgs())
        return [Reply("edit_same", {"event": view, "field": "ages"})]
    change = PlannedChange(ChangeKind.EDIT, event.id, fields=("ages",), ages=ages)
    return await ask_change(ctx, person, dialog, change)


def _ages_or_none(ages: tuple[int, int] | None) -> tuple[int, int] | None:
    """`ages` with «any age» (0–99 and wider) as None: both are shown as no age."""
    if ages is None or (ages[0] <= 0 and ages[1] >= 99):
        return None
    return (ages[0], ages[1])


async def on_seats_of_saved(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, intent: SeatsOfSaved
) -> list[Reply]:
    """«места: 3», «мест 40», «без ограничения мест» about a saved event (the one its «✏️»
    button asked about or the one last looked at): its change card like any other field's —
    «Мест: 1 → 3», who of the waiting list moves up, who is over the new seats (kept) —
    then «да», the notices and «верни» (leftconv20, item 1; before it, attack x #2, the
    seats of a saved event could not be changed at all). The owner and the curators only
    (`editable`: a forged id or another's event is refused); a student's words are not
    understood; with no event in view the reply asks which one."""
    if person.role is Role.STUDENT:  # students change no events
        return [Reply("not_understood", {"role": person.role.value})]
    if intent.event_id is None:
        return [Reply("seats_which_event", {"seats": intent.seats})]
    event = await editable(ctx, person, intent.event_id)
    if isinstance(event, Reply):
        return [event]
    dialog.last_event = event.id
    view = event_view(event, await ctx.orgs())
    if event.end <= ctx.clock.now():
        return [Reply("edit_event_over", {"event": view})]
    if event.capacity == intent.seats:
        return [Reply("edit_same", {"event": view, "field": "seats"})]
    change = PlannedChange(ChangeKind.EDIT, event.id, fields=("seats",), seats=intent.seats)
    return await ask_change(ctx, person, dialog, change)


async def on_seats_unreadable(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, intent: SeatsUnreadable
) -> list[Reply]:
    """«места: 0», «места: -3», «места: много»: the seats asked for in digits from 1 to
    MAX_CAPACITY, nothing changed — the draft's card and the saved event stay as they were
    (attack z, 2026-12-03, #1: the value became their place). A student changes no events:
    not understood, as their «места: 5» is."""
    if person.role is Role.STUDENT:
        return [Reply("not_understood", {"role": person.role.value})]
    return [Reply("seats_unreadable", {"said": intent.said, "most": MAX_CAPACITY})]


ROUTES: Routes = {
    EditCommand: on_edit,
    EditEventRequest: on_edit_button,
    SeatsOfSaved: on_seats_of_saved,
    SeatsUnreadable: on_seats_unreadable,
}

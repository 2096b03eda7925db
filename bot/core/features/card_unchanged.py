"""A message that changed nothing while a card or a pasted plan waits for «да» (newcomer
walk 2026-12-01f, finding 6): the reply says the card is still open and unchanged — its
title, day and place, and how to correct it — so the next «да» never saves old values the
person believes corrected. Under the offer to update a saved event (bot.core.features
.resending) it says what «да» does there — it updates that event — and shows the offer's
buttons again (newcomer walk 2026-12-01i, #1). A correction under a plan of several lines
asks for the line.

A bare number with more than one possible reading («не 10, а 11» on a card of 10 December
for «10 классы»: the day or the classes) changes nothing either: the reply asks which,
with a button per reading that sends the reading as a field correction («дата 11.12.2026»,
«классы: 11 классы»; newcomer walk 2026-12-01g, #6). The same question follows a saved
event's correction (bot.core.features.move_by_text).
"""

from __future__ import annotations

from datetime import date, datetime, time

from bot.core import drafts
from bot.core.dialog import Dialog
from bot.core.features import resending
from bot.core.features.adding import DraftStore, clashes_of, update_row
from bot.core.features.context import Context, Routes
from bot.core.language.actions import ButtonAction, payload
from bot.core.language.card_questions import CardAsked
from bot.core.language.draft_corrections import Reading
from bot.core.language.meaning import CardUnchanged, CorrectionReadings
from bot.core.models import Person
from bot.core.replies import Button, Reply
from bot.core.views import clash_view, event_view


async def on_card_unchanged(
    ctx: Context[DraftStore], person: Person, dialog: Dialog, intent: CardUnchanged
) -> list[Reply]:
    """«Карточка не изменилась: …» with the card's title, day and place (one draft), or
    «план не изменился» with the way to fix a line (several). A question on the card about
    its clashes or classes (`intent.asked`) is answered first: the clashes found now, as
    the card counts them (its original, when it offers an update, is none), or the card's
    classes (newcomer walk 2026-12-04ag, AG8). With no draft open (a correction naming no
    event: «поменяй на 17 декабря»): «нет открытой карточки» and how to move a saved event."""
    pending = dialog.drafts()
    if not pending:  # «поменяй на 17 декабря» with no card open (review60 #10)
        return [Reply("correction_no_card", {"role": person.role.value})]
    context: dict[str, object] = {"correction": intent.correction, "count": len(pending)}
    target = resending.resends(dialog)
    if len(pending) == 1 and pending[0].start is not None:
        org_id = await ctx.organisation_of(person)
        events = drafts.to_new_events(
            pending[0], organisation_id=org_id, tz=ctx.config.tz, created_by=person.id
        )
        orgs = await ctx.orgs()
        context["event"] = event_view(events[0], orgs)
        if intent.asked is not None:  # «а накладки есть?», «для каких классов?» (AG8)
            context["asked"] = intent.asked
        if intent.asked == CardAsked.CLASHES:  # as the card counts them: never its original
            clashes = await clashes_of(ctx, events)
            others = [c for c in clashes if target is None or c.other.id != target[0]]
            context["clashes"] = [clash_view(c, orgs) for c in others]
    elif pending:
        context["title"] = pending[0].title
    saved = None if target is None else await ctx.store.get_event(target[0])
    if saved is None:
        return [Reply("card_unchanged", context)]
    # the card offers to update `saved`: «да» updates it, and the reply says so
    # (newcomer walk 2026-12-01i, #1: it said «да» saves the card as it is)
    context["resends"] = {"event": event_view(saved, await ctx.orgs())}
    return [Reply("card_unchanged", context, buttons=(update_row(),))]


async def on_readings(
    ctx: Context[DraftStore], person: Person, dialog: Dialog, intent: CorrectionReadings
) -> list[Reply]:
    """The open card's correction that reads more than one way: which reading is meant."""
    return [readings_reply(intent.value, intent.readings, saved=False, now=ctx.wall_now())]


def readings_reply(
    value: str,
    readings: tuple[Reading, ...],
    *,
    saved: bool,
    again: bool = False,
    now: datetime | None = None,
) -> Reply:
    """«11 — это день или классы?» with a button per reading (each sends its correction
    typed, bot.core.language.buttons PICK); `saved`: about a saved event, not a card;
    `again`: asked again after «да», which picks none; with `now` (school wall clock) a
    day outside its school year names its year."""
    views = [
        {
            "kind": r.kind,
            "day": r.day,
            "hour": r.hour,
            "audience": r.audience,
            "already": r.already,
            "show_year": r.day is not None and now is not None and _outside(r.day, now),
        }
        for r in readings
    ]
    buttons = tuple(
        Button("reading", payload(ButtonAction.PICK, t=r.text), context=view)
        for r, view in zip(readings, views, strict=True)
    )
    context = {"value": value, "readings": views, "saved": saved, "again": again}
    return Reply("correction_readings", context, buttons=(buttons,))


ROUTES: Routes = {CardUnchanged: on_card_unchanged, CorrectionReadings: on_readings}


def _outside(day: date, now: datetime) -> bool:
    """Whether `day` lies outside the school year of `now` (drafts.outside_school_year)."""
    return drafts.outside_school_year(datetime.combine(day, time()), now)

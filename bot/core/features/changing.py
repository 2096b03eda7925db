"""Changing stored events: cancel and move (by the last event looked at or a list number)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any

from bot.core.calendar_checks import warning_view
from bot.core.clashes import check_calendar, check_clashes, propose_slots
from bot.core.dialog import Dialog
from bot.core.features.context import Commands, Context, Routes
from bot.core.features.notices import NoticeStore, clash_notices, people_to_warn, tell_participants
from bot.core.language.commands import Command, CommandKind, MoveCommand
from bot.core.language.when import day_and_time
from bot.core.models import Event, EventStatus, Person, Role
from bot.core.permissions import can_edit
from bot.core.replies import Reply
from bot.core.views import clash_view, event_view, slot_view

ChangingStore = NoticeStore


async def cancel(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, event_id: int | None
) -> list[Reply]:
    """Cancel a stored event (`event_id` None: nothing to cancel); its organisers, the
    curators and everyone signed up are told."""
    event = await editable(ctx, person, event_id)
    if isinstance(event, Reply):
        return [event]
    cancelled = await ctx.store.set_event_status(event.id, EventStatus.CANCELLED, person.id)
    dialog.last_event = cancelled.id
    view = event_view(cancelled, await ctx.orgs())
    notices = [
        Reply(
            "event_cancelled_notice",
            {"event": view, "by_curator": person.role is Role.CURATOR},
            recipients=(vk,),
            dedupe_key=f"cancel:{event.id}:{vk}",
        )
        for vk in sorted(await people_to_warn(ctx, person, cancelled))
    ]
    notices += await tell_participants(ctx, cancelled, "participant_cancelled", view)
    return [Reply("cancelled", {"event": view}), *notices]


async def move(
    ctx: Context[ChangingStore],
    person: Person,
    dialog: Dialog,
    event_id: int | None,
    when_text: str,
) -> list[Reply]:
    """Move a stored event to the day and/or time in `when_text` (school wall-clock);
    clashes are checked again and those concerned are told."""
    event = await editable(ctx, person, event_id)
    if isinstance(event, Reply):
        return [event]
    named = day_and_time(when_text, ctx.wall_now())
    if named is None or (named.day is None and named.start is None):
        return [Reply("move_not_understood", {"event": event_view(event, await ctx.orgs())})]
    moved = replace(event, **new_times(ctx, event, named.day, named.start, named.end))
    updated = await ctx.store.update_event(moved, person.id)
    dialog.last_event = updated.id
    orgs = await ctx.orgs()
    clashes = await check_clashes(ctx.store, updated)
    warnings = await check_calendar(ctx.store, [updated], ctx.config.tz)
    slots = await propose_slots(ctx.store, updated) if clashes or warnings else []
    notices = await clash_notices(ctx, person, [updated], "clash_moved")
    notices += await tell_participants(ctx, updated, "participant_moved", event_view(updated, orgs))
    reply = Reply(
        "moved",
        {
            "event": event_view(updated, orgs),
            "clashes": [clash_view(c, orgs) for c in clashes],
            "slots": [slot_view(s) for s in slots],
            "calendar": [warning_view(w) for w in warnings],
        },
    )
    return [reply, *notices]


def new_times(
    ctx: Context[ChangingStore], event: Event, day: Any, start: time | None, end: time | None
) -> dict[str, Any]:
    """The event's new start/end (aware, school zone) for a new day and/or start time,
    keeping its length; an all-day event given a time lasts an hour."""
    tz = ctx.config.tz
    local_start = event.start.astimezone(tz)
    new_day = day or local_start.date()
    if start is None:
        shift = datetime.combine(new_day, local_start.time(), tzinfo=tz) - local_start
        return {"start": event.start + shift, "end": event.end + shift}
    new_start = datetime.combine(new_day, start, tzinfo=tz)
    if end is not None:
        new_end = datetime.combine(new_day, end, tzinfo=tz)
        if new_end <= new_start:
            new_end += timedelta(days=1)
        return {"start": new_start, "end": new_end, "all_day": False, "end_given": True}
    length = event.end - event.start if not event.all_day else timedelta(hours=1)
    return {
        "start": new_start,
        "end": new_start + length,
        "all_day": False,
        "end_given": event.end_given and not event.all_day,
    }


async def editable(
    ctx: Context[ChangingStore], person: Person, event_id: int | None
) -> Event | Reply:
    """The live event a person may change, or the Reply explaining why not."""
    if event_id is None:
        return Reply("no_event_to_edit")
    event = await ctx.store.get_event(event_id)
    if event is None or event.status is EventStatus.CANCELLED:
        return Reply("no_event_to_edit")
    if not can_edit(person, event):
        return Reply("not_your_event", {"event": event_view(event, await ctx.orgs())})
    return event


async def on_cancel(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, command: Command
) -> list[Reply]:
    """ "отмени 2" or a cancel button."""
    return await cancel(ctx, person, dialog, command.event_id)


async def on_move(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, command: MoveCommand
) -> list[Reply]:
    """ "перенеси 2 на пятницу в 15:00"."""
    return await move(ctx, person, dialog, command.event_id, command.when)


ROUTES: Routes = {MoveCommand: on_move}
COMMANDS: Commands = {CommandKind.CANCEL: on_cancel}

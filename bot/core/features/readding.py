"""A cancelled event typed again is restored, not saved as a stranger to it.

A partner cancels an event students signed up for, changes their mind and types it again
(newcomer walk 2026-12-01c, finding 3). Saved as a new event, the students would keep
believing it is cancelled and lose their sign-ups. So a single new event that is the copy of
an event the same organisation cancelled — same local day, a title meaning the same event
(or the very same words), the same audience and the same place — gets a card saying so, and
«да» restores the cancelled event instead of adding one: its sign-ups stay, it takes the
day and time just typed, and everyone told of the cancel (the signed-up students, the
organisers, the curators) hears it is back («мероприятие всё-таки состоится»).

Only events not over yet and that the person may edit (bot.core.permissions.can_edit) are
matched; the newest cancel wins when several match. A repeat or a multi-session draft is
never matched (its meetings are new events).

In a city, a cancel of an event saved for several schools reached its copies in the other
schools (bot.core.features.school_twins); the restore reaches them too: the author's
cancelled copies there (same title and times, still cancelled) come back with the restored
event's times, in a unit of each school held open until this update commits and journalled
like a move (bot.core.features.school_journal), and their signed-up students hear through
their own community that it takes place after all (city27; attack 2026-12-03af #5: B's copy
stayed cancelled and its students believed it was off).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any

from bot.core import agreement, titles
from bot.core.access import EventChangedError
from bot.core.clashes import venue_key
from bot.core.dialog import Dialog
from bot.core.features import school_twins
from bot.core.features.context import Context
from bot.core.features.notices import (
    NoticeStore,
    change_key,
    change_notices,
    people_by_vk,
    who_is_told,
)
from bot.core.models import Event, EventStatus, NewEvent, Person, Role
from bot.core.permissions import can_edit
from bot.core.replies import Reply
from bot.core.views import event_view


async def cancelled_copy(
    ctx: Context[NoticeStore], person: Person, events: Sequence[NewEvent]
) -> Event | None:
    """The cancelled event that `events` (a draft's stored form) is typed again, or None.

    `events` must be exactly one event (a repeat or several sessions are never a copy). The
    match: same organisation, status cancelled, not over at the clock's now, the same local
    day in the school's zone, the same audience, the same place (venue_key; both unnamed
    counts as the same) and a title meaning the same event (titles.same_event_titles) or
    written with the same words; among several, the one cancelled last."""
    if len(events) != 1:
        return None
    new = events[0]
    tz = ctx.config.tz
    day = new.start.astimezone(tz).date()
    day_start = datetime.combine(day, time(), tzinfo=tz)
    day_end = datetime.combine(day + timedelta(days=1), time(), tzinfo=tz)
    stored = await ctx.store.events_overlapping(day_start, day_end, include_cancelled=True)
    now = ctx.clock.now()
    found = [
        event
        for event in stored
        if event.status is EventStatus.CANCELLED
        and event.organisation_id == new.organisation_id
        and event.end > now
        and event.start.astimezone(tz).date() == day
        and event.audience == new.audience
        and venue_key(event.venue) == venue_key(new.venue)
        and _same_title(event.title, new.title)
        and can_edit(person, event)
    ]
    if not found:
        return None
    return max(found, key=lambda e: (e.updated_at or e.start, e.id))


def _same_title(a: str, b: str) -> bool:
    """The same words (a bare «Лекция» typed again is the same «Лекция»), or titles that
    mean the same event."""
    if " ".join(a.casefold().split()) == " ".join(b.casefold().split()):
        return True
    return titles.same_event_titles(a, b)


async def card_note(
    ctx: Context[NoticeStore], copy: Event, person: Person | None = None
) -> dict[str, Any]:
    """What the card says about the cancelled event the draft would restore: the event as
    it was and who is still signed up — `students` going, `teachers` (staff going with a
    class), `waiting` on its waiting list — counted as the reply after «да» counts them
    (bot.core.features.notices.Told.summary; leftconv20, item 5: the card counted the
    waiting list among the students, the reply did not), and `elsewhere`: the names of the
    other schools whose cancelled copies «да» brings back too (`person`'s, the author's;
    [] without a person or on a single-school deployment)."""
    going = await ctx.store.signed_up(copy.id)
    waiting = await ctx.store.signed_up(copy.id, "waiting")
    students = {p.id for p in going if p.role is Role.STUDENT}
    twins = []
    if person is not None:
        twins = await school_twins.find_twins(ctx, person, [copy], cancelled=True)
    return {
        "event": event_view(copy, await ctx.orgs()),
        "students": len(students),
        "teachers": len({p.id for p in going} - students),
        "waiting": len({p.id for p in waiting}),
        "elsewhere": school_twins.school_names(twins),
    }


async def restore(
    ctx: Context[NoticeStore], person: Person, dialog: Dialog, copy: Event, new: NewEvent
) -> list[Reply]:
    """Bring `copy` back (confirmed, at the times of `new`), keep its sign-ups, tell once
    each: the organisers and curators (`change_notice`, kind "restored") and the students
    signed up (`participant_restored`). The other schools' cancelled copies come back too
    (school_twins.apply_to_twins, kind "restored"; the reply names them, and those that
    could not be reached). The pending draft is done. When someone changed the
    event meanwhile, nothing is written and the draft stays pending (its card is shown
    again on the next «да»). Raises bot.core.held.WaitCycleError when another school's
    message holds that school's store and waits for ours (the caller apologises)."""
    wanted = replace(
        copy,
        status=EventStatus.CONFIRMED,
        start=new.start,
        end=new.end,
        all_day=new.all_day,
        end_given=new.end_given,
    )
    wanted = agreement.after_change(person, copy, wanted)  # new times wait again (walk t, #16)
    told = await who_is_told(ctx, person, [copy], [wanted])
    twins = await school_twins.find_twins(ctx, person, [copy], cancelled=True)
    try:
        [restored] = await ctx.store.update_events([wanted], person.id, at=ctx.clock.now())
    except EventChangedError as error:
        current = error.current
        if current is None:
            return [Reply("no_event_to_edit")]
        view = event_view(current, await ctx.orgs())
        cancelled = current.status is EventStatus.CANCELLED
        return [Reply("event_changed", {"event": view, "cancelled": cancelled})]
    dialog.clear_pending()
    dialog.last_event = restored.id
    dialog.last_change = None  # «верни» must not reach back to the cancel now undone
    orgs = await ctx.orgs()
    kind = "restored"
    key = f"{change_key([restored], kind)}:v{restored.version}"  # cancel, re-add, again
    notices = change_notices(
        told, kind, person, [copy], [restored], orgs, key, today=ctx.wall_now().date()
    )
    school = ctx.school_ref.key if ctx.school_ref is not None else None
    elsewhere = await school_twins.apply_to_twins(twins, [restored], kind, ctx.store, school)
    people = await people_by_vk(ctx, told.staff)
    context = {
        "event": event_view(restored, orgs),
        "old": event_view(copy, orgs),
        "told": told.summary(orgs, people),
        "elsewhere": list(elsewhere.changed),
        "elsewhere_failed": list(elsewhere.failed),
    }
    return [Reply("restored", context), *notices, *elsewhere.notices]

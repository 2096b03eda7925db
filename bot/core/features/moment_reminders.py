"""A one-off reminder at a moment the person names (remind66): «напомни мне завтра в 8 утра
про экскурсию», «напомни в пятницу вечером про лекцию». The moment and the event's words
are read by bot.core.language.remind_moments; the event is the one named (as «когда
экскурсия?» finds it), else the one in context (the open card, the one just looked at),
else the person's only upcoming sign-up. The row is kept (bot.core.moments) and the
notification loop sends it once at its moment. A moment past, after the event's end, a day
without a clock, or an event not found or not one gets a question instead
(remind_at_moment's `reason`; «too_many» past MAX_MOMENTS_AHEAD kept ahead); «не
напоминай» (settings.reminders) and «не напоминай про …» (signups.mute_by_title) delete
the rows."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from bot.core.dialog import Dialog, MomentWhen
from bot.core.features.context import Context, Routes
from bot.core.features.queries import QueryStore, asked_events
from bot.core.language.meaning import ForgetMoments, RemindAtMoment
from bot.core.language.remind_moments import MomentAsk, read_moment
from bot.core.models import Event, EventStatus, Person
from bot.core.moments import MomentStore
from bot.core.replies import Reply
from bot.core.titles import title_mentions
from bot.core.views import event_view
from bot.core.wallclock import resolve_local

ASKED_LIMIT = 5  # events listed when the words name several
# one person's one-off reminders kept ahead at most: each is a message the community sends,
# against VK's sending limits shared with everyone's notices (safety69 #3)
MAX_MOMENTS_AHEAD = 20
# the questions whose answer may be a bare clock or day (Dialog.waiting = MomentWhen)
ASKED_AGAIN = frozenset({"no_clock", "past", "after_end"})


class MomentPorts(QueryStore, MomentStore, Protocol):
    """The ports a one-off reminder reads and writes."""


async def on_remind_at_moment(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: RemindAtMoment
) -> list[Reply]:
    """Keep a one-off reminder, or ask what is missing (module docstring). The reply names
    the moment in the school's zone (`ctx.config.tz`)."""
    read = read_moment(asked.text, ctx.wall_now())
    base: dict[str, object] = {"role": person.role.value, "reference": read.reference}
    events = await _reminded_events(ctx, person, dialog, read.reference)
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    if len(events) != 1:
        items = [event_view(e, orgs, n, today) for n, e in enumerate(events[:ASKED_LIMIT], 1)]
        reason = "which_event" if events else "no_event"
        return [Reply("remind_at_moment", {**base, "reason": reason, "items": items})]
    event = events[0]
    base["event"] = event_view(event, orgs, today=today)
    at = _moment(read, event, ctx.config.tz)
    problem = _moment_problem(read, at, event, ctx.clock.now())
    if problem is not None or not isinstance(ctx.store, MomentStore) or at is None:
        if problem in ASKED_AGAIN:  # the next «в 18:00» answers it (newcomer67)
            dialog.waiting = MomentWhen(asked.text)
        return [Reply("remind_at_moment", {**base, "reason": problem or "no_moment"})]
    if len(await ctx.store.moment_reminders_of(person.id, ctx.clock.now())) >= MAX_MOMENTS_AHEAD:
        return [
            Reply("remind_at_moment", {**base, "reason": "too_many", "limit": MAX_MOMENTS_AHEAD})
        ]
    await ctx.store.add_moment_reminder(person.id, event.id, at)
    dialog.last_event = event.id
    return [Reply("moment_reminder_set", {**base, "at": at, "convention": read.convention})]


def _moment(read: MomentAsk, event: Event, tz: ZoneInfo) -> datetime | None:
    """The moment `read` names for `event`, aware in the school's zone `tz`: its wall-clock
    time, or its clock on the event's eve or day («накануне в 19:00»); None when neither."""
    if read.clock is not None:
        return read.clock.moment(event.start, tz).astimezone(tz)
    return resolve_local(read.at, tz) if read.at is not None else None


def _moment_problem(
    read: MomentAsk, at: datetime | None, event: Event, now: datetime
) -> str | None:
    """Why the moment `at` (`read`'s, for `event`) cannot be kept at `now`: unclear, past,
    after the event's end; None when it can."""
    if at is None:
        return str(read.unclear or "no_moment")
    if at <= now:
        return "past"
    if at >= event.end:
        return "after_end"
    return None


async def _reminded_events(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, reference: str
) -> list[Event]:
    """The event a reminder is asked for: those the words name (the person's own sign-ups
    among them first), else the one in context, else the person's upcoming sign-ups (the
    only one is meant)."""
    now = ctx.clock.now()
    own = [
        e
        for e, status in await ctx.store.events_of_person(person.id, now)
        if status == "going" and e.end > now and e.status is not EventStatus.CANCELLED
    ]
    found = await asked_events(ctx, person, dialog, reference)
    if reference:
        mine = [e for e in found if e.id in {o.id for o in own}]
        return mine or found
    found = [e for e in found if e.end > now]
    return found or own  # several of one's own: «which_event» lists them


async def on_forget_moments(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: ForgetMoments
) -> list[Reply]:
    """«отмени напоминание (про экскурсию)»: delete the person's one-off reminders still
    ahead (of the events the words name, bot.core.titles.title_mentions; every one with no
    words). The offset reminders of their sign-ups stay («не напоминай про …» turns those
    off). The reply names what was deleted, or that there was nothing to delete."""
    now = ctx.clock.now()
    if not isinstance(ctx.store, MomentStore):
        return [Reply("moment_reminders_forgotten", {"items": [], "reference": asked.reference})]
    rows = await ctx.store.moment_reminders_of(person.id, now)
    events = {
        e.id: e for e in [await ctx.store.get_event(i) for i in {r.event_id for r in rows}] if e
    }
    kept = [
        r
        for r in rows
        if r.event_id in events
        and (not asked.reference or title_mentions(asked.reference, events[r.event_id].title))
    ]
    await ctx.store.remove_moment_reminders(person.id, sorted({r.event_id for r in kept}))
    orgs = await ctx.orgs()
    items = [
        {"at": r.at.astimezone(ctx.config.tz), "event": event_view(events[r.event_id], orgs)}
        for r in kept
    ]
    return [Reply("moment_reminders_forgotten", {"items": items, "reference": asked.reference})]


ROUTES: Routes = {RemindAtMoment: on_remind_at_moment, ForgetMoments: on_forget_moments}

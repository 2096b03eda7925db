"""A one-off reminder at a moment the person names (remind66): «напомни мне завтра в 8 утра
про экскурсию», «напомни в пятницу вечером про лекцию». The moment and the event's words
are read by bot.core.language.remind_moments; the event is the one named (as «когда
экскурсия?» finds it), else the one in context (the open card, the one just looked at),
else the person's only upcoming sign-up. The row is kept (bot.core.moments) and the
notification loop sends it once at its moment. A moment past, after the event's end, a day
without a clock, or an event not found or not one gets a question instead
(remind_at_moment's `reason`); «не напоминай» (settings.reminders) and «не напоминай про …»
(signups.mute_by_title) delete the rows."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from bot.core.dialog import Dialog, MomentWhen, Waiting
from bot.core.features.context import Context, Routes
from bot.core.features.queries import QueryStore, asked_events
from bot.core.language.actions import ButtonAction, payload
from bot.core.language.meaning import AddEvents, ForgetMoments, Intent, ListMoments, RemindAtMoment
from bot.core.language.remind_moments import MomentAsk, read_moment, reads_after_about
from bot.core.models import Event, EventStatus, Person
from bot.core.moments import MAX_PENDING, MomentReminder, MomentStore, still_worth_sending
from bot.core.numbered_buttons import RowButton, numbered_rows
from bot.core.permissions import left_out
from bot.core.reminders import EVE_AT
from bot.core.replies import Button, Reply
from bot.core.titles import title_mentions
from bot.core.views import event_view
from bot.core.wallclock import resolve_local

ASKED_LIMIT = 5  # events listed when the words name several
FORGET_BUTTONS = 5  # «Отменить» buttons under «мои напоминания» (the rest: by number in text)
# the questions whose answer may be a bare clock or day (Dialog.waiting = MomentWhen)
ASKED_AGAIN = frozenset({"no_clock", "past", "after_end", "no_moment", "lead_clock", "too_far"})


class MomentPorts(QueryStore, MomentStore, Protocol):
    """The ports a one-off reminder reads and writes."""


async def on_remind_at_moment(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: RemindAtMoment
) -> list[Reply]:
    """Keep a one-off reminder, or ask what is missing (module docstring). The reply names
    the moment in the school's zone (`ctx.config.tz`). Under an open card (pending drafts)
    a request naming no saved event, or one that would need a question, is answered
    «draft_open» and leaves the card and its question as they were: its reminder is for the
    card's event, which is not saved yet (safety72: «напомни завтра в 9» moved the card)."""
    if not dialog.pending:
        return await _remind_at_moment(ctx, person, dialog, asked)
    waiting = dialog.waiting
    reference = read_moment(asked.text, ctx.wall_now()).reference
    if reference or asked.event_id is not None:
        replies = await _remind_at_moment(ctx, person, dialog, asked)
        if dialog.waiting is waiting:
            return replies
    dialog.waiting = waiting
    title = dialog.drafts()[0].title
    context = {"reason": "draft_open", "said": asked.text, "title": title, "reference": reference}
    return [Reply("remind_at_moment", context)]


async def _remind_at_moment(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: RemindAtMoment
) -> list[Reply]:
    """`on_remind_at_moment` with no card open."""
    read = read_moment(asked.text, ctx.wall_now())
    base: dict[str, object] = {"role": person.role.value, "reference": read.reference}
    events = await _reminded_events(ctx, person, dialog, read.reference, asked.event_id)
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    if len(events) != 1:
        items = [event_view(e, orgs, n, today) for n, e in enumerate(events[:ASKED_LIMIT], 1)]
        reason = "which_event" if events else "no_event"
        base["at"] = resolve_local(read.at, ctx.config.tz) if read.at is not None else None
        # the next «про экскурсию», «2» or «в 9» answers it (remind69)
        dialog.waiting = MomentWhen(asked.text, True, tuple(e.id for e in events[:ASKED_LIMIT]))
        return [Reply("remind_at_moment", {**base, "reason": reason, "items": items})]
    event = events[0]
    base["event"] = event_view(event, orgs, today=today)
    at = _moment(read, event, ctx.config.tz)
    problem = _moment_problem(read, at, event, ctx.clock.now())
    if problem is not None or not isinstance(ctx.store, MomentStore) or at is None:
        if problem in ASKED_AGAIN:  # the next «в 18:00» answers it (newcomer67)
            dialog.waiting = MomentWhen(asked.text)
        buttons = lead_buttons() if problem == "no_moment" and read.reference else ()
        context = {**base, "reason": problem or "no_moment", "leads": bool(buttons)}
        if problem == "lead_clock":  # «за 3 часа до экскурсии в 9», the excursion at 15:00
            context |= {"event_at": read.event_at, "before": read.before, "lead_at": at}
        return [Reply("remind_at_moment", context, buttons=buttons)]
    if await _too_many(ctx.store, person, event.id, at, ctx.clock.now()):
        return [Reply("remind_at_moment", {**base, "reason": "too_many", "cap": MAX_PENDING})]
    await ctx.store.add_moment_reminder(person.id, event.id, at)
    dialog.last_event = event.id
    # «Передумали — «не напоминай про …»»: the words when they read after «про», else the title
    # («в день экскурсии», «за час до экскурсии»: a genitive, chat69's MomentAsk.genitive)
    readable = reads_after_about(read.reference) and not read.genitive
    mute = read.reference if readable else ""
    context = {**base, "reference": mute, "at": at, "convention": read.convention}
    return [Reply("moment_reminder_set", context)]


def question_dropped(was: Waiting, dialog: Dialog, intent: Intent) -> list[Reply]:
    """The note that «О каком мероприятии напомнить?» (`was`, closed) is dropped by a new
    event (`intent`: the text announced one — answers.announces_event — and is read as its
    draft, safety72 #4): no reminder was set, and the request (`said`) to say again with the
    event named; [] for any other question or message, or while the question stays open."""
    if not isinstance(was, MomentWhen) or not was.event_asked:
        return []
    if isinstance(dialog.waiting, MomentWhen) or not isinstance(intent, AddEvents):
        return []
    return [Reply("moment_question_dropped", {"said": was.said})]


# «напомни про экскурсию» with no moment (chat72): the answers offered as «pick» buttons,
# read as typed by remind_moments.moment_answer — the sign-up reminders' own leads
# (reminders.DEFAULT_OFFSETS: a day and an hour) and the eve's clock (reminders.EVE_AT)
LEAD_ANSWERS = (("за день", {"minutes": 1440}), ("за час", {"minutes": 60}))
EVE_ANSWER = f"накануне в {EVE_AT:%H:%M}"


def lead_buttons() -> tuple[tuple[Button, ...], ...]:
    """One row: «За день», «За час», «Накануне в 19:00» (`pick` buttons sending the answer
    to «Когда напомнить?» as if typed; bound to that question by pick_presses.stamp)."""
    leads = [
        Button("remind_lead", payload(ButtonAction.PICK, t=t), context=c) for t, c in LEAD_ANSWERS
    ]
    eve = Button("remind_lead", payload(ButtonAction.PICK, t=EVE_ANSWER), context={"at": EVE_AT})
    return ((*leads, eve),)


async def _too_many(
    store: QueryStore, person: Person, event_id: int, at: datetime, now: datetime
) -> bool:
    """Whether `person` already has MAX_PENDING one-off reminders ahead of `now` that will
    still be sent (`_ahead`) and this one (of `event_id` at `at`) is not one of them (asked
    again it is kept as it is)."""
    ahead = [r for r, _ in await _ahead(store, person, now)]
    same = any(r.event_id == event_id and r.at == at for r in ahead)
    return len(ahead) >= MAX_PENDING and not same


def _moment(read: MomentAsk, event: Event, tz: ZoneInfo) -> datetime | None:
    """The moment `read` names for `event`, aware in the school's zone `tz`: its wall-clock
    time, or its clock on the event's eve or day («накануне в 19:00»); None when neither."""
    if read.clock is not None:
        return read.clock.moment(event.start, tz).astimezone(tz)
    if read.before is not None:  # «за час до экскурсии»
        return (event.start - timedelta(minutes=read.before)).astimezone(tz)
    return resolve_local(read.at, tz) if read.at is not None else None


def _moment_problem(
    read: MomentAsk, at: datetime | None, event: Event, now: datetime
) -> str | None:
    """Why the moment `at` (`read`'s, for `event`) cannot be kept at `now`: unclear, past,
    after the event's end; None when it can."""
    if at is None:
        return str(read.unclear or "no_moment")
    starts = event.start.astimezone(at.tzinfo)
    if read.event_at is not None and not _starts_at(starts, read.event_at):
        return "lead_clock"  # «за 3 часа до экскурсии в 9»: the excursion is at 15:00
    if at <= now:
        return "past"
    if at >= event.end:
        return "after_end"
    return None


def _starts_at(start: datetime, said: time) -> bool:
    """Whether an event starting at `start` (school-local) is the one at the clock `said`
    after its name: the same hour and minute, or `said` an hour before noon read as the
    afternoon's («экскурсии в 3» for 15:00)."""
    if (start.hour, start.minute) == (said.hour, said.minute):
        return True
    return said.hour < 12 and (start.hour, start.minute) == (said.hour + 12, said.minute)


async def _reminded_events(
    ctx: Context[QueryStore],
    person: Person,
    dialog: Dialog,
    reference: str,
    picked: int | None = None,
) -> list[Event]:
    """The event a reminder is asked for: the one `picked` from «О каком из них напомнить?»
    by its number (while it is ahead and not cancelled), else those the words name (the
    person's own sign-ups among them first), else the one in context, else the person's
    upcoming sign-ups (the only one is meant). Never an event no longer, or never, for them
    (permissions.left_out: another class's, staff-only): `_ahead` leaves its reminder out
    and the loop drops it as «снято» (review72: it was set, then listed as none)."""
    found = await _reminded_candidates(ctx, person, dialog, reference, picked)
    return [e for e in found if left_out(person, e) is None]


async def _reminded_candidates(
    ctx: Context[QueryStore],
    person: Person,
    dialog: Dialog,
    reference: str,
    picked: int | None,
) -> list[Event]:
    """`_reminded_events` before the events not for `person` are left out."""
    now = ctx.clock.now()
    if picked is not None:
        event = await ctx.store.get_event(picked)
        live = event is not None and event.end > now and event.status is not EventStatus.CANCELLED
        return [event] if event is not None and live else []
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
    words); «отмени напоминание 2» or a «мои напоминания» button: only that one — a row of
    someone else's (a forged button) or a number not listed deletes nothing. The offset
    reminders of their sign-ups stay («не напоминай про …» turns those off). The reply
    names what was deleted, or that there was nothing to delete."""
    now = ctx.clock.now()
    if not isinstance(ctx.store, MomentStore):
        return [Reply("moment_reminders_forgotten", {"items": [], "reference": asked.reference})]
    ahead = await _ahead(ctx.store, person, now)
    rows = [r for r, _ in ahead]
    events = {e.id: e for _, e in ahead}
    kept = [r for r in rows if _meant(asked, r, rows, events)]
    if asked.number is not None or asked.reminder_id is not None:
        kept = [r for r in kept if await ctx.store.remove_moment_reminder(person.id, r.id)]
    else:
        await ctx.store.remove_moment_reminders(person.id, sorted({r.event_id for r in kept}))
    orgs = await ctx.orgs()
    items = [
        {"at": r.at.astimezone(ctx.config.tz), "event": event_view(events[r.event_id], orgs)}
        for r in kept
    ]
    context = {"items": items, "reference": asked.reference, "number": asked.number}
    context["spent"] = asked.reminder_id is not None  # a button whose row is gone (review69)
    return [Reply("moment_reminders_forgotten", context)]


async def _ahead(
    store: QueryStore, person: Person, now: datetime
) -> list[tuple[MomentReminder, Event]]:
    """The person's one-off reminders whose moment is after `now` and which the loop will
    still send (their event kept, not cancelled, not over by then: still_worth_sending),
    earliest first, each with its event — as «мои напоминания» numbers them, the numbered
    cancel takes them and the cap counts them (review69: a cancelled event's row was listed
    as if it would come and filled the cap); nor one of an event no longer for them
    (permissions.left_out: its title is not theirs to read, and it comes as «снято»:
    safety72 #2)."""
    if not isinstance(store, MomentStore):
        return []
    found = []
    for row in await store.moment_reminders_of(person.id, now):
        event = await store.get_event(row.event_id)
        if (
            event is not None
            and still_worth_sending(event, row.at)
            and left_out(person, event) is None
        ):
            found.append((row, event))
    return found


def _meant(
    asked: ForgetMoments,
    row: MomentReminder,
    rows: list[MomentReminder],
    events: dict[int, Event],
) -> bool:
    """Whether the cancel `asked` is about `row`, one of the person's `rows` still ahead (in
    the order «мои напоминания» lists them)."""
    if asked.reminder_id is not None:
        return row.id == asked.reminder_id
    if asked.number is not None:
        return 0 < asked.number <= len(rows) and rows[asked.number - 1].id == row.id
    return not asked.reference or title_mentions(asked.reference, events[row.event_id].title)


async def on_list_moments(
    ctx: Context[QueryStore], person: Person, dialog: Dialog, asked: ListMoments
) -> list[Reply]:
    """«мои напоминания»: the person's own one-off reminders still ahead, earliest first,
    each with its moment in the school's zone (`ctx.config.tz`) and its event, numbered as
    «отмени напоминание 2» takes them; a «Отменить» button under each of the first
    FORGET_BUTTONS (its payload names the row; the cancel checks it is the presser's)."""
    now = ctx.clock.now()
    ahead = await _ahead(ctx.store, person, now)
    rows = [r for r, _ in ahead]
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    items = [
        {
            "number": n,
            "at": row.at.astimezone(ctx.config.tz),
            "event": event_view(event, orgs, today=today),
        }
        for n, (row, event) in enumerate(ahead, 1)
    ]
    forget = RowButton("forget_moment", ButtonAction.FORGET_MOMENT, "negative")
    buttons = numbered_rows([r.id for r in rows], forget, limit=FORGET_BUTTONS)
    return [Reply("moment_reminders_list", {"items": items}, buttons=buttons)]


ROUTES: Routes = {
    RemindAtMoment: on_remind_at_moment,
    ForgetMoments: on_forget_moments,
    ListMoments: on_list_moments,
}

"""A saved run's last day changed in words (chat74; newcomer72 left 5, safety72 left):
«продли выставку до 10 января», «выставка продлится до 10 января», «перенеси окончание
выставки на 10 января» (bot.core.language.run_end_phrases).

Only the end moves: the change is a move whose start is the event's own, so the usual move
card (was → станет, clashes, who is told), its «да» and «верни» do the rest. The event is the
one the words name among those the person may change (its author, its organisation's
partners, or a curator: permissions.can_edit), else the one in context; anyone else is
refused politely («… проводит КГТУ — изменить может только организатор или куратор»). An
event of one day with hours is no run: it is told how to move it instead.

chat75: a clock instead of a day («продли лекцию до 17:00») is a one-day event's new end —
the move card keeps its start («Изменить окончание … — до 17:00?»; a series asks which
meetings). A series' last day («кружок будет идти до 15 декабря») is its meetings': an
earlier one cancels the meetings after it (the cancel card of «эта и следующие»), a later
one is told how to add meetings (the bot adds none to a series). Several events named are
listed and a number answers the list (ListAction.RUN_END).

chat76: a bare number («продли лекцию до 17») is a clock when the event has hours on one day
and the hour fits after its start («до 5» of a 15:00 lecture: 17:00), a day of the month for
an all-day event or a run (the first such day from the run's first day or today); for a
series of timed meetings where both readings fit the bot asks (`run_end_hour_or_day`). A
length («продли лекцию на час», «сократи на 15 минут») moves a timed event's end by it, and a
run's last day by whole days («продли выставку на неделю»)."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.dialog import ChangeKind, ChangeScope, Dialog, ListAction, PlannedChange
from bot.core.features.cancel_by_text import matching_events, not_found
from bot.core.features.changing import ChangingStore, ask_change, editable, targets
from bot.core.features.context import Context, Routes
from bot.core.features.series_extensions import extend_series
from bot.core.language.meaning import ChangeRunEnd
from bot.core.models import Event, Person, Role
from bot.core.replies import Reply
from bot.core.run_ends import is_run, run_end
from bot.core.views import event_view, last_day
from bot.core.wallclock import resolve_local

WHICH_LIMIT = 5  # events listed when the words name several


async def on_change_run_end(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, asked: ChangeRunEnd
) -> list[Reply]:
    """The move card of the run's new last day `asked.last` (module docstring), or why not:
    not found or not the person's (`run_end_not_found`, the organiser's refusal), several
    named (`run_end_which`), no run (`run_end_not_run`), a last day before the first
    (`run_end_before_start`), the same last day (`run_end_same`) or one already past
    (`run_end_past`)."""
    if person.role is Role.STUDENT:  # students change no events
        return [Reply("not_understood", {"role": person.role.value})]
    found = await _the_event(ctx, person, dialog, asked)
    if isinstance(found, Reply):
        return [found]
    event = await editable(ctx, person, found.id, moving=dialog)
    if isinstance(event, Reply):
        return [event]
    view = event_view(event, await ctx.orgs(), today=ctx.wall_now().date())
    if asked.by is not None:
        return await _end_by(ctx, person, dialog, event, asked.by)
    if asked.months:
        return await _end_by_months(ctx, person, dialog, event, asked.months)
    if asked.number is not None:
        read = _hour_or_day(event, asked.number, ctx.config.tz, ctx.wall_now().date())
        if read is None:
            return [Reply("run_end_hour_or_day", _hour_or_day_context(ctx, event, asked.number))]
        asked = replace(asked, **({"until": read} if isinstance(read, time) else {"last": read}))
        if isinstance(read, time) and read.hour != asked.number:  # «до 9» of 16:00: 21:00
            note = _read_as(ctx, event, "evening", until=read, number=asked.number)
            return [note, *await _end_clock(ctx, person, dialog, event, read)]
    if asked.until is not None:
        return await _end_clock(ctx, person, dialog, event, asked.until)
    assert asked.last is not None  # run_end_said gives a day, a clock, a number or a length
    if event.series_id is not None and not (event.all_day or is_run(event)):
        return await _series_last_day(ctx, person, dialog, event, asked.last)
    problem = _problem(event, asked.last, ctx)
    if problem is not None:
        return [Reply(problem, {"event": view, "last": asked.last})]
    dialog.last_event = event.id
    change = PlannedChange(
        ChangeKind.MOVE,
        event.id,
        start=event.start.isoformat(),
        end=run_end_instant(asked.last, ctx.config.tz).isoformat(),
        all_day=event.all_day,
        end_given=True,
        scope=ChangeScope.ONE,  # a series' other meetings would each take the new length
    )
    return await ask_change(ctx, person, dialog, change)


def _hour_or_day(event: Event, number: int, tz: ZoneInfo, today: date) -> time | date | None:
    """What a bare «до `number`» means for `event` (module docstring): a clock (school wall
    clock), a day (school-local), or None when a series' meetings fit both."""
    timed = not (event.all_day or is_run(event))
    clock = fitting_clock(event, number, tz) if timed else None
    if clock is not None and event.series_id is not None:
        return None  # «продли кружок до 17»: 17:00 or the 17th — asked
    if clock is not None:
        return clock
    if timed and event.series_id is None and number <= LAST_HOUR:
        return time(number)  # no clock after the start: refused as a clock before it
    first = event.start.astimezone(tz).date()
    return day_numbered(number, max(first, today))


def _hour_or_day_context(ctx: Context[ChangingStore], event: Event, number: int) -> dict[str, Any]:
    """The run_end_hour_or_day question's data: the event, the clock and the day it may be."""
    tz = ctx.config.tz
    today = ctx.wall_now().date()
    first = event.start.astimezone(tz).date()
    return {
        "event": event_view(event, {}, today=today),
        "number": number,
        "until": fitting_clock(event, number, tz),
        "last": day_numbered(number, max(first, today)),
    }


LAST_HOUR = 23


def fitting_clock(event: Event, hour: int, tz: ZoneInfo) -> time | None:
    """The clock a bare hour names for timed `event`: `hour`:00, else `hour`+12:00 («до 5» of
    a lecture at 15:00 is 17:00), the first of them after its start (school wall clock);
    None when neither is (or the hour is no hour of the day)."""
    if hour > LAST_HOUR:
        return None
    start = event.start.astimezone(tz)
    hours = (hour, hour + 12) if hour < 12 else (hour,)
    return next((time(h) for h in hours if time(h) > start.time()), None)


def day_numbered(number: int, since: date) -> date:
    """The first day `number` of a month on or after `since` (school-local): «до 25» on 7
    December is 25 December, «до 5» is 5 January; a month without that day is skipped."""
    year, month = since.year, since.month
    while True:
        if number <= monthrange(year, month)[1] and date(year, month, number) >= since:
            return date(year, month, number)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


async def _end_by(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, event: Event, by: timedelta
) -> list[Reply]:
    """The card of `event`'s end moved by `by` (negative: earlier): a timed event's end clock
    on its day; a run's or all-day event's last day by whole days; or why not
    (`run_end_by_hours_on_days`, `run_end_by_next_day`, and _end_clock's refusals)."""
    tz = ctx.config.tz
    view = event_view(event, await ctx.orgs(), today=ctx.wall_now().date())
    whole_days = by.days if by % timedelta(days=1) == timedelta() else None
    if event.all_day or is_run(event):
        if whole_days is None:
            return [Reply("run_end_by_hours_on_days", {"event": view})]
        first = event.start.astimezone(tz).date()
        new_last = (last_day(event) or first) + timedelta(days=whole_days)
        asked = ChangeRunEnd("", new_last, event_id=event.id)
        return await on_change_run_end(ctx, person, dialog, asked)
    if whole_days is not None and event.series_id is not None:
        final = max(
            await targets(ctx, PlannedChange(ChangeKind.MOVE, event.id, scope=ChangeScope.SERIES)),
            key=lambda e: e.start,
        )
        new_last = final.start.astimezone(tz).date() + timedelta(days=whole_days)
        return await _series_last_day(ctx, person, dialog, event, new_last)
    if whole_days is not None:
        return [
            Reply(
                "run_end_not_run",
                {
                    "event": view,
                    "last": event.start.astimezone(tz).date() + timedelta(days=whole_days),
                },
            )
        ]
    new_end = event.end + by
    start = event.start.astimezone(tz)
    if new_end.astimezone(tz).date() != start.date() and new_end > event.start:
        return [
            Reply("run_end_by_next_day", {"event": view, "until": new_end.astimezone(tz).time()})
        ]
    card = await _end_clock(ctx, person, dialog, event, new_end.astimezone(tz).time())
    if event.end_given:
        return card
    # no end was given: the length counts from the assumed one, and the note says so (chat77)
    assumed = event.end.astimezone(tz).time()
    return [_read_as(ctx, event, "assumed", until=assumed, by=by), *card]


def _read_as(ctx: Context[ChangingStore], event: Event, how: str, **said: Any) -> Reply:
    """A note above an end card saying how the words were read (chat77): "assumed" — the
    event had no end, so «на полчаса» counts from the assumed one (`until`, school wall
    clock; `by`, the length); "evening" — a bare «до 9» of a 16:00 event is 21:00 (`number`,
    `until`)."""
    view = event_view(event, {}, today=ctx.wall_now().date())
    return Reply("run_end_read_as", {"event": view, "how": how, **said})


async def _end_by_months(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, event: Event, months: int
) -> list[Reply]:
    """«продли выставку на месяц», «продли кружок на 2 месяца» (chat77): the last day of a
    run or an all-day event — or a series' last meeting's day — moved by calendar `months`
    (negative: earlier; the 31st of a shorter month is its last day), then as a new last day
    said in words (on_change_run_end: the card, or the series' reply). A one-day timed
    event is no run (`run_end_not_run`)."""
    tz = ctx.config.tz
    first = event.start.astimezone(tz).date()
    if event.series_id is not None and not (event.all_day or is_run(event)):
        whole = PlannedChange(ChangeKind.MOVE, event.id, scope=ChangeScope.SERIES)
        final = max(await targets(ctx, whole), key=lambda e: e.start)
        new_last = months_later(final.start.astimezone(tz).date(), months)
        return await _series_last_day(ctx, person, dialog, event, new_last)
    if not (event.all_day or is_run(event)):
        view = event_view(event, await ctx.orgs(), today=ctx.wall_now().date())
        return [Reply("run_end_not_run", {"event": view, "last": months_later(first, months)})]
    asked = ChangeRunEnd("", months_later(last_day(event) or first, months), event_id=event.id)
    return await on_change_run_end(ctx, person, dialog, asked)


def months_later(day: date, months: int) -> date:
    """`day` moved by calendar `months` (negative: earlier), kept within the month it lands
    in: 31 January + 1 month is 28 (29) February."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


async def _end_clock(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, event: Event, until: time
) -> list[Reply]:
    """The move card of one-day `event` ending at `until` (school wall clock) on its own
    day, its start kept; or why not: an all-day event or a run of days
    (`run_end_clock_no_hours`), an end not after the start (`run_end_clock_before_start`),
    the end it has (`run_end_clock_same`)."""
    view = event_view(event, await ctx.orgs(), today=ctx.wall_now().date())
    tz = ctx.config.tz
    context = {"event": view, "until": until}
    if event.all_day or is_run(event):
        return [Reply("run_end_clock_no_hours", context)]
    new_end = resolve_local(datetime.combine(event.start.astimezone(tz).date(), until), tz)
    if new_end <= event.start:
        return [Reply("run_end_clock_before_start", context)]
    if new_end == event.end and event.end_given:
        return [Reply("run_end_clock_same", context)]
    dialog.last_event = event.id
    change = PlannedChange(
        ChangeKind.MOVE,
        event.id,
        start=event.start.isoformat(),
        end=new_end.isoformat(),
        all_day=False,
        end_given=True,
    )
    return await ask_change(ctx, person, dialog, change)  # a series: which meetings?


async def _series_last_day(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, event: Event, last: date
) -> list[Reply]:
    """A series' new last day `last` (school-local): an earlier one than its last meeting's
    is the cancel card of the meetings after it (scope FOLLOWING from the first of them); a
    later one is told how to add meetings (`run_end_series_longer`); the same, a day before
    the first meeting or a past one are refused as a run's are. A later one of a series
    with a steady rhythm gets the card of the meetings up to it instead
    (series_extensions.extend_series, chat78)."""
    tz = ctx.config.tz
    whole = PlannedChange(ChangeKind.MOVE, event.id, scope=ChangeScope.SERIES)
    meetings = sorted(await targets(ctx, whole), key=lambda e: e.start)
    days = [m.start.astimezone(tz).date() for m in meetings]
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    final = event_view(meetings[-1], orgs, today=today)
    dialog.last_event = event.id
    problem = _series_problem(last, days, today)
    if problem is not None:
        shown = meetings[0] if problem == "run_end_before_start" else meetings[-1]
        return [Reply(problem, {"event": event_view(shown, orgs, today=today), "last": last})]
    if last > days[-1]:
        extended = await extend_series(ctx, person, dialog, meetings, last)
        if extended is not None:  # the new meetings as one card (chat78)
            return extended
        weekly = all((b - a).days == 7 for a, b in pairwise(days))
        context = {"event": final, "last": last, "count": len(meetings), "weekly": weekly}
        context["next"] = days[-1] + timedelta(days=7)  # a weekly series' next meeting
        return [Reply("run_end_series_longer", context)]
    after = next(m for m, day in zip(meetings, days, strict=True) if day > last)
    change = PlannedChange(ChangeKind.CANCEL, after.id, scope=ChangeScope.FOLLOWING)
    return await ask_change(ctx, person, dialog, change)


def _series_problem(last: date, days: list[date], today: date) -> str | None:
    """Why a series meeting on `days` (school-local, in order) cannot end on `last` (a
    template id: past, before its first meeting, its last meeting's day already), or None."""
    if last < today:
        return "run_end_past"
    if last < days[0]:
        return "run_end_before_start"
    return "run_end_same" if last == days[-1] else None


def run_end_instant(last: date, tz: ZoneInfo) -> datetime:
    """The end of a run whose last day is `last`: the midnight after it in the school's
    zone `tz`, as all-day events and timed runs both store it (run_ends.run_end)."""
    return resolve_local(run_end(last), tz)


async def _the_event(
    ctx: Context[ChangingStore], person: Person, dialog: Dialog, asked: ChangeRunEnd
) -> Event | Reply:
    """The one event the words name among the person's own, the one in context when no
    words are given, or the Reply saying why there is none."""
    if not asked.reference:
        event = await editable(ctx, person, asked.event_id or dialog.last_event)
        return event
    found = await matching_events(ctx, person, asked.reference, every_word=True)
    if len({e.series_id for e in found}) == 1 and found[0].series_id is not None:
        return min(found, key=lambda e: e.start)  # one series' meetings: the series
    if len(found) == 1:
        return found[0]
    if not found:
        return await not_found(ctx, person, asked.reference, "run_end_not_found", every_word=True)
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    shown = found[:WHICH_LIMIT]
    items = [event_view(e, orgs, n, today) for n, e in enumerate(shown, 1)]
    said = {"last": asked.last.isoformat()} if asked.last else {}
    said |= {"until": asked.until.strftime("%H:%M")} if asked.until else {}
    said |= {"number": str(asked.number)} if asked.number else {}
    by_minutes = int(asked.by.total_seconds()) // 60 if asked.by else 0
    said |= {"by": str(by_minutes)} if by_minutes else {}
    said |= {"months": str(asked.months)} if asked.months else {}
    dialog.ask_on_list([e.id for e in shown], ListAction.RUN_END, **said)  # «2» answers it
    context = {"items": items, "last": asked.last, "until": asked.until}
    return Reply("run_end_which", context | {"number": asked.number, "by_minutes": by_minutes})


def _problem(event: Event, last: date, ctx: Context[ChangingStore]) -> str | None:
    """Why `event`'s last day cannot become `last` (a template id), or None."""
    first = event.start.astimezone(ctx.config.tz).date()
    if not (event.all_day or is_run(event)):
        return "run_end_not_run"
    if last < first:
        return "run_end_before_start"
    if last == (last_day(event) or first):
        return "run_end_same"
    if last < ctx.wall_now().date():
        return "run_end_past"
    return None


ROUTES: Routes = {ChangeRunEnd: on_change_run_end}

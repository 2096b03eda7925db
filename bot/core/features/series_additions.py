"""One more meeting added to a saved series in words (chat76): «добавь ещё занятие 20
декабря», «ещё одна встреча кружка в пятницу в 15:00» (bot.core.language.series_add_phrases).

The new meeting is a pending draft like any typed event — the series' title, classes,
place, seats and length on the day asked, at the time asked or the series' own — so the
usual card (clashes, the school calendar, «✏️ …» fixes) and its «да» / «нет» do the rest;
the row carries JOIN_SERIES_KEY, so «да» stores it in the series (plan_saving) and its
organiser is the series' (a partner's series stays the partner's). The series is the one the
words name among the person's own (permissions.can_edit), else the one in context (the last
event looked at), else the person's only series; anyone else's is refused as a move is, and
one the person may correct but does not speak for (a partner's series a teacher entered:
permissions.can_extend_series) takes no new meetings from them (perms79)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from bot.core.dialog import Dialog, ListAction
from bot.core.draft_json import draft_to_json
from bot.core.drafts import MAX_OCCURRENCES
from bot.core.features.adding import JOIN_SERIES_KEY
from bot.core.features.cancel_by_text import live_events, matching_events
from bot.core.features.changing import editable
from bot.core.features.context import Context, Routes
from bot.core.features.pending_drafts import show_pending
from bot.core.features.plan_summaries import PlanStore
from bot.core.language.meaning import AddToSeries, NotUnderstood
from bot.core.models import Event, EventDraft, EventStatus, Person, Role
from bot.core.permissions import can_extend_series
from bot.core.replies import Reply
from bot.core.series_rhythm import next_on, weekly_days
from bot.core.views import event_view

WHICH_LIMIT = 5  # series named when the words fit several
# a day this far after the series' last meeting is a past day read as next year's
FAR = timedelta(days=183)


async def on_add_to_series(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, asked: AddToSeries
) -> list[Reply]:
    """The card of the series' new meeting (module docstring), or why not: no series found
    (`series_add_not_found`), several (`series_add_which`), a day already past
    (`series_add_past`; today at an hour already past too), a day more than half a year
    after the last meeting that is no past day misread (`series_add_far`), one the
    series meets on already (`series_add_same_day`), or a series with
    drafts.MAX_OCCURRENCES meetings ahead already — the most a series is saved with
    (`series_add_full`). No replies when the words name none of the person's series and
    the text means something else (`asked.otherwise`, a new event: «Ещё урок мужества 18
    декабря в 12:00»): the planner routes that meaning instead (review77)."""
    if person.role is Role.STUDENT:  # students add no events
        return [Reply("not_understood", {"role": person.role.value})]
    found = await _the_series(ctx, person, dialog, asked)
    if isinstance(found, Reply) and found.template == "series_add_not_found" and _means_else(asked):
        return []  # words naming no series of theirs: the text's other meaning (planner)
    if isinstance(found, Reply):
        return [found]
    event = await editable(ctx, person, found.id)
    if isinstance(event, Reply):
        return [event]
    assert event.series_id is not None
    if not can_extend_series(person, event):  # a partner's series a teacher entered (perms79)
        orgs = await ctx.orgs()
        return [Reply("series_add_not_organiser", {"event": event_view(event, orgs)})]
    tz = ctx.config.tz
    meetings = sorted(
        (e for e in await ctx.store.events_of_series(event.series_id) if _live(e)),
        key=lambda e: e.start,
    )
    last = meetings[-1]
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    context: dict[str, Any] = {"event": event_view(last, orgs, today=today), "day": asked.day}
    context["count"] = len(meetings)
    context["next"] = next_meeting_day([m.start.astimezone(tz).date() for m in meetings], today)
    if asked.day > last.start.astimezone(tz).date() + FAR:
        # «1 декабря» on 7 December is read as next year's: this year's is what was meant;
        # a day still ahead a year before («20 декабря 2030») is only far (attack77)
        far = _year_before(asked.day) >= today
        context["day"] = asked.day if far else _year_before(asked.day)
        return [Reply("series_add_far" if far else "series_add_past", context)]
    if asked.day < today:
        return [Reply("series_add_past", context)]
    if asked.day in {m.start.astimezone(tz).date() for m in meetings}:
        return [Reply("series_add_same_day", context)]
    ahead = sum(m.start > ctx.clock.now() for m in meetings)
    if ahead >= MAX_OCCURRENCES:  # as many as a series is saved with at most (attack78)
        return [Reply("series_add_full", context | {"ahead": ahead})]
    # its place among the meetings: a day before the first makes it the first (attack78)
    context["place"] = 1 + sum(m.start.astimezone(tz).date() < asked.day for m in meetings)
    draft = meeting_draft(last, asked.day, asked.at, ctx)
    start = draft.start
    if start is not None and not draft.all_day and start <= ctx.wall_now():
        # today at an hour already past (attack77): a typed post is refused so too
        return [Reply("series_add_past", context | {"at": start.time()})]
    dialog.clear_pending()
    join = {"series": event.series_id, "organisation": event.organisation_id}
    dialog.pending = [draft_to_json(draft) | {JOIN_SERIES_KEY: join}]
    dialog.last_event = last.id
    return [Reply("series_add_note", context), *await show_pending(ctx, person, dialog)]


def meeting_draft(last: Event, day: date, at: time | None, ctx: Context[PlanStore]) -> EventDraft:
    """The new meeting as a draft (naive school wall clock, as drafts keep it): `last`'s
    title, classes, place, seats and length on `day`, at `at` or at `last`'s own time."""
    tz = ctx.config.tz
    local = last.start.astimezone(tz)
    start = datetime.combine(day, at or local.time())
    end = start + (last.end - last.start) if last.end_given and not last.all_day else None
    return EventDraft(
        title=last.title,
        start=start,
        end=end,
        all_day=last.all_day,
        venue=last.venue,
        audience=last.audience,
        capacity=last.capacity,
    )


def next_meeting_day(days: list[date], today: date) -> date:
    """The day after `days` (a series' meeting days, school-local, sorted) its rhythm names
    next — the last day plus the gap between the last two (a week for a single meeting) —
    moved on by that gap until it is after `today`: a day «добавь ещё занятие» accepts
    (series_add_past's example, review77: it named the last meeting's own day). A series on
    several weekdays (series_rhythm.weekly_days) names the next of them instead."""
    weekdays = weekly_days(days)
    if weekdays:  # «по вторникам и четвергам»: the next of its weekdays (series82)
        day = next_on(days[-1], weekdays)
        while day <= today:
            day = next_on(day, weekdays)
        return day
    step = days[-1] - days[-2] if len(days) > 1 and days[-1] > days[-2] else timedelta(days=7)
    day = days[-1] + step
    while day <= today:
        day += step
    return day


def _year_before(day: date) -> date:
    """`day` a year earlier (28 February for 29 February)."""
    return (
        day.replace(year=day.year - 1)
        if (day.month, day.day) != (2, 29)
        else day.replace(year=day.year - 1, day=28)
    )


def _means_else(asked: AddToSeries) -> bool:
    """Whether `asked` names a series by words and its text means something else too."""
    meaning = asked.otherwise
    return bool(asked.reference) and meaning is not None and not isinstance(meaning, NotUnderstood)


def _live(event: Event) -> bool:
    return event.status is not EventStatus.CANCELLED


async def _the_series(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, asked: AddToSeries
) -> Event | Reply:
    """A meeting of the one series `asked.reference` names among the person's events (or,
    with no words, the person's only series; the one picked from series_add_which by
    `asked.event_id`), or the Reply why not. Several series and no words are asked about,
    the one in context first (chat77: after «мои мероприятия» lists two series, «the last
    one looked at» is no longer what the person sees), the list's numbers answering it."""
    reference = asked.reference
    if asked.event_id is not None:
        return await ctx.store.get_event(asked.event_id) or Reply(
            "series_add_not_found", {"reference": reference}
        )
    series: dict[int, Event] = {}
    current = await ctx.store.get_event(dialog.last_event) if dialog.last_event else None
    if not reference and current is not None and current.series_id is not None and _live(current):
        series[current.series_id] = current
    named = await matching_events(ctx, person, reference, every_word=True) if reference else None
    found = named if named is not None else await live_events(ctx, person)
    for event in found:
        if event.series_id is not None:
            series.setdefault(event.series_id, event)
    if len(series) == 1:
        return next(iter(series.values()))
    if not series:
        return Reply("series_add_not_found", {"reference": reference})
    orgs = await ctx.orgs()
    today = ctx.wall_now().date()
    shown = list(series.values())[:WHICH_LIMIT]
    items = [event_view(e, orgs, n, today) for n, e in enumerate(shown, 1)]
    said = {"day": asked.day.isoformat()} | ({"at": asked.at.strftime("%H:%M")} if asked.at else {})
    dialog.ask_on_list([e.id for e in shown], ListAction.SERIES_ADD, **said)  # «2» answers it
    return Reply("series_add_which", {"items": items, "day": asked.day})


ROUTES: Routes = {AddToSeries: on_add_to_series}

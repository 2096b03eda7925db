"""A saved series made longer in words (chat78; chat77 left it): «продли кружок на месяц»,
«продли кружок до 29 января» — the meetings the series' rhythm gives up to the new last day
as one card, as «добавь ещё занятие» gives one (bot.core.features.series_additions).

The card is one pending draft repeating weekly (or daily) from the series' next meeting day
to the last new meeting, with the series' title, classes, place, seats, clock and length;
its row carries JOIN_SERIES_KEY, so «да» stores every meeting in the series (plan_saving)
under the organiser the series has then (adding.series_still_joined), and the card's usual
fixes («без 5 января», «✏️ …») work on it. A series never has more than
drafts.MAX_OCCURRENCES meetings ahead (attack78's limit of «добавь ещё занятие»): the new
meetings are cut to fit and the note says so; none fitting is `series_add_full`. A series
on several weekdays («по вторникам и четвергам», series_rhythm.weekly_days) goes on on each
of them (Recurrence.weekdays). A series with no steady rhythm (gaps of several lengths, or
neither a day nor a week), or a new last day before its next meeting, gets None: the caller
tells how to add meetings instead."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from bot.core.dialog import Dialog
from bot.core.draft_json import draft_to_json
from bot.core.drafts import MAX_OCCURRENCES
from bot.core.features.adding import JOIN_SERIES_KEY
from bot.core.features.context import Context
from bot.core.features.pending_drafts import show_pending
from bot.core.features.plan_summaries import PlanStore
from bot.core.features.series_additions import meeting_draft, next_meeting_day
from bot.core.models import Event, Person, Recurrence
from bot.core.replies import Reply
from bot.core.series_rhythm import next_on, weekly_days
from bot.core.views import event_view

_FREQUENCIES = {timedelta(days=1): "daily", timedelta(weeks=1): "weekly"}


async def extend_series(
    ctx: Context[PlanStore], person: Person, dialog: Dialog, meetings: list[Event], last: date
) -> list[Reply] | None:
    """The card of `meetings`' (one series' live meetings, in order) new meetings up to
    `last` (school-local, after their last meeting's day) with its note, or why none fits;
    None when the series has no steady rhythm or no new meeting falls by `last`."""
    tz = ctx.config.tz
    days = [m.start.astimezone(tz).date() for m in meetings]
    weekdays = weekly_days(days)  # «по вторникам и четвергам»: steady, gaps of 2 and 5 days
    step = days[-1] - days[-2] if len(days) > 1 and not weekdays else timedelta(weeks=1)
    if not weekdays and (step not in _FREQUENCIES or any(b - a != step for a, b in pairwise(days))):
        return None
    today = ctx.wall_now().date()
    new_days = _days_from(next_meeting_day(days, today), step, last, weekdays)
    if not new_days:
        return None
    orgs = await ctx.orgs()
    final = meetings[-1]
    ahead = sum(m.start > ctx.clock.now() for m in meetings)
    context: dict[str, Any] = {"event": event_view(final, orgs, today=today), "last": last}
    if ahead >= MAX_OCCURRENCES:
        return [Reply("series_add_full", context | {"ahead": ahead, "day": new_days[0]})]
    fitting = new_days[: MAX_OCCURRENCES - ahead]
    context |= {"count": len(meetings), "days": fitting, "cut": len(fitting) < len(new_days)}
    context["most"] = MAX_OCCURRENCES
    draft = meeting_draft(final, fitting[0], None, ctx)
    recurrence = Recurrence(freq=_FREQUENCIES[step], until=fitting[-1], weekdays=weekdays)
    dialog.clear_pending()
    join = {"series": final.series_id, "organisation": final.organisation_id}
    dialog.pending = [
        draft_to_json(replace(draft, recurrence=recurrence)) | {JOIN_SERIES_KEY: join}
    ]
    dialog.last_event = final.id
    return [Reply("series_extend_note", context), *await show_pending(ctx, person, dialog)]


def _days_from(first: date, step: timedelta, last: date, weekdays: frozenset[int]) -> list[date]:
    """`first`, `first` + `step`, … up to `last` (inclusive; school-local days); with
    `weekdays` (Monday = 0) every one of those weekdays from `first` on instead."""
    found = []
    day = first
    while day <= last:
        found.append(day)
        day = next_on(day, weekdays) if weekdays else day + step
    return found

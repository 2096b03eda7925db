"""The days of one's own events, for «что ещё в школе в эти дни?» (newcomer77).

A partner who has sent a programme asks what else the school holds on its days: the days
(school-local) its organisation's upcoming events fall on, and the school's events on any
of those days (bot.core.features.queries.answer_query; the phrase is read by
bot.core.language.own_days).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.features.context import Context
from bot.core.models import Event, Person

# a run (an exhibition open all month) counts its first days only: the days a programme
# is agreed about, never a month of every event in the school
RUN_DAYS = 7


def event_days(event: Event, tz: ZoneInfo) -> list[date]:
    """The school-local days `event` takes, up to RUN_DAYS from its first (an end at
    midnight takes no day of its own)."""
    first = event.start.astimezone(tz).date()
    last = (event.end - timedelta(microseconds=1)).astimezone(tz).date()
    last = min(max(last, first), first + timedelta(days=RUN_DAYS - 1))
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


async def own_event_days(ctx: Context[Any], person: Person) -> list[date]:
    """The school-local days, sorted, of the upcoming events (from now) of the organisation
    `person` acts for; [] when it holds none."""
    tz = ctx.config.tz
    org_id = await ctx.organisation_of(person)
    mine = await ctx.store.events_between(ctx.clock.now(), None, organisation_id=org_id)
    return sorted({day for event in mine for day in event_days(event, tz)})


def on_days(events: Sequence[Event], days: Sequence[date], tz: ZoneInfo) -> list[Event]:
    """The events of `events` (in their order) that take any of `days` (school-local)."""
    wanted = set(days)
    return [e for e in events if wanted.intersection(event_days(e, tz))]

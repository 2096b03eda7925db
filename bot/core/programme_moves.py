"""A stored programme moves with its event: when an event's start moves to another time of
day, the step clocks of its description's programme move by as much (newcomer walk
2026-12-02n, #15: an open day moved from 10:00 to 11:00 kept «10:00 — регистрация»).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.language.programme import shifted
from bot.core.models import Event


def with_start(event: Event, new_start: datetime, tz: ZoneInfo) -> Event:
    """`event` (still at its old start) with its programme's step clocks moved by the
    wall-clock minutes between its old and `new_start` (both aware; compared in the
    school's zone `tz`); its start itself is not changed here. Unchanged when the
    description is no programme (bot.core.language.programme.shifted)."""
    old = event.start.astimezone(tz)
    new = new_start.astimezone(tz)
    minutes = (new.hour * 60 + new.minute) - (old.hour * 60 + old.minute)
    description = shifted(event.details.description, minutes)
    if description == event.details.description:
        return event
    return replace(event, details=replace(event.details, description=description))

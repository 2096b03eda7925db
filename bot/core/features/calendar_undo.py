"""«верни» right after «сбрось учебный календарь» → «да» (newcomer walk 2026-12-01g, #10:
it answered «Нечего возвращать»). The reset keeps the calendar as it was in the curator's
dialog state (`Dialog.last_change`, as bot.core.features.undo keeps an event's change):

    {"at": ISO instant (UTC), "kind": "school_year_reset",
     "before": the calendar setting before the reset (JSON text, None: none was stored),
     "after": the setting the reset wrote}

Within the same window as an event's change (undo.UNDO_WINDOW), «верни» writes "before"
back — but only when the calendar is still as the reset left it: a calendar set again since is never
overwritten, and the reply says plainly that it cannot be brought back, listing the school's
own vacations the reset removed so they can be typed again. Only a curator may
(the rights of now: bot.core.school_settings refuses anyone else). Undone once: a second
«верни» has nothing to undo.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.core.dialog import Dialog
from bot.core.features.context import Context
from bot.core.features.school_year import SchoolYearPorts
from bot.core.models import Person, Role
from bot.core.replies import Reply
from bot.core.school_calendar import SchoolCalendar
from bot.core.school_settings import (
    SCHOOL_CALENDAR_KEY,
    calendar_from_setting,
    save_school_calendar,
)

KIND = "school_year_reset"


async def reset(ctx: Context[SchoolYearPorts], dialog: Dialog) -> None:
    """Reset the school calendar to the default year, keeping what «верни» needs."""
    before = await ctx.store.get_setting(SCHOOL_CALENDAR_KEY)
    await save_school_calendar(ctx.store, SchoolCalendar())
    dialog.last_change = {
        "at": ctx.clock.now().isoformat(),
        "kind": KIND,
        "before": before,
        "after": await ctx.store.get_setting(SCHOOL_CALENDAR_KEY),
    }


def is_reset(last: dict[str, Any]) -> bool:
    """Whether the remembered change (Dialog.last_change) is a calendar reset."""
    return last.get("kind") == KIND


async def undo(
    ctx: Context[SchoolYearPorts],
    person: Person,
    dialog: Dialog,
    last: dict[str, Any],
    window: timedelta,
) -> list[Reply]:
    """Bring back the calendar the reset `last` removed, at most `window` after it; the
    reply names the school's own vacations brought back, or says why it cannot (too late,
    changed since)."""
    dialog.last_change = None
    if person.role is not Role.CURATOR:
        return [Reply("school_year_not_allowed")]
    before = last.get("before")
    vacations = own_vacations(calendar_from_setting(before))
    if ctx.clock.now() - datetime.fromisoformat(str(last["at"])) > window:
        minutes = int(window.total_seconds() // 60)
        lost = {"late_minutes": minutes, "vacations": vacations}
        return [Reply("school_year_reset_not_undone", lost)]
    if await ctx.store.get_setting(SCHOOL_CALENDAR_KEY) != last.get("after"):
        return [Reply("school_year_reset_not_undone", {"late_minutes": 0, "vacations": vacations})]
    if before is not None:
        await ctx.store.set_setting(SCHOOL_CALENDAR_KEY, str(before))
    return [Reply("school_year_reset_undone", {"vacations": vacations, "default": before is None})]


def own_vacations(calendar: SchoolCalendar) -> list[dict[str, Any]]:
    """The school's own vacations in `calendar` (not the ministry's standard ones), by start,
    as the templates' vacation lines take them: season, grades (sorted), start, end (local
    dates, inclusive), days."""
    return [
        {
            "season": v.season,
            "grades": sorted(v.grades),
            "start": v.start,
            "end": v.end,
            "days": (v.end - v.start).days + 1,
        }
        for v in sorted(calendar.vacations, key=lambda v: v.start)
        if v.by_school
    ]

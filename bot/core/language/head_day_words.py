"""A paste headed by a date alone on its first line — «05.12.2026» over «Завтра состоится
концерт хора в актовом зале» —: the date is read as the event's day, while the body names
the day relative to its writing. A dated line with its year and no clock, the post's only
date, above a body saying «завтра» or «послезавтра» is most likely the day the item was
put up (stamps.py takes such a line only with a clock beside it: stamped_reports.stamp_moment
counts «завтра» from it then), so the day the body names from it — the next one — is
offered beside the date (doubt78; review79 #6). Only when the head's day is not after the
post's moment (an item is never put up later than it is read) and the day named is not
past: a head dated ahead is the event's own day heading its announcement.

Pure: no store, no clock of its own (`now` is the post's moment, naive school wall clock).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from bot.core.language.calendar import MONTH
from bot.core.language.doubts import ordered
from bot.core.language.parts import MM, D
from bot.core.language.post_dates import DATE_ANY, date_of
from bot.core.models import EventDraft

# the first non-empty line: a day, its month and its year, nothing else («05.12.2026», «5
# декабря 2026 г.»)
_HEAD_DATE = re.compile(
    rf"\s*(?P<date>{D}[./]{MM}[./](?:19|20)\d\d|{D}\s+{MONTH}\s+(?:19|20)\d\d)"
    r"(?:\s*(?:г\.?|года))?[ \t.,]*\n"
)
# the days named from the writing: «завтра» the next, «послезавтра» the one after
_AHEAD = re.compile(r"(?<![а-яё])(после)?завтра(?![а-яё])")


def head_named_day(text: str, now: datetime) -> tuple[date, date] | None:
    """(the head's day, the day the body names from it) for `text` (a cleaned message, lower
    or mixed case) headed by a date alone on its first line that is its only date, the body
    saying «завтра» or «послезавтра» (only one of them); None otherwise, or when the head's
    day is after `now`'s (naive school wall clock) or the day named is before it."""
    head = _HEAD_DATE.match(text)
    if head is None or len(DATE_ANY.findall(text)) != 1:
        return None
    shifts = {2 if m.group(1) else 1 for m in _AHEAD.finditer(text.lower(), head.end())}
    if len(shifts) != 1:
        return None
    day = date_of(head.group("date").lower(), now)
    if day is None or day > now.date():
        return None
    named = day + timedelta(days=shifts.pop())
    return (day, named) if named >= now.date() else None


def with_head_named_day(draft: EventDraft, text: str, now: datetime) -> EventDraft:
    """`draft` with the day its body names from its head's date (head_named_day) offered
    beside the start and asked (`several_dates`), when the start is the head's day and
    nothing was offered yet (no choices, sessions nor series); the start's clock kept. As
    it is otherwise."""
    if draft.start is None or draft.choices or draft.sessions or draft.recurrence is not None:
        return draft
    found = head_named_day(text, now)
    if found is None or found[0] != draft.start.date():
        return draft
    named = datetime.combine(found[1], draft.start.time())
    return replace(
        draft,
        choices=(draft.start, named),
        doubts=ordered({*draft.doubts, "several_dates"}),
    )

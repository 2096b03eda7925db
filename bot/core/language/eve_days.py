"""An event held on the eve of a dated holiday: «Накануне 8 Марта в актовом зале пройдёт
концерт», «В канун Международного женского дня 8 марта в зале школы состоялся концерт».

«накануне» / «в канун» + a date (its genitive) names the day the event comes before: the
event is on the eve — most often the day before, but a school may hold it a few days
earlier, so the day before is offered and asked (doubt `eve_day`), never saved unasked and
never the holiday's own day (parse61 took the date and asked the day with nothing offered;
«в канун» was read as the holiday itself, «Канун концерт» its title). A holiday named with
no date («накануне Дня учителя», «в канун Нового года»: relative_days.EVE_NAMED, the named
days of 32-FZ and the Labour code's holidays) is read the same.

post_cues.take_eve_days takes the date when the text writes another (that one is the
event's: «Накануне 8 Марта, 6 марта, …»); otherwise it takes only the eve's words and the
date is read as any other (its year too, a report's the past one). `with_eve_day` then
moves the draft read on that date to the day before.

Pure: no store, no clock of its own (`now` is the message's moment, naive school wall clock).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from bot.core.language.doubts import ordered, timing_doubts
from bot.core.language.lowered import lower
from bot.core.language.post_cues import EVE_OF
from bot.core.language.post_dates import DATE_ANY, date_of
from bot.core.language.relative_days import EVE_NAMED, eve_holiday
from bot.core.models import EventDraft

# what the holiday's own day raised: read again for the eve
_TIMING = frozenset({"past", "other_year", "year_guessed", "running"})


def with_eve_day(draft: EventDraft, text: str, now: datetime) -> EventDraft:
    """`draft` (read from `text` at `now`) moved one day back, with the doubt `eve_day`,
    when its start is the day a date after «накануне» / «в канун» names and the text writes
    no other date (module docstring); unchanged otherwise. A timed start keeps its clock, an
    end on that day moves with it; a series or a span of days is left alone."""
    start = draft.start
    if start is None or draft.recurrence is not None or "eve_day" in draft.doubts:
        return draft
    if draft.end is not None and (draft.end - start) >= timedelta(days=1):
        return draft
    anchor = _eve_anchor(lower(text), now)
    if anchor is None or anchor != (start.month, start.day):
        return draft
    eve = start - timedelta(days=1)
    end = draft.end - timedelta(days=1) if draft.end is not None else None
    timing = timing_doubts(
        eve, draft.all_day, now, rolled_year="year_guessed" in draft.doubts, end=end
    )
    doubts = ordered(({*draft.doubts} - _TIMING) | timing | {"eve_day"})
    return replace(draft, start=eve, end=end, doubts=doubts)


def _eve_anchor(lowered: str, now: datetime) -> tuple[int, int] | None:
    """(month, day) of the one holiday `lowered` names after «накануне» / «в канун» — by its
    date («накануне 8 Марта», the text's only date) or by its name with no date written
    («накануне Дня учителя»: relative_days.EVE_NAMED) — or None."""
    if "канун" not in lowered:  # each of the two patterns needs it («накануне», «в канун»),
        return None  # and no «к», «а», «н», «у» has a case partner `re` would fold to it
    dated, named = list(EVE_OF.finditer(lowered)), list(EVE_NAMED.finditer(lowered))
    dates = DATE_ANY.findall(lowered)
    if len(dated) == 1 and not named and len(dates) == 1:
        day = DATE_ANY.match(lowered, dated[0].end())
        holiday = date_of(day.group(0), now) if day is not None else None
        return (holiday.month, holiday.day) if holiday is not None else None
    if len(named) == 1 and not dated and not dates:
        return eve_holiday(named[0].group(1))
    return None

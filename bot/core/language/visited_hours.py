"""A visited run's daily hours: «Выставка «Янтарь» с 7 по 20 декабря ежедневно с 10:00 до
18:00», «выставка … с 21.12 по 10 января, в любой день кроме пн, с 10 до 17». An exhibition
(a kind one comes to at any hour of its days: run_ends.is_visited_kind) open the same hours
every day of a span of a week or more is one run over the span — the hours are when its
doors are open, not sessions each taking its visitors (run72's leftover, parse74). Stored
as every run is: all day from its first to its last day, the hours kept in the description
(the long posts' convention for opening hours, README «How dates and times are read») and
shown on the card, so its clashes are a run's (run_ends.is_visited_run), not one a day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from bot.core.models import EventDraft
from bot.core.run_ends import LONG_RUN_DAYS, is_visited_kind


def as_visited_run(draft: EventDraft, first: date | None) -> EventDraft:
    """`draft` — a daily repeat of one clock range on each day up to its `until`, no
    sessions — as an all-day run from `first` (the span's first day as written; None: the
    draft's own day) to `until` when its title names a visited kind and the span is a long
    run (run_ends.LONG_RUN_DAYS days or more: visited at any hour, it clashes with nothing by
    students); unchanged otherwise — a shorter span's daily hours clash only at those hours,
    an all-day run of a few days would take its students all day."""
    rec = draft.recurrence
    if rec is None or rec.freq != "daily" or rec.until is None or draft.all_day:
        return draft
    if draft.sessions or draft.start is None or draft.end is None:
        return draft
    if draft.end.date() != draft.start.date():
        return draft
    day = first or draft.start.date()
    if (rec.until - day).days + 1 < LONG_RUN_DAYS or not is_visited_kind(draft.title):
        return draft  # a fair on two days at 10–14 keeps its hours: clashes only then
    return replace(
        draft,
        start=datetime.combine(day, time()),
        end=datetime.combine(rec.until, time()),
        all_day=True,
        time_known=True,
        recurrence=None,
    )

"""The lines of a pending plan that cannot be saved as they are, held back for «исправь N: …»:
each as the summary lists it (`incomplete_line`: why, what it has of its days, the period or
column its cell named, whether its year is shown) and as «Сохранено» names it
(`held_lines`); the lines asked only their year (`year_lines`, taken by «да»:
`with_years_taken`); and the example day of «исправь N: …» (`hint_day`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from bot.core import drafts
from bot.core.dialog import Dialog, line_numbers
from bot.core.features.context import Context
from bot.core.features.notices import NoticeStore
from bot.core.language.answers import year_confirmed
from bot.core.models import EventDraft

# a pasted plan's line problems «исправь N: 15 декабря» settles: the line lacks only its day;
# or «исправь N: 16:00»: it lacks only its time (walk v, F3: a weekly plan of dated rows with
# no clock times kept, each row's time asked, instead of «пришлите их отдельно»)
DAY_TO_WRITE = frozenset({"no_date", "no_day", "partner_plan", "no_time"})


def _held_period(draft: EventDraft, ctx: Context[NoticeStore]) -> dict[str, Any]:
    """A held line's period (models.DayPeriod: the month or term its cell named) and the
    day its «исправь N: …» example names: a near school day within it, never past
    (hint_day), else its first or last day; {} for a line with none."""
    period = draft.period
    if period is None:
        return {"period": None}
    near = hint_day(ctx.wall_now().date())
    return {"period": period, "period_example": min(max(near, period.first), period.last)}


def _column(note: dict[str, Any]) -> dict[str, Any]:
    """A pending row's column note (term_columns.column_note) with its days as dates, for
    the line's «не в своей колонке «I полугодие» (… с 1 сентября по 10 января)»."""
    days = {k: date.fromisoformat(note[k]) if note.get(k) else None for k in ("first", "last")}
    return {**note, **days}


def _other_year(draft: EventDraft, ctx: Context[NoticeStore]) -> bool:
    """Whether a held line's day is before the school year under way (from 1 September, by
    the school's wall clock), so that its «уже прошло» names the year: «20 января 2026 года
    (вт) уже прошло» said on 1 December 2026, not a January still ahead to its reader
    (files60: last year's plan sent by mistake)."""
    today = ctx.wall_now()
    began = date(today.year if today.month >= 9 else today.year - 1, 9, 1)
    return draft.start is not None and draft.start.date() < began


def incomplete_line(
    ctx: Context[NoticeStore], number: int, draft: EventDraft, raw: Mapping[str, Any]
) -> dict[str, Any]:
    """A plan's line that cannot be saved as it is (no day, no time, a choice of days), for
    plan_summary's «plan_incomplete» list: its number as shown, title, why
    (drafts.line_problem), what it has of its days, and where a file put it."""
    d = draft
    return (
        {"number": number, "title": d.title, "why": drafts.line_problem(d), "start": d.start}
        | {"last": d.end if d.all_day else None, "year_shown": _other_year(d, ctx)}
        | {"row": raw.get("row"), "choices": list(d.choices), "apart": bool(raw.get("apart"))}
        | {"week": "week_days" in d.doubts}  # «2-я неделя»: its days are the choices
        | _held_period(d, ctx)  # «март», «в течение полугодия»: the days it names (files74)
        | ({"sheet": raw["sheet"]} if raw.get("sheet") else {})
        | ({"caption": raw["caption"]} if raw.get("caption") else {})
        | ({"column": _column(raw["column"])} if raw.get("column") else {})
    )


HINT_DAYS_AHEAD = 7  # the example day of «исправь N: …»: a week from today


def hint_day(today: date) -> date:
    """The day the example of «исправь N: <day> в 16:00» names (`today` school-local): a
    week from today, or the Monday after when that falls on a Saturday or a Sunday — a near
    school day that is never in the past (newcomer walk 2026-12-02o: the example was always
    «8 декабря», past or a year off for most of the year)."""
    day = today + timedelta(days=HINT_DAYS_AHEAD)
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def year_lines(dialog: Dialog) -> list[dict[str, Any]]:
    """The pending plan's lines held only by the year question («15.10» sent in May:
    «…имеется в виду 2027 год?», bot.core.language.doubts `year_guessed`), each as
    {"number": the line's number for «исправь N», "row": its file row or None, "start": the
    guessed day and time (school wall clock)}, in the plan's order. Each is complete once
    the year is taken (`with_years_taken`); a line with something else missing (no time,
    say) is not one of them. Only for a plan of several lines: a single draft asks its own
    question."""
    if len(dialog.pending) < 2:
        return []
    found = []
    for number, raw, draft in zip(
        line_numbers(dialog.pending), dialog.pending, dialog.drafts(), strict=True
    ):
        taken = year_confirmed(draft) if drafts.line_problem(draft) == "year_guessed" else None
        if taken is not None and drafts.is_complete(taken):
            found.append({"number": number, "row": raw.get("row"), "start": draft.start})
    return found


def with_years_taken(dialog: Dialog, pending: Sequence[EventDraft]) -> list[EventDraft]:
    """`pending` (the dialog's drafts) with the year question of `year_lines` answered «да».

    Why «да» takes the asked year: the summary ends with «Сохранить все N (строки 2, 3, 4 —
    в 2027 году)? Ответьте «да» или «нет»» under a «Сохранить всё» button, right after the
    rows' own question «…имеется в виду 2027 год?». A busy deputy head who sent next year's
    plan in May answers «да» to both at once and expects the whole plan saved; saving only the
    ready rows dropped most of such a plan without a word (newcomer walk 2026-12-01i, #2).
    The rows' clashes are then named by «Сохранено» and sent to whoever they touch, as for
    any saved event; «нет» keeps the plan for «исправь N: …» (`on_no`)."""
    if not year_lines(dialog):
        return list(pending)
    return [
        (year_confirmed(d) or d) if drafts.line_problem(d) == "year_guessed" else d for d in pending
    ]


def held_lines(
    ctx: Context[NoticeStore], dialog: Dialog, taken: Sequence[EventDraft]
) -> list[dict[str, Any]]:
    """The plan's lines the summary held back (not complete), named by «Сохранено» so none
    vanishes without a word: number, row, title, why, start, last day, choices, whether
    the year is shown, week days asked, the held period."""
    return [
        {"number": n, "row": raw.get("row"), "title": d.title, "why": drafts.line_problem(d)}
        | {"start": d.start, "last": d.end if d.all_day else None, "choices": list(d.choices)}
        | {"year_shown": _other_year(d, ctx), "week": "week_days" in d.doubts}
        | _held_period(d, ctx)
        for n, raw, d in zip(line_numbers(dialog.pending), dialog.pending, taken, strict=True)
        if not drafts.is_complete(d)
    ]

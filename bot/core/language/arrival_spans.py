"""A span of days whose first day's clock belongs to a preparatory step: «Турнир пройдёт 14–16
марта … Заезд команд 14 марта в 10:00», «Сроки проведения: 5–6 апреля. Разминка: 8:30, …»,
«12 мая — день приезда, работа мандатной комиссии с 12:00 до 18:00». Arriving, settling in,
warming up, registering or passing the admission board is not the event beginning: the post
gives no clock for the event itself, so the event is the span its sentence names, all day,
its first to its last day (inclusive) — never its first day at the desk's clock with the
other days cut off.

The step is read in the clause that writes the clock, before it (from the clause's comma,
semicolon or line start up to the clock), or in the line of the span's first day when that
line calls the day one of arrival («22 мая — день приезда участников»). Every place the clock
is written must be such a step's: a clock written for anything else may be the event's own
start. A timetable's line opening with its clock («9:00–10:00 — регистрация», «8:30 —
мандатная комиссия») is a programme's first slot, read as the start by its own rules
(programme.py, start_doubts: the first slot or the opening, the span asked)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time

from bot.core.language.doubts import ordered
from bot.core.language.post_dates import DATE_ANY, date_of
from bot.core.language.post_facts import PostFacts
from bot.core.language.start_doubts import named_span
from bot.core.models import EventDraft

# the preparatory steps of a meet or a camp: arrival, settling in, warm-up, the desk, the
# admission board, weighing in, the medical check
_STEP = re.compile(
    r"(?<![а-яё])(?:заезд|приезд|прибыти|разминк|регистрац|допуск(?:у|е|ом)?(?![а-яё])|мандатн|поселени"
    r"|размещени|взвешивани|медосмотр|медицинск\w*\s+осмотр)",
    re.IGNORECASE,
)
# a day called one of arrival: «день приезда», «день заезда участников»
_ARRIVAL_DAY = re.compile(r"(?<![а-яё])день\s+(?:приезда|заезда|прибытия)", re.IGNORECASE)
# where the clause holding a clock begins: a comma, a semicolon, a sentence's stop, a line
_CLAUSE_START = re.compile(r"[,;!?\n]|\.(?=\s)")
_REACH = 60  # characters read before a clock for its clause


def with_arrival_span(
    draft: EventDraft, facts: PostFacts | None, text: str, now: datetime
) -> EventDraft:
    """A long post's timed one-day draft on the first day of the span of days the event's
    sentence names (start_doubts.named_span), or a daily series over it, its clock a
    preparatory step's (the module docstring), as that span all day: first day to last
    (inclusive, school-local dates).
    Days offered beside it inside the span are the span's own and go, as do days outside it
    at a preparatory step's clock («Мандатная комиссия — 6 февраля с 16:00»); another day
    outside it stays offered. Unchanged otherwise. `text`: the normalised post the facts'
    spans index; `now`: naive school-local time the post was read at."""
    if facts is None or facts.event_sentence is None or draft.start is None or draft.all_day:
        return draft
    if draft.sessions or (draft.recurrence is not None and draft.recurrence.freq != "daily"):
        return draft  # a daily series over the span at the step's clock is read the same
    if draft.end is not None and draft.end.date() != draft.start.date():
        return draft
    span = named_span(text, facts.event_sentence, now)
    if span is None or span[0] != draft.start.date():
        return draft
    if not (_arrival_day(text, span[0], now) or _step_clock(text, draft.start.time())):
        return draft
    first, last = (datetime.combine(day, time()) for day in span)
    outside = tuple(  # a day outside the span at a step's clock: the step's, no rival
        c
        for c in draft.choices
        if not span[0] <= c.date() <= span[1] and not _step_clock(text, c.time())
    )
    doubts = {*draft.doubts} - {"span_cut", "end_elsewhere", "several_times"}
    if not outside:
        doubts.discard("several_dates")
    return replace(
        draft,
        start=first,
        end=last,
        all_day=True,
        programme=(),
        recurrence=None,
        choices=(first, *outside) if outside else (),
        span=None,
        doubts=ordered(doubts),
    )


def _arrival_day(text: str, first: date, now: datetime) -> bool:
    """Whether a line of `text` writes the day `first` and calls it a day of arrival
    (_ARRIVAL_DAY: «22 ноября — день приезда иногородних участников»)."""
    for m in DATE_ANY.finditer(text):
        if date_of(m.group(0), now) != first:
            continue
        begin = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if _ARRIVAL_DAY.search(text, begin, len(text) if end < 0 else end):
            return True
    return False


def _step_clock(text: str, at: time) -> bool:
    """Whether `text` writes the clock `at` (9:00, 09.00) at least once and each time in a
    preparatory step's clause (_STEP before it in its clause)."""
    pattern = re.compile(rf"(?<![\d:.])0?{at.hour}[:.]{at.minute:02d}(?![\d])")
    found = list(pattern.finditer(text))
    return bool(found) and all(_in_step(text, m.start()) for m in found)


def _in_step(text: str, start: int) -> bool:
    """Whether the clock at `start` in `text` is written in a preparatory step's clause: the
    step named before it («Заезд 21 ноября в 9:00», «Разминка: 9:00»)."""
    window = text[max(0, start - _REACH) : start]
    stops = list(_CLAUSE_START.finditer(window))
    clause = window[stops[-1].end() :] if stops else window
    return _STEP.search(clause) is not None

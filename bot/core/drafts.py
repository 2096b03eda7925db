"""Event drafts between the parser and the plan: what is missing, and expansion into stored
events (aware instants, one row per recurring occurrence). Their JSON for the dialog state is
in bot/core/draft_json.py."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import school_calendar
from bot.core.bells import lesson_clock_of
from bot.core.calendar_checks import ALL_GRADES, NIGHT_CHECKED, NIGHT_END, NIGHT_START
from bot.core.language.actions import ButtonAction, payload
from bot.core.language.audience import names_whole_school
from bot.core.language.calendar import WEEKDAY
from bot.core.language.day_count import stated_days
from bot.core.language.doubts import ordered, timing_doubts
from bot.core.language.times import break_in_capitals, lesson_phrases
from bot.core.models import (
    DEFAULT_DURATION,
    DayPeriod,
    EventDetails,
    EventDraft,
    NewEvent,
    Recurrence,
)
from bot.core.replies import Button, Reply
from bot.core.run_ends import run_last_day
from bot.core.wallclock import does_not_exist, resolve_local

MAX_OCCURRENCES = 40
DEFAULT_REPEATS = timedelta(weeks=8)


# Doubts that are asked about exactly like a missing field (see bot/core/language/doubts.py).
DATE_DOUBTS = frozenset(
    {
        "impossible_date",
        "past",
        "year_guessed",
        "several_dates",
        "date_typo",
        "weekday_mismatch",
        "no_day",  # a plan file's date cell named a month or a period, no day
        "partner_plan",  # … said the day is in the partner's plan («по плану партнёра», fix77)
        "week_days",  # … a week of a month («2-я неделя»): its days are the choices
        "note_moved",  # a plan file's note says the event was moved («перенесено на 22.12»)
        "note_unsure",  # a plan file's note says the day is not settled («под вопросом»)
        "outside_period",  # the day answered is not in the period the message named
        "other_period",  # a quarter grid's day not in its column's quarter (half-year, term)
        "outside_caption",  # a plan file's day not in the period its caption names (files69)
        "no_date",  # a plan's line names its clock but no day, among dated lines
        "midnight",  # "в полночь 12 января": the night before the day or after it
        "span_cut",  # a long post names a span of days by the event's one-day draft
        "begun_today",  # a post naming no day tells its event begun: today, its end unsaid
        "end_day",  # a long post's one-day draft read from «… завершится 29 октября»
        "side_day",  # a long post's only day is a side matter's («Итоги подведут 30 сентября»)
        "occasion_day",  # the day of the occasion the event comes before («В преддверии …»)
        "stamp_day",  # a report's only date is its publication stamp («07 февраля 2024, 16:20»)
        "eve_day",  # «накануне 8 Марта»: the day before the holiday offered
    }
)
# the date doubts that say the day written cannot be the event's as it stands: asked
# before the title of a draft that has none (missing_field)
_UNUSABLE_DAY = frozenset({"past", "year_guessed", "impossible_date"})
TIME_DOUBTS = frozenset(
    {
        "time_conflict",
        "end_before_start",
        "lesson_time",
        "lesson_unread",  # … a lesson the school's bell schedule gives no clock (files69)
        "after_lessons",  # a plan file's «после уроков» the school calendar cannot place
        "grade_or_clock",  # «в 10 11 классы»: 10:00 or grades 10–11?
        "impossible_time",  # «в 28:00»: a clock no day has
        "vague_time",
        "several_times",
        "end_elsewhere",  # a long post's end read outside the event's sentence
        "stamp_time",  # a long post's start clock written only in its publication line
        "weekly_time",  # a long post's start clock written only in a weekly schedule
        "short_slot",  # a long post's timed draft lasting at most half an hour
        "clock_apart",  # a long post's all-day draft while «начало в 11.00» stands apart
        "after_clock",  # a long post's start clock written only as «после 14:30»
        "relay_clock",  # a long post's start clock written only as a broadcast's start
        "caps_break",  # «НА БОЛЬШОЙ ПЕРЕМЕНЕ» in capitals: the break, or the contest?
    }
)

# the time doubts whose question shows the start and end found and takes «да» for them
# (_end_shown, answers.end_confirmed)
FOUND_TIME_DOUBTS = frozenset({"end_elsewhere", "caps_break"})


def missing_field(draft: EventDraft, *, audience_asked: bool) -> str | None:
    """The first thing to ask for: "title" (a message with a time but no name), "date", then
    "time", then "audience"; None when complete. A draft with no name whose day cannot stand
    (already past, of another year, not in the calendar) is asked its day first.

    A doubtful date or time (the parser's `doubts`) is asked about like a missing one; a
    misspelt month that was confidently corrected is only shown on the card. The audience
    is not asked when the message named the whole school («для всей школы», «все классы»,
    «общешкольный»: bot.core.language.audience.names_whole_school).
    """
    doubts = set(draft.doubts) - ({"date_typo"} if draft.corrections else set())
    if not draft.title.strip():
        # a day that cannot stand («20.11.2026 (12:40)» alone on 1 December) is said first:
        # a title asked for a day already past was dropped with its draft the next message
        # (newcomer walk 2026-12-04ai, AI3)
        return "date" if draft.start is not None and doubts & _UNUSABLE_DAY else "title"
    if draft.start is None:
        return "date"
    if doubts & DATE_DOUBTS:
        return "date"
    if not draft.time_known or doubts & TIME_DOUBTS:
        return "time"
    if draft.audience.is_everyone and not audience_asked:
        return None if names_whole_school(draft.description or "") else "audience"
    return None


# Why a line of a plan cannot be saved as it is, in the order it is checked (line_problem).
LINE_PROBLEMS = (
    "impossible_date",
    "several_dates",
    "weekday_mismatch",
    "note_moved",
    "note_unsure",
    "time_conflict",
    "other_period",
    "outside_caption",
    "year_guessed",
    "past",
    "date_typo",
    "partner_plan",
    "no_day",
    "no_date",
    "end_before_start",
    "after_lessons",
    "lesson_time",
    "lesson_unread",
    "no_time",
    "no_title",
    "no_audience",
)


def line_problem(draft: EventDraft) -> str | None:
    """Why a line of a pasted plan or a row of a plan file is not saved as it is: one of
    LINE_PROBLEMS (a doubt of the parser's, or a missing date or time), or None when it can
    be saved. The summary shows the reason next to the line, so nothing doubtful is saved
    unseen and the author knows what to fix («исправь N: …»)."""
    doubts = set(draft.doubts) - ({"date_typo"} if draft.corrections else set())
    if "no_date" in doubts:
        return "no_date"  # its day was never written: any doubt about the day is moot
    for code in LINE_PROBLEMS[: LINE_PROBLEMS.index("no_day")]:
        if code in doubts:
            return code
    if draft.start is None:
        return "no_day" if "no_day" in doubts else "no_date"
    if not draft.title.strip():
        return "no_title"  # "3 декабря в 15:00" alone on a line of a plan
    if "end_before_start" in doubts:
        return "end_before_start"
    for code in ("after_lessons", "lesson_time", "lesson_unread"):  # a time by lessons
        if code in doubts:
            return code
    if not draft.time_known:
        return "no_time"
    if "no_audience" in doubts:
        return "no_audience"  # a plan file's classes cell left empty
    return None


def with_timing_doubts(draft: EventDraft, now: datetime) -> EventDraft:
    """`draft` (a plan file's row) with the doubts a chat message about it would raise —
    in the past, another school year (bot.core.language.doubts) — so the summary shows them
    next to the row and a row in the past is not saved unseen; a run begun and still going on
    (a span of days, a daily repeat, a clocked run) is `running`, not `past`, as in the chat.
    `now`: school wall clock."""
    if draft.start is None:
        return draft
    rec = draft.recurrence
    until = rec.until if rec is not None and rec.freq == "daily" else None
    found = timing_doubts(
        draft.start, draft.all_day, now, rolled_year=False, end=draft.end, until=until
    )
    return replace(draft, doubts=ordered(set(draft.doubts) | found))


def at_lessons_end(draft: EventDraft, calendar: school_calendar.SchoolCalendar) -> EventDraft:
    """A plan file's row «после уроков» (the `after_lessons` doubt, a one-day draft with no
    time) starting when its grades' lessons end that weekday (the latest of them; the whole
    school: every grade), when the school gave those hours for every such grade
    (`SchoolCalendar.lessons_end`: its hours, or its bell schedule's last lesson; never the
    typical hours); otherwise as it is (asked)."""
    if "after_lessons" not in draft.doubts or draft.start is None or draft.end is not None:
        return draft
    grades = ALL_GRADES if draft.audience.is_everyone else draft.audience.covered_grades()
    ends = [calendar.lessons_end(grade, draft.start.weekday()) for grade in sorted(grades)]
    known = [end for end in ends if end is not None]
    if not known or len(known) != len(ends):
        return draft
    return replace(
        draft,
        start=datetime.combine(draft.start.date(), max(known)),
        time_known=True,
        doubts=tuple(d for d in draft.doubts if d != "after_lessons"),
    )


def at_bells(
    draft: EventDraft,
    lesson: str | None,
    calendar: school_calendar.SchoolCalendar,
    *,
    capitals_asked: bool = False,
) -> EventDraft:
    """A draft whose time is given by lessons («после 6 урока», «на 3 уроке», «перед 3
    уроком»: the `lesson_time` doubt, a one-day draft with no clock) at the clock the
    school's bell schedule gives it (`bot.core.bells.lesson_clock_of`; «на 3 уроке» ends
    with the lesson). As it is (asked, naming how to give the bells) with no schedule; with
    one, a lesson it gives no clock (a lesson it has not, several named, a clock given too)
    is asked as `lesson_unread` instead — the schedule is known, so «я не знаю звонков» would
    be untrue (files66, files69). `lesson`: a plan file's time cell as written; None for a
    chat message, whose lesson phrase is read from its text (`description`). With
    `capitals_asked` (one event said in the chat) a break written in capitals, «НА БОЛЬШОЙ
    ПЕРЕМЕНЕ» with no clock, is timed by the bells and asked as `caps_break`: it may be the
    contest «Большая перемена» (doubt78)."""
    if "lesson_clock" in draft.doubts:
        return _clock_at_bells(draft, lesson, calendar)
    if "lesson_time" not in draft.doubts or not calendar.bells:
        return draft
    found = None
    if draft.start is not None and draft.end is None and not draft.time_known:
        found = _lesson_clock(draft, lesson, calendar)
    others = tuple(d for d in draft.doubts if d != "lesson_time")
    if found is None or draft.start is None:
        return replace(draft, doubts=ordered({*others, "lesson_unread"}))
    start, end = found
    day = draft.start.date()
    if capitals_asked and lesson is None and break_in_capitals(draft.description or ""):
        others = ordered({*others, "caps_break"})
    return replace(
        draft,
        start=datetime.combine(day, start),
        end=None if end is None else datetime.combine(day, end),
        all_day=False,  # the chat's draft with no clock is a whole day until timed
        time_known=True,
        doubts=others,
    )


# «перед 3 уроком», «до 3 урока»: any clock up to the lesson fits, not only its break
_BEFORE_LESSON = re.compile(r"(?:перед|до)\s")


def _clock_at_bells(
    draft: EventDraft, lesson: str | None, calendar: school_calendar.SchoolCalendar
) -> EventDraft:
    """A draft whose clock is written beside one lesson phrase (`lesson_clock`: «Консультация
    15 декабря в 12:00 после 6 урока»), checked against the school's bells: a clock the
    lesson's time contradicts — before it starts (after «после 6 урока», the lesson's end),
    or after its end for «на 3 уроке», after the lesson's start for «перед 3 уроком» — is
    asked as `lesson_unread` («рядом написано и время»); one that fits, or no bells, or a
    phrase the bells cannot place, stands unasked (parse77; parse76 dropped the question
    whatever the clock)."""
    others = tuple(d for d in draft.doubts if d != "lesson_clock")
    kept = replace(draft, doubts=others)
    if not calendar.bells or draft.start is None or draft.all_day:
        return kept
    phrase = _lesson_phrase(draft, lesson)
    found = lesson_clock_of(phrase, calendar.bells)
    if found is None:
        return kept
    clock, (begin, end) = draft.start.time(), found
    before = _BEFORE_LESSON.match(phrase.strip().casefold()) is not None
    if (clock < begin and not before) or (end is not None and clock > end):
        return replace(draft, doubts=ordered({*others, "lesson_unread"}))
    return kept


def _lesson_clock(
    draft: EventDraft, lesson: str | None, calendar: school_calendar.SchoolCalendar
) -> tuple[time, time | None] | None:
    """(start, end or None) the bells give the lesson phrase (_lesson_phrase); None when
    there is none or the bells cannot place it."""
    return lesson_clock_of(_lesson_phrase(draft, lesson), calendar.bells)


def _lesson_phrase(draft: EventDraft, lesson: str | None) -> str:
    """`lesson` (a plan file's time cell) or, for a chat message (None), the one lesson
    phrase its text (`description`) names; "" when it names none or several."""
    if lesson is not None:
        return lesson
    said = set(lesson_phrases(draft.description or ""))
    return said.pop() if len(said) == 1 else ""


def is_complete(draft: EventDraft) -> bool:
    """True when a draft of a pasted plan can be saved as it is: a day, a time (or all day)
    and nothing doubtful (nor a plan file's classes cell left empty: `no_audience`); the
    others are listed for the author to resend."""
    return missing_field(draft, audience_asked=True) is None and "no_audience" not in draft.doubts


def _settled(draft: EventDraft, settled: frozenset[str]) -> tuple[str, ...]:
    return tuple(d for d in draft.doubts if d not in settled)


def without_time_doubts(doubts: tuple[str, ...]) -> tuple[str, ...]:
    """`doubts` without those about the time (TIME_DOUBTS): what stays once the person gave
    the time, «весь день» included."""
    return tuple(d for d in doubts if d not in TIME_DOUBTS)


def _kept_time(draft: EventDraft) -> time | None:
    """The time a plan file's row held `no_day` kept in its choices: its one choice's, or
    its week's days' when they have one (`week_days`, midnight: no time); None otherwise."""
    if draft.start is not None or "no_day" not in draft.doubts or not draft.choices:
        return None
    if len(draft.choices) == 1:
        return draft.choices[0].time()
    at = draft.choices[0].time()
    return at if "week_days" in draft.doubts and at != time() else None


def with_day(draft: EventDraft, day: date) -> EventDraft:
    """The draft moved to another day, keeping its time of day and length; the person named
    the day, so doubts about the date are settled (the several equally likely days too, and
    a span of days offered beside the day: `span`). A series with a last day is moved whole:
    its last day moves by as many days; a later day of a daily series up to its last day is
    that day alone (the repetition dropped)."""
    doubts = _settled(draft, DATE_DOUBTS | {"other_year"})
    draft = replace(draft, span=None)
    kept = _kept_time(draft)
    if kept is not None:
        # a plan file's row with a month but no day kept its time as its one choice (or as
        # the time of each of its week's days: «2-я неделя» under «ДЕКАБРЬ»)
        start = datetime.combine(day, kept)
        return replace(
            draft, start=start, all_day=False, time_known=True, doubts=doubts, choices=()
        )
    if draft.start is None:
        return replace(
            draft,
            start=datetime.combine(day, time()),
            all_day=True,
            time_known=False,
            doubts=doubts,
            choices=(),
        )
    # one of the offered days keeps the clock written with it («15.12 в 14:00 и 16.12 в 15:00»)
    chosen = next((c for c in draft.choices if c.date() == day), draft.start)
    shift = datetime.combine(day, chosen.time()) - draft.start
    end = draft.end + shift if draft.end else None
    sessions = _sessions_on(draft.sessions, draft.start.date(), day)
    recurrence = draft.recurrence
    if _inside_daily_run(recurrence, draft.start.date(), day):
        # a day of a daily run («15 и 16 декабря в 11:00») is that day, not the run moved
        # whole past its last day (attack 2026-12-03ae, #1: «16 декабря» saved 16 and 17)
        recurrence = None
    elif recurrence is not None and recurrence.until is not None:
        # a series moved to another first day keeps its meetings: its last day moves too
        # (newcomer walk 2026-12-02n, #5: «17 декабря» under a weekly card saved one meeting)
        recurrence = replace(recurrence, until=recurrence.until + (day - draft.start.date()))
    return replace(
        draft,
        start=draft.start + shift,
        end=end,
        doubts=doubts,
        choices=(),
        sessions=sessions,
        recurrence=recurrence,
    )


def _inside_daily_run(recurrence: Recurrence | None, first: date, day: date) -> bool:
    """Whether `day` is one of the later days of a daily series from `first` up to its last
    day (`recurrence.until`, school-local dates): naming it picks that day of the run."""
    return (
        recurrence is not None
        and recurrence.freq == "daily"
        and recurrence.until is not None
        and first < day <= recurrence.until
    )


def _sessions_on(
    sessions: tuple[tuple[datetime, datetime | None], ...], first: date, day: date
) -> tuple[tuple[datetime, datetime | None], ...]:
    """The sessions once the draft moved from its day `first` to `day`: sessions of several
    days are kept when `day` is one of theirs (a listed day picked) and dropped otherwise;
    times of the one day `first` ("в 11:30 или в 12:30", the weekday at odds with the date)
    move to `day` together, none of them lost (newcomer walk 2026-12-03aa, Z14)."""
    days = {s.date() for s, _ in sessions}
    if day in days:
        return sessions
    if days != {first}:
        return ()
    shift = day - first
    return tuple((s + shift, e + shift if e else None) for s, e in sessions)


Stage = tuple[date, date]  # a stage's first and last day, school-local, inclusive


def stages(draft: EventDraft) -> list[Stage]:
    """The stages of an all-day draft whose sessions run several days each («Пробный тур 29
    марта — 11 апреля. Основной тур 12 — 19 апреля.»), in order; empty for any other draft
    (one-day sessions «1, 8, 15 и 22 апреля», times of one day, a repeat)."""
    if len(draft.sessions) < 2 or draft.recurrence is not None or draft.start is None:
        return []
    if any(s.time() != time() for s, _ in draft.sessions):
        return []
    found = sorted(
        (s.date(), e.date() if e is not None and e.date() > s.date() else s.date())
        for s, e in draft.sessions
    )
    return found if any(last > first for first, last in found) else []


def with_stage_day(draft: EventDraft, day: date) -> EventDraft:
    """`draft` (with `stages`) as a day typed on its card names: a stage's own first day
    («12 апреля» on the stages above: the main tour) keeps that stage alone, the others kept
    in `dropped_stages` for the card to name and «оба этапа» to bring back
    (with_stages_back); any other day is the new first day of the stage it falls in or
    follows (the first stage for a day before all), moved keeping its length but never
    into the next stage («30 марта»: the trial 30 March – 11 April, the main tour kept).
    Before (attack 2026-12-03ae, #3, #4): «12 апреля» left the card unchanged without a
    word, «30 марта» dropped the main tour and moved the trial into its first day."""
    found = stages(draft)
    assert found, "with_stage_day needs a draft with stages"
    starts = [first for first, _ in found]
    if day in starts:
        kept = found[starts.index(day)]
        dropped = tuple(s for s in found if s != kept)
        return _on_stages(draft, [kept], dropped=draft.dropped_stages + dropped)
    at = max((i for i, first in enumerate(starts) if first <= day), default=0)
    first, last = found[at]
    new_last = day + (last - first)
    if at + 1 < len(found):
        new_last = min(new_last, found[at + 1][0] - timedelta(days=1))
    changed = [*found[:at], (day, max(day, new_last)), *found[at + 1 :]]
    return _on_stages(draft, changed, dropped=draft.dropped_stages)


def with_stage_span(draft: EventDraft, first: date, last: date) -> EventDraft:
    """`draft` (with `stages`) with the stage a span typed on its card corrects («с 30 марта
    по 11 апреля»: the trial) held `first`–`last`, the other stages kept: the stage sharing
    the most days with the span, else the one whose first day is nearest `first`."""
    found = stages(draft)
    assert found, "with_stage_span needs a draft with stages"

    def shared(stage: Stage) -> int:
        return max(0, (min(stage[1], last) - max(stage[0], first)).days + 1)

    def distance(stage: Stage) -> int:
        return abs((stage[0] - first).days)

    at = max(range(len(found)), key=lambda i: (shared(found[i]), -distance(found[i])))
    changed = [*found[:at], (first, last), *found[at + 1 :]]
    return _on_stages(draft, changed, dropped=draft.dropped_stages)


def with_stages_back(draft: EventDraft) -> EventDraft:
    """`draft` with the stages `with_stage_day` dropped back beside the one it kept («оба
    этапа»); unchanged when none were dropped."""
    if not draft.dropped_stages or draft.start is None:
        return draft
    kept = stages(draft) or [(draft.start.date(), (draft.end or draft.start).date())]
    return _on_stages(draft, [*kept, *draft.dropped_stages], dropped=())


def _on_stages(draft: EventDraft, kept: list[Stage], *, dropped: tuple[Stage, ...]) -> EventDraft:
    """`draft` all day over the stages `kept` (one: a plain span of days; more: its
    sessions, the draft's own start and end the first one's), the date doubts settled."""
    ordered_stages = sorted(set(kept))
    first, last = ordered_stages[0]

    def at(day: date) -> datetime:
        return datetime.combine(day, time())

    sessions = tuple((at(a), at(b)) for a, b in ordered_stages) if len(ordered_stages) > 1 else ()
    return replace(
        draft,
        start=at(first),
        end=at(last) if last > first else None,
        all_day=True,
        sessions=sessions,
        dropped_stages=tuple(s for s in dropped if s not in ordered_stages),
        doubts=_settled(draft, DATE_DOUBTS | {"other_year"}),
        choices=(),
        span=None,
    )


def with_time(draft: EventDraft, start: time, end: time | None) -> EventDraft:
    """The draft at another time of day; an all-day draft becomes a timed one. A span of
    days («21–25 декабря», all day or waiting for its time) becomes a meeting at that time
    every day of the span, as the chat reads «21–25 декабря в 15:00»: its last days are
    never dropped. With no `end` a timed draft keeps its length, unless it is a students'
    event whose old or new span meets the night (then it has no end: the card says so)."""
    assert draft.start is not None
    last = draft.end.date() if draft.all_day and draft.end is not None else None
    recurrence = draft.recurrence
    if last is not None and last > draft.start.date() and recurrence is None:
        recurrence = Recurrence(freq="daily", until=last)
    new_start = datetime.combine(draft.start.date(), start)
    if end is not None:
        new_end: datetime | None = datetime.combine(new_start.date(), end)
        if new_end is not None and new_end <= new_start:
            new_end += timedelta(days=1)
    elif draft.end is not None and not draft.all_day:
        new_end = new_start + (draft.end - draft.start)
        if not draft.audience.no_students and (
            _runs_into_night(draft.start, draft.end) or _runs_into_night(new_start, new_end)
        ):
            # «7 мая в 11.30» under a card of 14:00–01:30 (a misread: newcomer walk
            # 2026-12-03aa, Z13) meant 11:30, not 11:30–23:00: a start said alone never
            # carries a students' length that ran, or would run, into the night
            new_end = None
    else:
        new_end = None
    doubts = _settled(draft, TIME_DOUBTS | {"past"})
    shift = new_start - draft.start
    return replace(
        draft,
        start=new_start,
        end=new_end,
        all_day=False,
        time_known=True,
        doubts=doubts,
        sessions=_sessions_at(draft.sessions, new_start, new_end),
        recurrence=recurrence,
        # a programme moves with its start («исправь: в 11:00»): its steps keep their spacing
        programme=tuple((s + shift, e + shift if e else None, w) for s, e, w in draft.programme),
    )


def _runs_into_night(start: datetime, end: datetime) -> bool:
    """Whether a timed span shorter than NIGHT_CHECKED (school-local wall clock, naive) meets
    the night [NIGHT_START, NIGHT_END) of some day, as the card's 🌙 line reads it
    (bot.core.calendar_checks.at_night; the end exclusive: 19:00–22:00 is no night)."""
    if end - start >= NIGHT_CHECKED:
        return False  # a camp, a trip: nights by design
    end = max(end, start + timedelta(minutes=1))
    day = start.date() - timedelta(days=1)
    while datetime.combine(day, NIGHT_START) < end:
        night_from = datetime.combine(day, NIGHT_START)
        if start < datetime.combine(day + timedelta(days=1), NIGHT_END) and night_from < end:
            return True
        day += timedelta(days=1)
    return False


def _sessions_at(
    sessions: tuple[tuple[datetime, datetime | None], ...],
    start: datetime,
    end: datetime | None,
) -> tuple[tuple[datetime, datetime | None], ...]:
    """Sessions on several days keep their days at the newly given time; sessions that were
    times of one day ("в 11:30 или в 12:30") end: the person named the one time."""
    days = sorted({s.date() for s, _ in sessions})
    if len(days) < 2 or len(days) != len(sessions):
        return ()
    return tuple(
        (datetime.combine(d, start.time()), end + (d - start.date()) if end else None) for d in days
    )


def whole_day(draft: EventDraft) -> EventDraft:
    """The draft as a whole-day event on its day; an all-day span of days («21–25 декабря»)
    keeps its last day."""
    assert draft.start is not None
    span = draft.all_day and draft.end is not None and draft.end.date() > draft.start.date()
    return replace(
        draft,
        start=datetime.combine(draft.start.date(), time()),
        end=draft.end if span else None,
        all_day=True,
        time_known=True,
    )


def to_new_events(
    draft: EventDraft,
    *,
    organisation_id: int,
    tz: ZoneInfo,
    created_by: int | None,
    series_id: int | None = None,
) -> list[NewEvent]:
    """Aware events for a complete draft; a recurring draft gives one event per occurrence,
    a draft listing several sessions ("1, 8, 15 и 22 апреля", "в 11:30 или в 12:30") one
    event per session; the events of one draft share `series_id` (see is_series), and a
    single event takes it when given (a series' new meeting, features.series_additions)."""
    first = _first_event(draft, organisation_id, tz, created_by)
    if draft.recurrence is None and len(draft.sessions) > 1:
        return [_session_event(first, start, end, tz, series_id) for start, end in draft.sessions]
    if draft.recurrence is None:  # one event; a series' added meeting joins it (chat76)
        return [replace(first, series_id=series_id)]
    starts = occurrences(first.start, draft.recurrence, tz)
    times = _times_of_one_day(draft)
    if times:  # «в 11:30 и в 14:00 каждый вторник»: every time on every day of the repeat
        assert draft.start is not None  # _first_event raised otherwise
        events = []
        for day in starts:
            shift = day.astimezone(tz).date() - draft.start.date()
            for start, end in times:
                later = None if end is None else end + shift
                events.append(_session_event(first, start + shift, later, tz, series_id))
        return events
    return [
        replace(first, start=start, end=start + (first.end - first.start), series_id=series_id)
        for start in starts
    ]


def _times_of_one_day(draft: EventDraft) -> tuple[tuple[datetime, datetime | None], ...]:
    """The sessions of a repeating, timed draft when they are several times of its first
    day («в 11:30 и в 14:00 каждый вторник»; school-local wall clock), each repeated on every
    day of the repeat; () otherwise (the repeat alone is what is saved)."""
    if draft.start is None or draft.all_day or len(draft.sessions) < 2:
        return ()
    if {start.date() for start, _ in draft.sessions} != {draft.start.date()}:
        return ()
    return draft.sessions


def is_series(draft: EventDraft) -> bool:
    """True when the draft is stored as several linked events (a repeat or its sessions), so
    the caller gives them one series id (events.series_id)."""
    return draft.recurrence is not None or len(draft.sessions) > 1


def _session_event(
    first: NewEvent, start: datetime, end: datetime | None, tz: ZoneInfo, series_id: int | None
) -> NewEvent:
    """One session (wall-clock start, end or None) as an event like the first one: an
    all-day draft's session at midnight is a whole day, or its days up to its end's (the
    midnight of its last day, inclusive: «Основной тур 12 — 19 апреля»); a session without
    its own end lasts as long as the first event."""
    aware = resolve_local(start, tz)
    if first.all_day and start.time() == time():
        last = end.date() if end is not None and end.date() > start.date() else start.date()
        stop = datetime.combine(last + timedelta(days=1), time(), tzinfo=tz)
        return replace(first, start=aware, end=stop, series_id=series_id)
    if end is not None and end > start:
        stop, given = resolve_local(end, tz), True
    else:
        stop, given = aware + (first.end - first.start), first.end_given
    return replace(
        first, start=aware, end=stop, end_given=given, all_day=False, series_id=series_id
    )


def occurrences(start: datetime, recurrence: Recurrence, tz: ZoneInfo) -> list[datetime]:
    """Start instants of a repeating event, keeping the local time across DST changes: every
    day of a daily repeat but its `except_weekdays`, every week of a weekly one on the start's
    weekday or — when `recurrence.weekdays` names days («по вторникам и четвергам») — on each
    of them, the start itself always first (RFC 5545 counts DTSTART as the first instance);
    `except_dates` left out, none after `until` (school-local days), MAX_OCCURRENCES at most."""
    many_days = recurrence.freq == "weekly" and bool(recurrence.weekdays)
    step = timedelta(days=1) if recurrence.freq == "daily" or many_days else timedelta(weeks=1)
    local = start.astimezone(tz).replace(tzinfo=None)
    until = recurrence.until or (local + DEFAULT_REPEATS).date()
    first = local.date()
    found: list[datetime] = []
    while local.date() <= until and len(found) < MAX_OCCURRENCES:
        skipped = local.date() in recurrence.except_dates  # «без 6 января» on the card
        skipped |= local.weekday() in recurrence.except_weekdays  # "кроме пн"
        skipped |= (
            many_days and local.date() != first and local.weekday() not in recurrence.weekdays
        )
        if not skipped:
            found.append(resolve_local(local, tz))
        local += step
    return found


def _first_event(
    draft: EventDraft, organisation_id: int, tz: ZoneInfo, created_by: int | None
) -> NewEvent:
    if draft.start is None:
        raise ValueError("a draft without a date cannot be stored")
    start = resolve_local(draft.start, tz)  # a skipped time moves forward (DST gap)
    if draft.all_day:
        last = (draft.end or draft.start).date()
        end = datetime.combine(last + timedelta(days=1), time(), tzinfo=tz)
        end_given = True
    elif draft.end is not None and does_not_exist(draft.start, tz):
        end, end_given = start + (draft.end - draft.start), True  # its length kept
    elif draft.end is not None:
        end, end_given = resolve_local(draft.end, tz), True
    else:
        end, end_given = start + DEFAULT_DURATION, False
    return NewEvent(
        title=draft.title,
        organisation_id=organisation_id,
        start=start,
        end=end,
        all_day=draft.all_day,
        end_given=end_given,
        venue=draft.venue,
        audience=draft.audience,
        created_by=created_by,
        capacity=draft.capacity,
        details=details_of(draft, tz),
    )


def details_of(draft: EventDraft, tz: ZoneInfo | None = None) -> EventDetails:
    """What a stored event keeps of the post: its text, deadline, ages and online link,
    and the zone `tz` its clock times were read in (with a text only)."""
    return EventDetails(
        description=draft.description,
        deadline=draft.deadline,
        ages=draft.ages,
        online_url=draft.online_url,
        text_zone=tz.key if tz is not None and draft.description else None,
    )


MAX_CHOICE_BUTTONS = 4
_WEEKDAY_WORD = re.compile(rf"(?<![а-яё]){WEEKDAY}")


def ask_reply(draft: EventDraft, missing: str, now: datetime | None = None) -> Reply:
    """The question for a missing or doubtful field: the template ask_<missing> gets the
    title, the doubts to explain and the corrected words; equally likely days come as buttons
    whose payload {"a": "pick", "t": text} is answered as if the person had typed the text.
    With `now` (school wall clock) a button's day outside its school year names its year."""
    # each day button names its day («d»): an old press after the question was closed
    # changes nothing (span_presses.stale_day_press; attack 2026-12-04ag, #2)
    buttons: tuple[tuple[Button, ...], ...] = tuple(
        (
            Button(
                "pick",
                payload(ButtonAction.PICK, t=_choice_text(c), d=c.isoformat()),
                context={"at": c, "show_year": _year_shown(c, now), "today": _today(now)},
            ),
        )
        for c in offered_days(draft)
    )
    if not buttons and missing == "date":
        buttons = span_buttons(draft, now)
    if not buttons and draft.start is not None and year_asked(draft, missing):
        # «…имеется в виду 15 октября 2027 года?»: «Да, 15 октября 2027 года (пт)» answers it
        # with the day and its year typed, so nothing is asked again; «Не сохранять» drops
        # the draft, as typed «нет» no longer does (walk 2026-12-01i #10, save_answers.on_no)
        at = draft.start
        buttons = (
            (
                Button(
                    "pick_year", payload(ButtonAction.PICK, t=_choice_text(at)), context={"at": at}
                ),
            ),
            (Button("discard", payload(ButtonAction.DISCARD), style="negative"),),
        )
    if not buttons and _end_shown(draft, missing):
        # «Да, 14:00–15:30»: the start and end found, kept as they are (review z3, #4)
        buttons = (
            (
                Button(
                    "keep_found_time",
                    payload(ButtonAction.PICK, t="да"),
                    context={"start": draft.start, "end": draft.end},
                ),
            ),
        )
    return Reply(
        f"ask_{missing}",
        {
            "title": draft.title,
            "parents": draft.audience.parents,  # «Для родителей каких классов …?» (chat82)
            "end": draft.end,
            "doubts": list(draft.doubts),
            "corrections": list(draft.corrections),
            "start": draft.start,
            "all_day": draft.all_day,
            "choices": list(draft.choices[:MAX_CHOICE_BUTTONS]),
            # «сегодня, 7 декабря»: a choice on the day of asking is named as today
            "today": _today(now),
            "span": draft.span,  # «указаны дни с 26 по 29 марта, а я записал только 27 марта»
            "daily": draft.recurrence is not None and draft.recurrence.freq == "daily",
            # «…каждый день в 13:00 — это 30 встреч»: a span too long for a daily series
            "meetings": _span_days(draft) if span_too_long(draft) else 0,
            "period": draft.period,  # «Лекция в следующей четверти»: the day asked within it
            # «„Вторник“ — это 8 или 15 декабря?» only when the writer named a weekday
            "weekday_written": _WEEKDAY_WORD.search((draft.description or "").lower()) is not None,
            # «2 дня по 3 часа»: «На какие 2 дня …?», the days answered at once (walk t, #17)
            "days": (
                days := stated_days(draft.description or "") if draft.recurrence is None else 1
            ),
            "days_example": _days_example(draft.period, days),
        },
        buttons=buttons,
    )


def _today(now: datetime | None) -> date | None:
    """The day of `now` (school wall clock) for the date question and its buttons, which
    name a choice on that day «сегодня, 7 декабря»; None without `now`."""
    return now.date() if now is not None else None


def _year_shown(day: date | datetime, now: datetime | None) -> bool:
    """Whether a button naming `day` names its year: `day` lies outside the school year of
    `now` (1 September – 31 August; issue 10, point 4: «21 ноября» said on 23 November
    2026 for 21 November 2027 read as this year's). False without `now`."""
    if now is None:
        return False
    shown = day if isinstance(day, datetime) else datetime.combine(day, time())
    return outside_school_year(shown, now)


def span_buttons(draft: EventDraft, now: datetime | None = None) -> tuple[tuple[Button], ...]:
    """The answers to the doubt `span_cut`: the whole span the post names, all day («Все
    дни: 26–29 марта», typed back as «с 26.03.2010 по 29.03.2010, весь день»), and what
    the draft has — its one day («Только 27 марта, 10:00») or, for a daily series, every day
    at its clock («Каждый день в 13:00»; over a span longer than
    MAX_DAILY_SPAN_DAYS its first day instead: a month of daily meetings is not
    offered); none without that doubt. With `now` a span or day outside its school year
    names its year (_year_shown)."""
    if "span_cut" not in draft.doubts or draft.span is None or draft.start is None:
        return ()
    first, last = draft.span
    days = f"с {first.strftime('%d.%m.%Y')} по {last.strftime('%d.%m.%Y')}"
    # the question's days: an old press after it was closed changes nothing (span_presses)
    asked = f"{first.isoformat()}/{last.isoformat()}"
    at = draft.start
    whole = Button(
        "pick_span",
        payload(ButtonAction.PICK, t=f"{days}, весь день", s=asked),
        context={"first": first, "last": last, "show_year": _year_shown(last, now)},
    )
    if draft.recurrence is not None and not span_too_long(draft):
        kept = Button(
            "pick_daily",
            payload(ButtonAction.PICK, t=f"{days} в {at.strftime('%H:%M')}", s=asked),
            context={"at": at},
        )
    else:
        kept = Button(
            "pick_day",
            payload(ButtonAction.PICK, t=_choice_text(at), s=asked),
            context={"at": at, "show_year": _year_shown(at, now)},
        )
    return ((whole,), (kept,))


# A daily series over a span longer than this many days is not saved from the span question:
# it is offered as one event of the whole span, or one day (see
# bot.core.language.span_answers.series_too_long for why).
MAX_DAILY_SPAN_DAYS = 14


def span_too_long(draft: EventDraft) -> bool:
    """Whether the span the doubt `span_cut` names (`draft.span`) is longer than
    MAX_DAILY_SPAN_DAYS days, so the question offers no daily series
    (span_answers.series_too_long)."""
    if draft.span is None:
        return False
    first, last = draft.span
    return (last - first).days + 1 > MAX_DAILY_SPAN_DAYS


def span_asked_again(draft: EventDraft, now: datetime | None = None) -> Reply:
    """«ask_date_again» for an answer to the doubt `span_cut` not understood («да», «не
    знаю»): the words its typed answers are read in («все дни», «каждый день», «только
    первый», a day) and its buttons again (span_buttons), so a hurried partner need not
    scroll back to the question; over three days or more its example names a day left out
    («кроме 16»: span_answers.chosen_days). `draft` has that doubt."""
    return Reply(
        "ask_date_again",
        {
            "span": draft.span,
            "start": draft.start,
            "all_day": draft.all_day,
            "daily": draft.recurrence is not None and draft.recurrence.freq == "daily",
            "meetings": _span_days(draft) if span_too_long(draft) else 0,
            # three days or more, short enough for a daily series: «кроме 16» is offered
            "second": draft.span[0] + timedelta(days=1)
            if draft.span is not None and _span_days(draft) >= 3 and not span_too_long(draft)
            else None,
        },
        buttons=span_buttons(draft, now),
    )


def _span_days(draft: EventDraft) -> int:
    """The number of days of the span the doubt `span_cut` names (0 without one)."""
    if draft.span is None:
        return 0
    first, last = draft.span
    return (last - first).days + 1


def _end_shown(draft: EventDraft, missing: str) -> bool:
    """Whether the time question shows the start and end found and takes «да» for them: a
    long post's end read outside the event's sentence (doubt `end_elsewhere`) or a break in
    capitals timed by the bells (`caps_break`), both clocks known (answers.end_confirmed
    settles it)."""
    return (
        missing == "time"
        and bool(FOUND_TIME_DOUBTS & set(draft.doubts))
        and draft.start is not None
        and draft.end is not None
    )


def _days_example(period: DayPeriod | None, days: int) -> tuple[date, date] | None:
    """The first and last of `days` days in a row from `period`'s first day, for «На какие
    2 дня …? Например: «29–30 декабря»»; None without a period or when they leave it."""
    if period is None or days < 2:
        return None
    last = period.first + timedelta(days=days - 1)
    return (period.first, last) if last <= period.last else None


def year_asked(draft: EventDraft, missing: str | None) -> bool:
    """Whether the date question is only «…имеется в виду <day> <year>?» (ask_date's
    `year_guessed` branch): a guessed year to confirm, no other doubt about the day."""
    doubts = set(draft.doubts)
    return (
        missing == "date"
        and draft.start is not None
        and "year_guessed" in doubts
        and not doubts & {"impossible_date", "past"}
    )


def offered_days(draft: EventDraft) -> list[datetime]:
    """The days the date question of `draft` offers as buttons (school-local wall clock,
    naive): its equally likely choices, at most MAX_CHOICE_BUTTONS (see _offered_day)."""
    return [_offered_day(draft, c) for c in draft.choices[:MAX_CHOICE_BUTTONS]]


def _offered_day(draft: EventDraft, choice: datetime) -> datetime:
    """The offered day `choice` as its button gives it: the day alone (midnight) when the
    draft's sessions are times of its one day at the choice's clock («в 11:30 или в 12:30»,
    the weekday at odds with the date), so pressing it moves every time of the day as the
    typed day does (with_day); a pressed «24 января (вс), 11:30» saved 11:30 alone (attack
    2026-12-03ae, #1). Otherwise `choice` itself (school-local wall clock, naive)."""
    if draft.start is None or len(draft.sessions) < 2 or choice.time() != draft.start.time():
        return choice
    if {s.date() for s, _ in draft.sessions} != {draft.start.date()}:
        return choice
    return datetime.combine(choice.date(), time())


def _choice_text(at: datetime) -> str:
    """A day as the parser reads it back: "23.01.2022 11:30" (or just the date)."""
    day = at.strftime("%d.%m.%Y")
    return day if at.time() == time() else f"{day} {at.strftime('%H:%M')}"


def outside_school_year(start: datetime, now: datetime) -> bool:
    """Whether `start` lies outside the school year of `now` (both school wall-clock time):
    a card or a plan summary then shows the event's year."""
    return school_calendar.school_year_start(start.date()) != school_calendar.school_year_start(
        now.date()
    )


def year_named(start: datetime, now: datetime) -> bool:
    """Whether a reply naming `start` should name its year too: the day is not in the
    calendar year of `now`, or not in its school year (both school wall-clock time;
    bot.core.school_calendar.year_named)."""
    return school_calendar.year_named(start.date(), now.date())


def card_context(draft: EventDraft, now: datetime) -> dict[str, Any]:
    """What the card shows besides the stored event: the year when «Сохранено» will name it
    (year_named: another calendar year or school year than `now`'s, school wall-clock time;
    newcomer walk 2026-12-01i, #10 — the card of 15 January shown in December had no year,
    its «Сохранено» had), the registration deadline, every session,
    the age range, the online link, the words that were corrected, the hours the times
    were moved from Moscow time and a programme's steps (bot.core.language.programme)."""
    return {
        "show_year": draft.start is not None and year_named(draft.start, now),
        "deadline": draft.deadline,
        "sessions": list(draft.sessions),
        "ages": draft.ages,
        "online_url": draft.online_url,
        "corrections": list(draft.corrections),
        "moscow_shift_hours": draft.moscow_shift_hours,
        "programme": [
            {"start": start, "end": end, "what": what} for start, end, what in draft.programme
        ],
        # the last step names no end: the event is taken to end DEFAULT_DURATION after it
        "programme_end_guessed": bool(draft.programme) and draft.programme[-1][1] is None,
        # the stages a typed stage's day dropped (with_stage_day), for the card to name
        "dropped_stages": list(draft.dropped_stages),
        # «каждый день» typed with no last day: cut to MAX_DAILY_SPAN_DAYS (series_answers)
        "daily_bound": MAX_DAILY_SPAN_DAYS
        if draft.daily_bounded and draft.recurrence is not None and draft.recurrence.freq == "daily"
        else 0,
        "daily_bound_example": draft.start.date() + timedelta(days=6) if draft.start else None,
        # a run begun and going on (doubt `running`, bot.core.language.running_spans): the
        # card says it has begun and runs to its last day, so a class can still go
        "running": _running(draft, now),
    }


def _running(draft: EventDraft, now: datetime) -> dict[str, date | None] | None:
    """What the card says of a run begun and going on (doubt `running`): the day it began
    when that is before today (`since`; None when the draft starts today) and its last day
    (`until`); None for any other draft. Days: school-local dates; `now`: school wall clock."""
    if "running" not in draft.doubts or draft.start is None or draft.end is None:
        return None
    since = draft.start.date() if draft.start.date() < now.date() else None
    return {"since": since, "until": _run_last(draft, draft.end)}


def last_day(draft: EventDraft) -> date | None:
    """The school-local day `draft` last takes place on: a run's last day (`_run_last`: an
    all-day span's end day, a daily repeat's `until`, a timed run's day before its closing
    midnight), else its start's day; None for a draft with no start yet."""
    if draft.start is None:
        return None
    if draft.end is None:
        return draft.start.date()
    return max(draft.start.date(), _run_last(draft, draft.end))


def _run_last(draft: EventDraft, end: datetime) -> date:
    """The last day of a run `draft` ending at `end`: an all-day span's end day, a daily
    repeat's last day (its `end` is the first day's closing hour), or the day before a timed
    run's closing midnight (run_ends)."""
    rec = draft.recurrence
    if rec is not None and rec.until is not None:
        return rec.until
    if not draft.all_day and draft.start is not None:
        last = run_last_day(draft.start, end)
        if last is not None:
            return last
    return end.date()


def repeat_last(draft: EventDraft, events: Sequence[NewEvent], tz: ZoneInfo) -> date | None:
    """The last day (school-local) a repeating draft's card names after «до»: its own last
    day when its occurrences reach it, else the day of the last occurrence that will be
    saved — a repeat with no last day runs DEFAULT_REPEATS, a long one stops at
    MAX_OCCURRENCES, and the card says so rather than «каждый день» alone (newcomer walk
    2026-12-02v, F1: «и ещё 39 раз (каждый день)» was saved by a plain «да»). None for a
    draft that does not repeat."""
    rec = draft.recurrence
    if rec is None or not events:
        return None
    last = events[-1].start.astimezone(tz).date()
    step = timedelta(days=1) if rec.freq == "daily" else timedelta(weeks=1)
    if rec.until is not None and rec.until - last < step:
        return rec.until
    return last

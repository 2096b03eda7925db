"""What the parser doubts about a draft it built, as codes the bot acts on.

Codes: `date_typo` (a misspelt date word, corrected or not), `impossible_date` ("31.11"), `past`
(the start is already over), `other_year` (the start lies outside the school year being planned
— the current one, and from June to August the coming one too — and is not shortly ahead either,
so the card must show the year and the reader should look at it), `year_guessed` (a date written
without a year had passed this year — recently, or so that next year's falls in another school
year — and was taken for next year: «20 ноября» on 23 November is more likely a slip than a plan
for a year ahead, while «10 января» in November plainly means the coming January),
`end_before_start`, `several_dates` (equally likely starts, or a pick whose sentence is a side
matter — registration, results, awards — while the post names other days ahead, or a headline
naming a stage a later line dates on another day: start_doubts.headline_stage, or a report
whose only day read is a «сегодня» with no past verb and no clock, its told days offered:
report_nowadays.reported_days, or a headline told in the past whose lead dates a recent day
while a later day was picked: report_ahead.reported_before, or a headline's day repeated in
the body while another was picked: headline_day, or a headline joining two events by «и»,
each dated on its own day: headline_pair.paired_rival — doubt75, or a report of a recent
day whose only day ahead is when its results are announced or the next of its kind:
report_results, report_next — doubt77), `several_times`
(a long post's event sentence gives no time while other lines give its day several different
time slots: which is the event's is asked), `weekday_mismatch` (a weekday written beside a date
that falls on another weekday), `lesson_time` (a time given by a lesson, "после 6 урока"),
`grade_or_clock` (a bare hour after «в» followed by the next number and a class word, «в 10
11 классы», in a sentence writing no other clock: 10:00 and grade 11, or grades 10–11
dictated? the time is asked; times._grade_next),
`midnight` ("в полночь 12 января": the night opening the day or the one closing it), whose clock
time the parser does not know), `impossible_time` (a clock no day has written where a clock
goes, «в 28:00», «с 10:00 до 25:30»: impossible_clocks.py; the time is asked), `vague_time`
(only a part of the day, "вечером"),
`end_elsewhere` (a long post's end read outside the event's sentence and its block — another
part's range, a programme slot, a table's next row: the time is asked;
bot/core/language/start_doubts.py), `stamp_time` (a long post's start clock written only in
its head's publication line — «20.11.2026 (12:40)» above the headline — a stamp
bot/core/language/stamps.py did not take: the time is asked; start_doubts.stamp_clock),
`weekly_time` (a long post's one-off start clock written only in other sentences, each
naming a weekly schedule — «По средам и субботам в 15:00 … экскурсии» beside the
exhibition's opening day: the time is asked; start_doubts.weekly_clock), `short_slot` (a
long post's timed draft lasting at most half an hour, its end written in the post as a slot —
outside the event's sentence or beside another range of clocks, «10:00 – 10:15 – церемония
открытия»: one slot of a programme? the time is asked;
start_doubts.short_slot), `after_clock` (a long post's start clock the event's sentence
writes only as a lower bound — «Урок пройдёт после 14:30»: the start is not said; the time is
asked; clock_bounds.py, doubt74), `relay_clock` (a long post's event held at a place whose
start clock is written only as a broadcast's start — «…, начало трансляции — в 20:00» of a
ball on a square: the time is asked; clock_bounds.py, doubt74), `clock_apart` (a long post's
all-day draft while a sentence naming no day says the start's clock with a bare start noun —
«Турнир пройдёт на базе школы, начало в 11.00» after «с 28 февраля по 1 марта»: the time is
asked; start_doubts.clock_apart),
`span_cut` (a long post's one-day draft, or daily series at
a clock written elsewhere, while the event's sentence names a span of days, or a one-day draft
whose day lies inside a span an earlier sentence names, after its first day, or begins a span
another sentence names, or is one of a programme's day headings, or a timed start whose event
«продлится до» a later day: the whole span or the one day is asked, both offered;
start_doubts.named_span, enclosing_span, starting_span, programme_days),
`several_events` (a singular «Мероприятие пройдёт …» after a sentence naming two events of
different kinds while the title keeps one: which is on that day is asked, the other's name
offered; event_referent.rival_event), `running` (not asked: an all-day span of days begun
before today whose last day is today or later — «открылась 30 ноября, продлится до 20
декабря» read on 1 December — is no day gone but a run going on; the card says it has begun
and a class can still go, instead of asking about a start «уже прошло»; parse69; a timed
daily repeat or a clocked run to a later day's end the same, parse72), `begun_today` (a post
naming no day that tells its event begun — «стартовала акция», «открылась выставка»,
«проходит прямо сейчас» — is of the post's day, taken as the start; its last day is not
said, so the days are asked; parse72; never a beginning its clause dates by a year, «в 1941
году началась война»: parse75), `end_day` (a long post's one-day draft whose day was
read from a sentence saying the event ends then — «Школьный этап завершится 29 октября» —:
the day is its last, so its first is asked; end_day.py, doubt72), `side_day` (a long post's
one-day draft ahead read from a sentence the weighing takes for a side matter — results,
sign-up, awards: «Итоги сбора макулатуры подведут 30 сентября» — because the post dates
nothing else: the day may be the side matter's, not the event's, so it is asked;
post_draft.with_side_day_doubt, doubt75), `occasion_day` (a long post's draft whose day
is written only in the clause dating the occasion its event comes before — «В преддверии
выборов, которые пройдут 20 декабря, в школе проводится неделя …» —: the event is held before
that day, so the day is asked; occasion_day.py, doubt77), `stamp_day` (a long post
reporting an event done whose only date is its head's publication stamp — «07 февраля
2024, 16:20» over «Экскурсия прошла …» —: the stamp's day is offered as the event's, all
day, and asked, a report may be posted days later; stamped_reports.py, parse77), `eve_day`
(an event held «накануне 8 Марта» / «в канун … 8 марта», the text writing no other date: the
day before the holiday is offered, asked — the eve may be a few days earlier; eve_days.py, parse77),
`caps_break` (a
chat's one event whose break is written in capitals, «ФЛЕШМОБ НА БОЛЬШОЙ ПЕРЕМЕНЕ», with no
clock: timed by the school's bells as the long break, yet capitals cannot tell it from the
contest «Большая перемена», so the time is asked with the break's clocks shown; «да» keeps
them; drafts.at_bells, doubt78), `lesson_clock` (not asked: a clock written beside a lesson
phrase — «в 12:00 после 6 урока» —: the clock is the start; the bot checks it against the
school's bells and asks `lesson_unread` when they contradict it, drafts.at_bells; parse77).
The school year runs from 1 September to 31 August.
"""

from __future__ import annotations

from datetime import date, datetime

from bot.core.run_ends import run_last_day
from bot.core.school_calendar import school_year_start

RECENTLY_PASSED_DAYS = 60  # a date without a year that passed this recently is questioned
SHORTLY_AHEAD_DAYS = 62  # a start this close ahead is never "another year", whatever its year
PLANNING_NEXT_YEAR_FROM = 6  # from June on, the coming school year is planned too

# Doubts the bot asks about before saving (the others are shown on the card).
ASKED = frozenset(
    {
        "impossible_date",
        "past",
        "year_guessed",
        "end_before_start",
        "several_dates",
        "weekday_mismatch",
        "midnight",
        "lesson_time",
        "lesson_unread",
        "grade_or_clock",
        "impossible_time",
        "vague_time",
        "several_times",
        "end_elsewhere",
        "stamp_time",
        "weekly_time",
        "short_slot",
        "clock_apart",
        "after_clock",
        "relay_clock",
        "span_cut",
        "several_events",
        "begun_today",
        "end_day",
        "side_day",
        "occasion_day",
        "stamp_day",
        "eve_day",
        "caps_break",
    }
)
ORDER = (
    "date_typo",
    "impossible_date",
    "past",
    "other_year",
    "year_guessed",
    "end_before_start",
    "several_dates",
    "weekday_mismatch",
    "midnight",
    "lesson_time",
    "lesson_unread",
    "grade_or_clock",
    "impossible_time",
    "vague_time",
    "several_times",
    "end_elsewhere",
    "stamp_time",
    "weekly_time",
    "short_slot",
    "clock_apart",
    "after_clock",
    "relay_clock",
    "span_cut",
    "several_events",
    "running",
    "begun_today",
    "end_day",
    "side_day",
    "occasion_day",
    "stamp_day",
    "eve_day",
    "caps_break",
    "lesson_clock",
)


def timing_doubts(
    start: datetime | None,
    all_day: bool,
    now: datetime,
    *,
    rolled_year: bool,
    end: datetime | None = None,
    until: date | None = None,
) -> set[str]:
    """Doubts about when a draft starts, relative to `now` (all naive school wall-clock;
    `end`: an all-day draft's last day at midnight, inclusive, or a timed draft's end, or
    None; `until`: a daily repeat's last day, or None): a start gone by is `past`, except a
    run whose last day is not (`running`)."""
    found: set[str] = set()
    if start is None:
        return found
    if running(start, all_day, end, now, until=until):
        found.add("running")
    elif (all_day and start.date() < now.date()) or (not all_day and start < now):
        found.add("past")
    if not in_planned_year(start.date(), now.date()):
        found.add("other_year")
    if rolled_year and ("other_year" in found or _passed_recently(start.date(), now.date())):
        found.add("year_guessed")
    return found


def running(
    start: datetime, all_day: bool, end: datetime | None, now: datetime, until: date | None = None
) -> bool:
    """Whether a run from `start` (naive school wall clock) began before `now` and still goes
    on: an all-day span of days (`end` the midnight of its last day, inclusive) begun before
    today whose last day is today or later («выставка открылась 30 ноября и продлится до 20
    декабря» read on 1 December); a timed daily repeat (`until` its last day) or a timed run to
    the end of a later day (run_ends: `end` the midnight after its last day) begun before now
    whose last day is today or later («Выставка работает с 1 по 20 декабря с 10:00 до 18:00»
    read on 5 December: each day's hours kept; parse72)."""
    if all_day:
        return end is not None and start.date() < now.date() <= end.date()
    last = until if until is not None else run_last_day(start, end)
    return last is not None and start < now and start.date() < last and now.date() <= last


def in_planned_year(day: date, today: date) -> bool:
    """Whether `day` belongs to the school year being planned on `today`: the current school
    year, the coming one from June to August (schools plan September in the summer), or any
    day at most SHORTLY_AHEAD_DAYS ahead (1 September seen from 28 August)."""
    planned = school_year_start(day)
    current = school_year_start(today)
    if planned == current or 0 <= (day - today).days <= SHORTLY_AHEAD_DAYS:
        return True
    return planned == current + 1 and PLANNING_NEXT_YEAR_FROM <= today.month <= 8


def _passed_recently(rolled: date, today: date) -> bool:
    """Whether the date `rolled` was taken from (one year earlier) passed only recently."""
    try:
        written = rolled.replace(year=rolled.year - 1)
    except ValueError:  # 29 February
        written = rolled.replace(year=rolled.year - 1, day=28)
    return 0 <= (today - written).days <= RECENTLY_PASSED_DAYS


def ordered(codes: set[str]) -> tuple[str, ...]:
    """The codes in their documented order (unknown codes last, sorted)."""
    known = [c for c in ORDER if c in codes]
    return tuple(known + sorted(codes - set(ORDER)))

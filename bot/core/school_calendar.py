"""The school year: terms (четверти or триместры), vacations (каникулы), lesson hours.

Pure data and rules, no I/O. `SchoolCalendar` holds what the curator has set (stored as
JSON); `SchoolCalendar.year_of(day)` gives the effective `SchoolYear` containing a day: the
ministry's standard year, overridden by the school's own dates.

The default year follows the federal calendar schedule («Федеральный календарный учебный
график») of the federal educational programmes (ФОП НОО, ООО, СОО: приказы Минпросвещения
России от 18.05.2023 № 372, 370, 371, as amended): the year runs from 1 September (the next
working day when that is a weekend) to 26 May in four quarters, with 9-day autumn, winter
and spring vacations, an extra 9-day vacation for the first grade in February, and summer
from 27 May to 31 August. The exact weeks are those of the ministry's 2025/26 reference
schedule moved to each year: autumn from the Saturday of the 8th school week, winter
31 December – 8 January (lessons from 9 January, or from the Monday after it when 9 January
is a Saturday or a Sunday, as in 2027 and 2028: the vacation then runs to that Sunday — a
quarter never starts on a weekend, and the ministry itself recommended a vacation to the
Sunday for 2025/26, «с 31 декабря 2025 года по 11 января 2026 года», RIA Novosti,
13 December 2025; the 9 days of the schedule are kept when 9 January is a weekday), spring
from the first Saturday on or after 20 March, the first grade's extra week from the first
Saturday on or after 7 February.

Dates are local (the school's time zone); ranges are inclusive.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Any

SCHOOL_YEAR_END = (5, 26)
DEFAULT_LESSONS_START = time(8, 0)
SUNDAY, SATURDAY = 6, 5
# a five-day week unless the school says «учимся по субботам» or gives Saturday hours
DEFAULT_NO_LESSONS = frozenset({SATURDAY, SUNDAY})
SEASONS = ("autumn", "winter", "february", "spring", "summer")
# When a school has not given its lesson hours, lessons are assumed to end as on a usual
# five-day-week timetable from 08:00: at most 4 lessons a day in grade 1, 5 in grades 2–4,
# 6 in 5–6 and 7 in 7–11 (СанПиН 1.2.3685-21, table 6.6), 45-minute lessons (40 in grade 1)
# with 10-minute breaks and two 20-minute ones after the 2nd and 3rd lesson.
TYPICAL_LESSONS_END = {
    1: time(11, 40),
    **dict.fromkeys(range(2, 5), time(12, 35)),
    **dict.fromkeys((5, 6), time(13, 30)),
    **dict.fromkeys(range(7, 12), time(14, 25)),
}
# The same timetable's lessons a day (СанПиН 1.2.3685-21, table 6.6): with the school's bell
# schedule a grade's day is taken to end with its lesson of this number (files72)
TYPICAL_LESSONS = {1: 4, **dict.fromkeys(range(2, 5), 5), **dict.fromkeys((5, 6), 6)}
MOST_LESSONS = 7  # grades 7–11


class TermKind(enum.StrEnum):
    """How the school divides its year: four quarters or three trimesters."""

    QUARTER = "quarter"  # четверть
    TRIMESTER = "trimester"  # триместр


@dataclass(frozen=True, slots=True)
class Term:
    """One study period, inclusive dates; `by_school` when the curator set it."""

    number: int
    start: date
    end: date
    by_school: bool = False


@dataclass(frozen=True, slots=True)
class Vacation:
    """Каникулы from `start` to `end` (inclusive) for `grades` (empty: every grade)."""

    start: date
    end: date
    grades: frozenset[int] = frozenset()
    by_school: bool = False

    @property
    def season(self) -> str:
        """ "autumn", "winter", "february", "spring" or "summer", by the month it starts in."""
        month = self.start.month
        if month in (9, 10, 11):
            return "autumn"
        if month in (12, 1):
            return "winter"
        if month == 2:
            return "february"
        if month in (3, 4):
            return "spring"
        return "summer"

    def covers(self, day: date) -> bool:
        """True when the local `day` is one of the vacation's days."""
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class LessonHours:
    """Lessons of `grades` end at `end` (local time); on `weekdays` only (0 = Monday) when
    given, otherwise on every school day. «уроки у 5–9 до 14:30»."""

    grades: frozenset[int]
    end: time
    weekdays: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class SchoolYear:
    """The effective school year that begins in September of `first_year`."""

    first_year: int
    kind: TermKind
    terms: tuple[Term, ...]
    vacations: tuple[Vacation, ...]

    def term_of(self, day: date) -> Term | None:
        """The term containing the local `day`, or None in a vacation."""
        return next((t for t in self.terms if t.start <= day <= t.end), None)

    def vacation_of(self, day: date, grades: Iterable[int] = ()) -> Vacation | None:
        """The vacation covering `day` for any of `grades` (no grades: the whole school's)."""
        wanted = frozenset(grades)
        for vacation in self.vacations:
            if vacation.covers(day) and (not vacation.grades or vacation.grades & wanted):
                return vacation
        return None


@dataclass(frozen=True, slots=True)
class SchoolCalendar:
    """What the curator has set; everything else comes from the default year.

    `terms` keep only the bounds the curator named (`None` for the other one);
    `no_lessons` are weekdays without lessons: Saturday and Sunday by default (a five-day
    week); «учимся по субботам» takes Saturday out, «по субботам не учимся» puts it back.
    Lesson hours given for a weekday («по субботам уроки у 10–11 до 13:00») hold on it even
    when it is in `no_lessons`, for those grades.
    """

    kind: TermKind = TermKind.QUARTER
    terms: tuple[tuple[int, int, date | None, date | None], ...] = ()  # (year, number, start, end)
    vacations: tuple[Vacation, ...] = ()
    lessons_start: time = DEFAULT_LESSONS_START
    lesson_hours: tuple[LessonHours, ...] = ()
    no_lessons: frozenset[int] = DEFAULT_NO_LESSONS
    # the bell schedule: lesson n's (start, end) at index n - 1; () when not given (files66)
    bells: tuple[tuple[time, time], ...] = ()

    @property
    def is_default(self) -> bool:
        """True when the curator has set nothing (the ministry's standard year applies)."""
        return self == SchoolCalendar()

    def year_of(self, day: date) -> SchoolYear:
        """The effective school year containing `day` (September to August)."""
        return _effective_year(self, school_year_start(day))

    @property
    def first_lesson(self) -> time:
        """When the first lesson starts: the school's own «уроки с 8:30» when it gave one,
        else its bell schedule's first lesson, else DEFAULT_LESSONS_START (setting the bells
        clears an earlier «уроки с …»: `school_settings.apply_request`)."""
        if self.lessons_start != DEFAULT_LESSONS_START or not self.bells:
            return self.lessons_start
        return self.bells[0][0]

    def lessons_end(self, grade: int, weekday: int) -> time | None:
        """When `grade`'s lessons end on `weekday`, or None when not known (no lesson check).

        A weekday-specific line wins over a general one (and over `no_lessons`); the latest
        line wins among equals. With no line for `grade` at all, the bell schedule's last
        lesson when `grade` usually has that many lessons or more (`bells_end`, not assumed).
        """
        lines = [h for h in self.lesson_hours if grade in h.grades]
        specific = [h.end for h in lines if weekday in h.weekdays]
        if specific:
            return specific[-1]
        if weekday in self.no_lessons:
            return None
        general = [h.end for h in lines if not h.weekdays]
        if general:
            return general[-1]
        by_bells = None if lines else self.bells_end(grade)
        return by_bells[0] if by_bells is not None and not by_bells[1] else None

    def bells_end(self, grade: int) -> tuple[time, bool] | None:
        """(end, assumed) of `grade`'s school day by the bell schedule, None without one:
        the end of its usual last lesson (TYPICAL_LESSONS: 4 in grade 1, …, 7 in 7–11),
        or of the schedule's last when it has fewer — the school's own bound, so `assumed`
        only when the usual count is shorter than the schedule (a first grade's 4th lesson
        of six)."""
        if not self.bells:
            return None
        usual = usual_lessons(grade)
        if usual >= len(self.bells):
            return self.bells[-1][1], False
        return self.bells[usual - 1][1], True

    def lessons_end_or_typical(self, grade: int, weekday: int) -> tuple[time, bool] | None:
        """(end, assumed) of `grade`'s lessons on `weekday`, or None on a day without lessons.

        The school's own hours when it gave some for `grade` (`assumed` False); otherwise
        the day by its bell schedule (`bells_end`); with neither `TYPICAL_LESSONS_END`
        (`assumed` True), so that a morning on a school day is never offered as free time
        only because the hours were not set yet.
        """
        given = self.lessons_end(grade, weekday)
        if given is not None:
            return given, False
        if weekday in self.no_lessons or any(grade in h.grades for h in self.lesson_hours):
            return None
        by_bells = self.bells_end(grade)
        if by_bells is not None:
            return by_bells
        return TYPICAL_LESSONS_END.get(grade, TYPICAL_LESSONS_END[11]), True

    def in_a_break(self, start: time, end: time) -> bool:
        """Whether [start, end] (one day's local clock) lies within a break of the bell
        schedule, between one lesson's end and the next one's start («перед 3 уроком»), so
        no lesson is missed; False without a schedule."""
        gaps = ((a[1], b[0]) for a, b in pairwise(self.bells))
        return any(gap_start <= start and end <= gap_end for gap_start, gap_end in gaps)


def usual_lessons(grade: int) -> int:
    """The most lessons a day `grade` has on a usual timetable (TYPICAL_LESSONS)."""
    return TYPICAL_LESSONS.get(grade, MOST_LESSONS)


def school_year_start(day: date) -> int:
    """The calendar year in which the school year containing `day` began (September)."""
    return day.year if day.month >= 9 else day.year - 1


def school_year_first_day(day: date) -> date:
    """1 September of the school year containing `day` (a Russian school year runs
    September to August)."""
    return date(school_year_start(day), 9, 1)


def year_named(day: date, today: date) -> bool:
    """Whether a reply naming `day` names its year too (both school-local): `day` is in
    another calendar year or another school year than `today` — «15 января 2027 года»
    said in December, «2 сентября 2027 года» said in May."""
    return day.year != today.year or school_year_start(day) != school_year_start(today)


@lru_cache(maxsize=32)
def default_year(first_year: int, kind: TermKind = TermKind.QUARTER) -> SchoolYear:
    """The ministry's standard year from September of `first_year` (see the module doc)."""
    start = date(first_year, 9, 1)
    while start.weekday() == SUNDAY:
        start += timedelta(days=1)
    autumn = _week_monday(start) + timedelta(weeks=7, days=5)
    winter = date(first_year, 12, 31)
    lessons_again = date(first_year + 1, 1, 9)
    while lessons_again.weekday() >= SATURDAY:
        lessons_again += timedelta(days=1)
    spring = _saturday_from(date(first_year + 1, 3, 20))
    february = _saturday_from(date(first_year + 1, 2, 7))
    last = date(first_year + 1, *SCHOOL_YEAR_END)
    vacations = (
        Vacation(autumn, autumn + timedelta(days=8)),
        Vacation(winter, lessons_again - timedelta(days=1)),
        Vacation(february, february + timedelta(days=8), frozenset({1})),
        Vacation(spring, spring + timedelta(days=8)),
        Vacation(last + timedelta(days=1), date(first_year + 1, 8, 31)),
    )
    if kind is TermKind.TRIMESTER:
        bounds = [
            (start, date(first_year, 11, 30)),
            (date(first_year, 12, 1), date(first_year + 1, 2, 28)),
            (date(first_year + 1, 3, 1), last),
        ]
    else:
        bounds = [
            (start, autumn - timedelta(days=1)),
            (autumn + timedelta(days=9), winter - timedelta(days=1)),
            (lessons_again, spring - timedelta(days=1)),
            (spring + timedelta(days=9), last),
        ]
    terms = tuple(Term(n, a, b) for n, (a, b) in enumerate(bounds, start=1))
    return SchoolYear(first_year, kind, terms, vacations)


def _week_monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _saturday_from(day: date) -> date:
    return day + timedelta(days=(SATURDAY - day.weekday()) % 7)


@lru_cache(maxsize=64)
def _effective_year(calendar: SchoolCalendar, first_year: int) -> SchoolYear:
    base = default_year(first_year, calendar.kind)
    own = [v for v in calendar.vacations if school_year_start(v.start) == first_year]
    replaced = {(v.season, v.grades) for v in own}
    vacations = [v for v in base.vacations if (v.season, v.grades) not in replaced] + own
    terms = {t.number: t for t in base.terms}
    for year, number, start, end in calendar.terms:
        if year == first_year and number in terms:
            old = terms[number]
            terms[number] = Term(number, start or old.start, end or old.end, by_school=True)
    general = [v for v in vacations if not v.grades]
    fixed_terms = [_trim_term(t, general) for t in terms.values()]
    fixed_vacations = [_trim_vacation(v, fixed_terms) for v in vacations]
    last_day = max(t.end for t in fixed_terms)
    fixed_vacations = [  # the default summer starts the day after the school's last term
        replace(v, start=last_day + timedelta(days=1))
        if v.season == "summer" and not v.by_school and not v.grades
        else v
        for v in fixed_vacations
    ]
    return SchoolYear(
        first_year,
        calendar.kind,
        tuple(sorted(fixed_terms, key=lambda t: t.number)),
        tuple(sorted((v for v in fixed_vacations if v.start <= v.end), key=lambda v: v.start)),
    )


def _trim_term(term: Term, vacations: Iterable[Vacation]) -> Term:
    """A default term gives way to the school's vacations at its edges."""
    if term.by_school:
        return term
    start, end = term.start, term.end
    for vacation in vacations:
        if vacation.by_school and vacation.start <= end and vacation.end >= start:
            if vacation.start <= start:
                start = vacation.end + timedelta(days=1)
            else:
                end = min(end, vacation.start - timedelta(days=1))
    return replace(term, start=start, end=max(start, end))


def _trim_vacation(vacation: Vacation, terms: Iterable[Term]) -> Vacation:
    """A default vacation gives way to the school's own term dates."""
    if vacation.by_school:
        return vacation
    start, end = vacation.start, vacation.end
    for term in terms:
        if term.by_school and term.start <= end and term.end >= start:
            if term.start <= start:
                start = term.end + timedelta(days=1)
            else:
                end = min(end, term.start - timedelta(days=1))
    return replace(vacation, start=start, end=end)


# --- the school's calendar for the language layer ---------------------------------------

_ACTIVE: ContextVar[SchoolCalendar | None] = ContextVar("school_calendar", default=None)


@contextmanager
def active_calendar(calendar: SchoolCalendar) -> Iterator[None]:
    """Make `calendar` the one phrases like «до конца четверти» mean while handling one
    message (a context variable: concurrent messages keep their own)."""
    token = _ACTIVE.set(calendar)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def current_calendar() -> SchoolCalendar:
    """The calendar set by `active_calendar`, or the default one."""
    return _ACTIVE.get() or SchoolCalendar()


def term_end(today: date, calendar: SchoolCalendar | None = None) -> date:
    """The last day of the term containing `today`, or of the next term when on vacation."""
    calendar = calendar or current_calendar()
    for first_year in (school_year_start(today), school_year_start(today) + 1):
        for term in calendar.year_of(date(first_year, 9, 1)).terms:
            if term.end >= today:
                return term.end
    return date(today.year + 1, *SCHOOL_YEAR_END)  # unreachable: a year always has terms


def year_end(today: date, calendar: SchoolCalendar | None = None) -> date:
    """The last day of the last term of the school year (the next one after it ended)."""
    calendar = calendar or current_calendar()
    year = calendar.year_of(today)
    last = max(t.end for t in year.terms)
    if last >= today:
        return last
    following = calendar.year_of(date(year.first_year + 1, 9, 1))
    return max(t.end for t in following.terms)


def half_year_end(today: date, calendar: SchoolCalendar | None = None) -> date:
    """The end of the current half-year (полугодие): the last term ending before
    February, or the year's end."""
    calendar = calendar or current_calendar()
    year = calendar.year_of(today)
    first_half = [t.end for t in year.terms if t.end < date(year.first_year + 1, 2, 1)]
    if first_half and max(first_half) >= today:
        return max(first_half)
    return year_end(today, calendar)


def next_vacations(today: date, calendar: SchoolCalendar, count: int = 2) -> list[Vacation]:
    """The whole school's vacation going on now (if any) and the next ones, earliest first
    (a grade's own vacation, such as the first grade's February week, is left out)."""
    found: list[Vacation] = []
    for first_year in (school_year_start(today), school_year_start(today) + 1):
        year = calendar.year_of(date(first_year, 9, 1))
        found += [v for v in year.vacations if v.end >= today and not v.grades and v not in found]
    return found[:count]


# --- storage as JSON (a settings row) ---------------------------------------------------


def calendar_to_json(calendar: SchoolCalendar) -> dict[str, Any]:
    """A JSON-ready dict of what the curator has set (dates ISO, times "HH:MM")."""
    return {
        "kind": calendar.kind.value,
        "terms": [
            [year, number, start.isoformat() if start else None, end.isoformat() if end else None]
            for year, number, start, end in calendar.terms
        ],
        "vacations": [
            {"start": v.start.isoformat(), "end": v.end.isoformat(), "grades": sorted(v.grades)}
            for v in calendar.vacations
        ],
        "lessons_start": calendar.lessons_start.strftime("%H:%M"),
        "lesson_hours": [
            {
                "grades": sorted(h.grades),
                "end": h.end.strftime("%H:%M"),
                "weekdays": sorted(h.weekdays),
            }
            for h in calendar.lesson_hours
        ],
        "no_lessons": sorted(calendar.no_lessons),
        "bells": [[a.strftime("%H:%M"), b.strftime("%H:%M")] for a, b in calendar.bells],
    }


def calendar_from_json(data: Mapping[str, Any]) -> SchoolCalendar:
    """The inverse of `calendar_to_json`; raises ValueError/KeyError/TypeError on bad data."""
    return SchoolCalendar(
        kind=TermKind(data.get("kind", TermKind.QUARTER.value)),
        terms=tuple((int(y), int(n), _day(s), _day(e)) for y, n, s, e in data.get("terms", [])),
        vacations=tuple(
            Vacation(
                date.fromisoformat(v["start"]),
                date.fromisoformat(v["end"]),
                frozenset(int(g) for g in v.get("grades", [])),
                by_school=True,
            )
            for v in data.get("vacations", [])
        ),
        lessons_start=time.fromisoformat(data.get("lessons_start", "08:00")),
        lesson_hours=tuple(
            LessonHours(
                frozenset(int(g) for g in h["grades"]),
                time.fromisoformat(h["end"]),
                frozenset(int(w) for w in h.get("weekdays", [])),
            )
            for h in data.get("lesson_hours", [])
        ),
        no_lessons=frozenset(int(w) for w in data.get("no_lessons", sorted(DEFAULT_NO_LESSONS))),
        # absent in a calendar saved before files66: no schedule
        bells=tuple(
            (time.fromisoformat(a), time.fromisoformat(b)) for a, b in data.get("bells", [])
        ),
    )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None

"""What the school calendar says about an event: days off, vacations, lessons.

Russian public holidays and the days off moved by the government's yearly decree («О
переносе выходных дней») come from the `holidays` package (`holidays.country_holidays("RU")`,
class `holidays.countries.russia.Russia`): it lists every non-working holiday and every
transferred day off («Выходной (перенесено с 03.01.2026)») as a dated entry, and the
Saturdays turned into working days in `Russia.weekend_workdays`. Nothing here is a
hand-written list of holidays.

An event is flagged (a `CalendarWarning`, not a clash between events) when one of its local
days is a day off, falls in a vacation of its audience (a day off inside a vacation is
flagged as both, so the card agrees with «когда каникулы?»), or when it overlaps the lessons of
some grade of its audience on a school day. Pure functions; times are aware datetimes
converted to the school's zone `tz`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache

import holidays

from bot.core.models import Audience, CalendarWarning, CalendarWarningKind, Event, NewEvent
from bot.core.run_ends import is_through_months
from bot.core.school_calendar import SchoolCalendar, Vacation, usual_lessons

ALL_GRADES = frozenset(range(1, 12))
MAX_DAYS = 62  # a longer event is checked over its first two months only

Checked = Event | NewEvent


@lru_cache(maxsize=16)
def _russian_days_off(year: int) -> dict[date, str]:
    """Non-working days of `year` with their Russian names, from the `holidays` package."""
    calendar = holidays.country_holidays("RU", years=year, language="ru")
    return {day: str(name) for day, name in sorted(calendar.items())}


@lru_cache(maxsize=16)
def _russian_working_weekends(year: int) -> frozenset[date]:
    """Saturdays and Sundays made working days by the transfer decree of `year`."""
    calendar = holidays.country_holidays("RU", years=year)
    return frozenset(d for d in getattr(calendar, "weekend_workdays", ()) if d.year == year)


def day_off(day: date) -> str | None:
    """The name of the public holiday or transferred day off on `day`, or None."""
    return _russian_days_off(day.year).get(day)


# How the `holidays` package names a day off moved by the decree: «Выходной (перенесено с
# 04.01.2026)» — the day whose day off this is, in dd.mm.yyyy.
_MOVED_FROM = re.compile(r"\(перенесено\s+с\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\)")


def moved_from(name: str) -> date | None:
    """The day a transferred day off was moved from, read from its `holidays` name
    («Выходной (перенесено с 04.01.2026)» → 2026-01-04); None for a holiday's own name."""
    found = _MOVED_FROM.search(name)
    if found is None:
        return None
    day, month, year = (int(g) for g in found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def is_working_weekend(day: date) -> bool:
    """True for a Saturday or Sunday that the decree made a working day."""
    return day in _russian_working_weekends(day.year)


def is_school_day(day: date, calendar: SchoolCalendar, grades: Iterable[int] = ()) -> bool:
    """A day with lessons for `grades` (none given: the whole school): inside a term, not a
    day off, not in their vacation, not a weekday without lessons (unless the decree made it
    a working day)."""
    if not _term_day(day, calendar, grades):
        return False
    return day.weekday() not in calendar.no_lessons or is_working_weekend(day)


def _term_day(day: date, calendar: SchoolCalendar, grades: Iterable[int]) -> bool:
    """Inside a term, not a day off, not in the vacation of `grades`."""
    if day_off(day) is not None:
        return False
    year = calendar.year_of(day)
    return year.term_of(day) is not None and year.vacation_of(day, grades) is None


def lessons_interval(
    day: date, grade: int, calendar: SchoolCalendar, tz: tzinfo
) -> tuple[datetime, datetime] | None:
    """[start, end) of `grade`'s lessons on `day` (aware, in `tz`), or None on a day without
    lessons. Hours the school has not given are the usual ones
    (`SchoolCalendar.lessons_end_or_typical`)."""
    found = _lessons(day, grade, calendar, tz)
    return None if found is None else (found[0], found[1])


def _lessons(
    day: date, grade: int, calendar: SchoolCalendar, tz: tzinfo
) -> tuple[datetime, datetime, bool] | None:
    """(start, end, assumed) of `grade`'s lessons on `day`, or None without lessons."""
    if not _term_day(day, calendar, (grade,)):
        return None
    weekday = day.weekday()
    if is_working_weekend(day):
        weekday = 0  # a moved working day follows a weekday's timetable
    found = calendar.lessons_end_or_typical(grade, weekday)
    start = calendar.first_lesson
    if found is None or found[0] <= start:
        return None
    end, assumed = found
    return _at(day, start, tz), _at(day, end, tz), assumed


def calendar_warnings(
    event: Checked, calendar: SchoolCalendar, tz: tzinfo
) -> list[CalendarWarning]:
    """Every reason the calendar objects to `event`, consecutive days merged, in day order;
    none for a run through whole months (run_ends.is_through_months: «декабрь» in a plan,
    files75), which goes on around the lessons and holidays of its days, not in them."""
    if is_through_months(event):
        return []
    grades = _grades(event.audience)
    found: list[CalendarWarning] = []
    for day in _local_days(event, tz):
        for warning in _day_warnings(event, day, grades, calendar, tz):
            found = _merge(found, warning)
    return found


def warnings_of_all(
    events: Sequence[Checked], calendar: SchoolCalendar, tz: tzinfo
) -> list[CalendarWarning]:
    """The warnings of several events (a recurring series), each reason and day once."""
    seen: dict[tuple[object, ...], CalendarWarning] = {}
    for event in events:
        for w in calendar_warnings(event, calendar, tz):
            seen.setdefault((w.kind, w.first, w.last, w.reason, w.grades), w)
    return sorted(seen.values(), key=lambda w: (w.first, w.kind.value))


def blocked_intervals(
    audience: Audience,
    first: date,
    days: int,
    calendar: SchoolCalendar,
    tz: tzinfo,
    within: Vacation | None = None,
) -> list[tuple[datetime, datetime]]:
    """Times free-slot proposals must avoid over `days` days from `first`: whole days off
    and vacation days of the audience (a grade's own vacation only when the audience names
    grades or classes), and the lessons of each of its grades. With `within` (an event
    asked for «в каникулы» on purpose: newcomer walk 2026-12-02t, #18) it is the other way
    round for that vacation: its days are free (days off still blocked), every day outside
    it is blocked."""
    grades = _grades(audience)
    blocked = []
    for offset in range(days + 1):
        day = first + timedelta(days=offset)
        year = calendar.year_of(day)
        if within is not None and within.covers(day) and day_off(day) is None:
            continue
        if within is not None or day_off(day) is not None:
            blocked.append((_at(day, time(), tz), _at(day + timedelta(days=1), time(), tz)))
            continue
        if year.vacation_of(day, audience.covered_grades()):
            blocked.append((_at(day, time(), tz), _at(day + timedelta(days=1), time(), tz)))
            continue
        for grade in sorted(grades):
            lessons = lessons_interval(day, grade, calendar, tz)
            if lessons is not None:
                blocked.append(lessons)
    return sorted(blocked)


def _day_warnings(
    event: Checked, day: date, grades: frozenset[int], calendar: SchoolCalendar, tz: tzinfo
) -> list[CalendarWarning]:
    name = day_off(day)
    off = (
        [CalendarWarning(CalendarWarningKind.DAY_OFF, day, day, name, moved_from=moved_from(name))]
        if name
        else []
    )
    vacation = calendar.year_of(day).vacation_of(day, event.audience.covered_grades())
    if vacation is not None:  # a day off inside каникулы is both (31 December, 1–8 January)
        off = [
            *off,
            CalendarWarning(
                CalendarWarningKind.VACATION,
                day,
                day,
                reason=vacation.season,
                grades=tuple(sorted(vacation.grades)),
            ),
        ]
    if name or (vacation is not None and not vacation.grades):
        return off  # nobody has lessons; a grade's own vacation leaves the others' (files60)
    return [*off, *_lesson_warnings(event, day, grades, calendar, tz)]


def _lesson_warnings(
    event: Checked, day: date, grades: frozenset[int], calendar: SchoolCalendar, tz: tzinfo
) -> list[CalendarWarning]:
    """The LESSONS warnings of `event` on `day`: its grades at lessons then (a grade on its
    own vacation has none), one warning per lessons' end. An event wholly within a break
    of the bell schedule («линейка перед 3 уроком») misses no lesson (files72)."""
    by_end: dict[tuple[time, bool], list[int]] = {}
    if _in_a_break(event, day, calendar, tz):
        return []
    for grade in sorted(grades):
        lessons = _lessons(day, grade, calendar, tz)
        if lessons is not None and event.start < lessons[1] and lessons[0] < event.end:
            key = (lessons[1].astimezone(tz).time(), lessons[2])
            by_end.setdefault(key, []).append(grade)
    return [
        CalendarWarning(
            CalendarWarningKind.LESSONS,
            day,
            day,
            grades=tuple(found),
            lessons_end=end,
            assumed=assumed,
            bell_lesson=usual_lessons(found[0]) if assumed and calendar.bells else 0,
        )
        for (end, assumed), found in sorted(by_end.items())
    ]


def _in_a_break(event: Checked, day: date, calendar: SchoolCalendar, tz: tzinfo) -> bool:
    """Whether `event` is within one break of the bells on the local `day`."""
    start, end = event.start.astimezone(tz), event.end.astimezone(tz)
    if start.date() != day or end.date() != day:
        return False
    return calendar.in_a_break(start.time(), end.time())


def _merge(found: list[CalendarWarning], new: CalendarWarning) -> list[CalendarWarning]:
    """Add `new`, extending an equal warning of the day before into a range."""
    for index, old in enumerate(found):
        same = (old.kind, old.reason, old.grades, old.lessons_end, old.assumed) == (
            new.kind,
            new.reason,
            new.grades,
            new.lessons_end,
            new.assumed,
        )
        if same and old.last + timedelta(days=1) == new.first:
            found[index] = replace(old, last=new.last)
            return found
    return [*found, new]


def _grades(audience: Audience) -> frozenset[int]:
    """The grades an audience touches; the whole school is every grade 1–11."""
    return ALL_GRADES if audience.is_everyone else audience.covered_grades()


def _local_days(event: Checked, tz: tzinfo) -> list[date]:
    """The local days an event touches (its end is exclusive), at most MAX_DAYS."""
    first = event.start.astimezone(tz).date()
    end = event.end.astimezone(tz)
    last = (end - timedelta(microseconds=1)).date() if end > event.start else first
    count = min((last - first).days + 1, MAX_DAYS)
    return [first + timedelta(days=n) for n in range(max(count, 1))]


def _at(day: date, at: time, tz: tzinfo) -> datetime:
    return datetime.combine(day, at, tzinfo=tz)


# School-local night for students' events: 22:00–06:00. It is the «ночное время» of Federal
# Law 124-FZ «Об основных гарантиях прав ребёнка» (art. 14.1: from 22 to 6 o'clock local
# time, the hours regions keep children under 16 off the streets without an adult) and of the
# Labour Code (art. 96); the bot itself sends nothing from 21:00 to 08:00.
NIGHT_START = time(22, 0)
NIGHT_END = time(6, 0)
NIGHT_CHECKED = timedelta(hours=24)  # a longer event (a camp, a trip) has nights by design


def at_night(event: Checked, tz: tzinfo) -> bool:
    """True when a students' event starts or runs in the school-local night
    [NIGHT_START, NIGHT_END) of some day (times in `tz`; the end is exclusive, so 19:00–22:00
    and a 06:00 start are not night). Not for an all-day event, an event lasting
    NIGHT_CHECKED or longer, or one no student is in (Audience.no_students: a педсовет, a
    parents' meeting). A card's warning, never a refusal (newcomer walk 2026-12-02m, #11)."""
    if event.all_day or event.audience.no_students or event.end - event.start >= NIGHT_CHECKED:
        return False
    start = event.start.astimezone(tz)
    end = max(event.end.astimezone(tz), start + timedelta(minutes=1))
    day = start.date() - timedelta(days=1)
    while datetime.combine(day, NIGHT_START, tzinfo=tz) < end:
        night_from = datetime.combine(day, NIGHT_START, tzinfo=tz)
        night_to = datetime.combine(day + timedelta(days=1), NIGHT_END, tzinfo=tz)
        if start < night_to and night_from < end:
            return True
        day += timedelta(days=1)
    return False


def night_view(events: Sequence[Checked], tz: tzinfo) -> dict[str, time] | None:
    """The card's night line (see at_night) when some of `events` (a series' occurrences)
    is at night: the night's bounds for the template; None otherwise."""
    if not any(at_night(e, tz) for e in events):
        return None
    return {"start": NIGHT_START, "end": NIGHT_END}


def days_off_of(
    events: Sequence[Checked], warnings: Sequence[CalendarWarning], tz: tzinfo
) -> list[date]:
    """The local start days (in `tz`, sorted, each once) of `events` — a series'
    occurrences — that fall on a day off or in the audience's каникулы by `warnings`
    (calendar_warnings of those events): the meetings a card names as a problem instead of
    «Накладок нет ✅» (newcomer walk 2026-12-02m, finding 12)."""
    ranges = [
        (w.first, w.last)
        for w in warnings
        if w.kind in (CalendarWarningKind.DAY_OFF, CalendarWarningKind.VACATION)
    ]
    days = {e.start.astimezone(tz).date() for e in events}
    return sorted(d for d in days if any(first <= d <= last for first, last in ranges))


def warning_view(warning: CalendarWarning) -> dict[str, object]:
    """A warning as templates see it (see locales/ru/_calendar.j2)."""
    return {
        "kind": warning.kind.value,
        "first": warning.first,
        "last": warning.last,
        "reason": warning.reason,
        "audience": Audience(grades=frozenset(warning.grades)),
        "grades": list(warning.grades),
        "lessons_end": warning.lessons_end,
        "assumed": warning.assumed,
        "bell_lesson": warning.bell_lesson,
        "moved_from": warning.moved_from,
    }

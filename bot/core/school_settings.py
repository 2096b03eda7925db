"""The school calendar in the store and in chat: load, change (curators), answer questions.

The calendar is one settings row (`SCHOOL_CALENDAR_KEY`, JSON from
`bot.core.school_calendar.calendar_to_json`), written in one transaction by
`Store.set_setting`. A row that cannot be read is ignored (the default year applies) and
logged, so a bad value never stops the bot.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import date
from typing import Any

from bot.core.language.doubts import PLANNING_NEXT_YEAR_FROM
from bot.core.language.school_year import (
    BellsSetting,
    LessonsSetting,
    ResetSchoolYear,
    SchoolSetting,
    SchoolYearBatch,
    SchoolYearQuestion,
    SchoolYearRequest,
    StudyDays,
    TermSetting,
    VacationSetting,
)
from bot.core.models import Person, Role
from bot.core.ports import SettingsStore
from bot.core.replies import Reply
from bot.core.school_calendar import (
    DEFAULT_LESSONS_START,
    SUNDAY,
    LessonHours,
    SchoolCalendar,
    SchoolYear,
    TermKind,
    Vacation,
    calendar_from_json,
    calendar_to_json,
    half_year_end,
    next_vacations,
    school_year_start,
    term_end,
    year_end,
)

log = logging.getLogger(__name__)

SCHOOL_CALENDAR_KEY = "school_calendar"


async def load_school_calendar(store: SettingsStore) -> SchoolCalendar:
    """The school's calendar, or the default one when nothing (or nothing readable) is set."""
    return calendar_from_setting(await store.get_setting(SCHOOL_CALENDAR_KEY))


def calendar_from_setting(raw: str | None) -> SchoolCalendar:
    """The calendar a stored `SCHOOL_CALENDAR_KEY` value holds (None, empty or unreadable:
    the default one, the last logged)."""
    if not raw:
        return SchoolCalendar()
    try:
        return calendar_from_json(json.loads(raw))
    except (ValueError, KeyError, TypeError):
        log.warning("unreadable school calendar setting ignored")
        return SchoolCalendar()


async def save_school_calendar(store: SettingsStore, calendar: SchoolCalendar) -> None:
    """Store `calendar` as the school's (one settings row, one transaction)."""
    await store.set_setting(SCHOOL_CALENDAR_KEY, json.dumps(calendar_to_json(calendar)))


async def school_year_reply(
    store: SettingsStore, person: Person, request: SchoolYearRequest, today: date
) -> Reply:
    """The answer to a school-year message: a question for anyone, a change for curators."""
    calendar = await load_school_calendar(store)
    if isinstance(request, SchoolYearQuestion):
        return Reply("school_year_info", info_context(calendar, request.topic, today))
    if person.role is not Role.CURATOR:
        return Reply("school_year_not_allowed")
    if isinstance(request, ResetSchoolYear):
        await save_school_calendar(store, SchoolCalendar())
        return Reply("school_year_set", {"changes": [{"change": "reset"}]})
    changes = []
    for one in request.requests if isinstance(request, SchoolYearBatch) else (request,):
        calendar, context = apply_request(calendar, one)
        changes.append(_named_year(context, today))
    await save_school_calendar(store, calendar)
    return Reply("school_year_set", {"changes": changes})


def _named_year(context: dict[str, Any], today: date) -> dict[str, Any]:
    """A vacation or term change of another school year than `today`'s, with "school_year"
    ("2027/28") for the confirmation to name it: «каникулы с 25 декабря 2027 по 8 января
    2028» said in December 2026 read as this winter's (attack z2, #8)."""
    period = context.get("vacation") or context.get("term")
    start = getattr(period, "start", None)
    if not isinstance(start, date) or school_year_start(start) == school_year_start(today):
        return context
    first = school_year_start(start)
    return {**context, "school_year": f"{first}/{(first + 1) % 100:02d}"}


def apply_request(
    calendar: SchoolCalendar, request: SchoolSetting
) -> tuple[SchoolCalendar, dict[str, Any]]:
    """The calendar with one setting applied, and what to confirm (template data)."""
    if isinstance(request, VacationSetting):
        vacation = Vacation(request.start, request.end, request.grades, by_school=True)
        kept = tuple(v for v in calendar.vacations if not _same_vacation(v, vacation))
        context = {"change": "vacation", "vacation": vacation, "season": vacation.season}
        return replace(calendar, vacations=(*kept, vacation)), context
    if isinstance(request, TermSetting):
        return _apply_term(calendar, request)
    if isinstance(request, LessonsSetting):
        hours = tuple(
            LessonHours(grades or frozenset(range(1, 12)), end, request.weekdays)
            for grades, end in request.hours
        )
        start = request.start or calendar.lessons_start
        other_hours = tuple(  # a new line for the same grades and days replaces the old one
            old
            for old in calendar.lesson_hours
            if all((old.grades, old.weekdays) != (h.grades, h.weekdays) for h in hours)
        )
        changed = replace(calendar, lesson_hours=(*other_hours, *hours), lessons_start=start)
        context = {
            "change": "lessons",
            "start": start,
            "hours": [{"grades": sorted(h.grades), "end": h.end} for h in hours],
            "weekdays": sorted(request.weekdays),
        }
        return changed, context
    if isinstance(request, BellsSetting):  # a new schedule replaces the old one whole
        # and gives the first lesson's start (SchoolCalendar.first_lesson): an older «уроки с …»
        # is dropped, so the later setting wins (files72)
        changed = replace(calendar, bells=request.bells, lessons_start=DEFAULT_LESSONS_START)
        return changed, {"change": "bells", "bells": request.bells}
    assert isinstance(request, StudyDays)
    no_lessons = (
        calendar.no_lessons - request.weekdays
        if request.study
        else calendar.no_lessons | request.weekdays
    ) | {SUNDAY}
    context = {"change": "study_days", "weekdays": sorted(request.weekdays), "study": request.study}
    return replace(calendar, no_lessons=frozenset(no_lessons)), context


def _same_vacation(old: Vacation, new: Vacation) -> bool:
    """A new vacation replaces the school's earlier one of that season and year and grades."""
    return (
        old.season == new.season
        and old.grades == new.grades
        and school_year_start(old.start) == school_year_start(new.start)
    )


def _apply_term(
    calendar: SchoolCalendar, request: TermSetting
) -> tuple[SchoolCalendar, dict[str, Any]]:
    kind = TermKind(request.kind)
    known = request.start or request.end
    assert known is not None
    first_year = school_year_start(known)
    old = next((t for t in calendar.terms if t[0] == first_year and t[1] == request.number), None)
    start = request.start or (old[2] if old else None)
    end = request.end or (old[3] if old else None)
    terms = tuple(t for t in calendar.terms if not (t[0] == first_year and t[1] == request.number))
    if kind is not calendar.kind:
        terms = ()  # quarters and trimesters do not mix
    changed = replace(calendar, kind=kind, terms=(*terms, (first_year, request.number, start, end)))
    term = changed.year_of(known).terms[request.number - 1]
    context = {"change": "term", "kind": kind.value, "number": request.number, "term": term}
    return changed, context


def info_context(calendar: SchoolCalendar, topic: str, today: date) -> dict[str, Any]:
    """Template data for a question: the current term, vacations ahead, the year's dates.

    The year shown (`year`, with its `first_year`) is the one `today` is in, and from June
    to August the coming one (the one being planned; `shown_year`). `standard`
    is the first year of a school year shown with the Ministry's standard dates although the
    school has set dates for another year (the year shown; for «когда каникулы?», a listed
    vacation's year), or None.
    """
    year = shown_year(calendar, today)
    vacations = next_vacations(today, calendar)
    if topic == "vacations":
        years = {school_year_start(v.start) for v in vacations}
    else:
        years = {year.first_year}
    plain = sorted(y for y in years if not _has_own_dates(calendar, y))
    standard = plain[0] if plain and not calendar.is_default else None
    return {
        "topic": topic,
        "today": today,
        "default": calendar.is_default,
        "standard": standard,
        "kind": calendar.kind.value,
        "term": year.term_of(today),
        "term_end": term_end(today, calendar),
        "half_year_end": half_year_end(today, calendar),
        "year_end": year_end(today, calendar),
        "vacations": [_vacation_view(v) for v in vacations],
        "year": {
            "first_year": year.first_year,
            "terms": list(year.terms),
            "vacations": [_vacation_view(v) for v in year.vacations],
        },
        "lessons_start": calendar.first_lesson,
        "lesson_hours": [
            {"grades": sorted(h.grades), "end": h.end, "weekdays": sorted(h.weekdays)}
            for h in calendar.lesson_hours
        ],
        "no_lessons": sorted(calendar.no_lessons - {SUNDAY}),
        "own_lessons_start": calendar.lessons_start != SchoolCalendar().lessons_start,
        "bells": list(calendar.bells),
    }


def shown_year(calendar: SchoolCalendar, today: date) -> SchoolYear:
    """The school year «учебный календарь» shows on `today`: from June to August the coming
    one — the year being planned, the one «каникулы с 28 декабря…» written then goes to
    (`bot.core.language.school_year`) — otherwise the one `today` is in."""
    year = calendar.year_of(today)
    if PLANNING_NEXT_YEAR_FROM <= today.month <= 8:
        return calendar.year_of(date(year.first_year + 1, 9, 1))
    return year


def _has_own_dates(calendar: SchoolCalendar, first_year: int) -> bool:
    """Whether the school set a term or a vacation of the year starting in `first_year`."""
    return any(year == first_year for year, *_ in calendar.terms) or any(
        school_year_start(v.start) == first_year for v in calendar.vacations
    )


def _vacation_view(vacation: Vacation) -> dict[str, Any]:
    return {
        "start": vacation.start,
        "end": vacation.end,
        "season": vacation.season,
        "grades": sorted(vacation.grades),
        "days": (vacation.end - vacation.start).days + 1,
        "by_school": vacation.by_school,
    }

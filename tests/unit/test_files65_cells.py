"""files65: time cells given by lessons, «после уроков» at the lessons' end, and the months
a quarter grid's column may hold (tests/data/files65.md)."""

# ruff: noqa: DTZ001 - drafts and the import read naive school wall-clock times
from __future__ import annotations

from datetime import datetime, time

import pytest

from bot.core import drafts
from bot.core.language.times import lesson_clock
from bot.core.models import Audience, EventDraft
from bot.core.school_calendar import LessonHours, SchoolCalendar
from bot.exports.day_cells import Section, week_choices, week_of_month, without_weekday
from bot.exports.period_grid import period_months


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("после уроков", "after_lessons"),
        ("После  уроков.", "after_lessons"),
        ("после всех уроков", "after_lessons"),
        ("после 6 урока", "lesson_time"),
        ("на 7 уроке", "lesson_time"),
        ("во время 3-го урока", "lesson_time"),
        ("до уроков", "lesson_time"),
        ("15:00", None),
        ("после обеда", None),
        ("в течение дня", None),
    ],
)
def test_lesson_clock(text: str, code: str | None) -> None:
    assert lesson_clock(text) == code


CALENDAR = SchoolCalendar(
    lesson_hours=(
        LessonHours(frozenset(range(5, 10)), time(14, 30)),
        LessonHours(frozenset({10, 11}), time(15, 20)),
    )
)


def _after_lessons(audience: Audience) -> EventDraft:
    return EventDraft(
        title="Совет",
        start=datetime(2026, 12, 14),
        time_known=False,
        audience=audience,
        doubts=("after_lessons",),
    )


def test_after_lessons_starts_at_the_latest_end_of_its_grades() -> None:
    found = drafts.at_lessons_end(_after_lessons(Audience(grades=frozenset({9, 10}))), CALENDAR)
    assert (found.start, found.time_known, found.doubts) == (
        datetime(2026, 12, 14, 15, 20),
        True,
        (),
    )
    assert drafts.line_problem(found) is None


def test_after_lessons_of_a_grade_without_hours_is_asked() -> None:
    draft = _after_lessons(Audience(grades=frozenset({3, 9})))
    assert drafts.at_lessons_end(draft, CALENDAR) == draft
    assert drafts.line_problem(draft) == "after_lessons"
    assert drafts.at_lessons_end(_after_lessons(Audience()), CALENDAR).time_known is False
    assert drafts.at_lessons_end(_after_lessons(Audience()), SchoolCalendar()).time_known is False


@pytest.mark.parametrize(
    ("header", "months"),
    [
        ("I четверть", {8, 9, 10, 11}),
        ("III четверть", {1, 2, 3, 4}),
        ("4 четверть", {3, 4, 5, 6}),
        ("2-е полугодие", {12, 1, 2, 3, 4, 5, 6}),
        ("Триместр 1", {8, 9, 10, 11, 12}),
        ("V четверть", None),
    ],
)
def test_period_months(header: str, months: set[int] | None) -> None:
    assert period_months(header) == (frozenset(months) if months else None)


@pytest.mark.parametrize(
    ("cell", "number"),
    [
        ("2-я неделя", 2),
        ("2 неделя", 2),
        ("II неделя", 2),
        ("Вторая неделя", 2),
        ("неделя 3", 3),
        ("четвёртая неделя", 4),
        ("последняя неделя", None),
        ("Неделя математики", None),
        ("12.12", None),
        (7, None),
    ],
)
def test_week_of_month(cell: object, number: int | None) -> None:
    assert week_of_month(cell) == number


def _no_day(choices: tuple[datetime, ...] = ()) -> EventDraft:
    return EventDraft(title="Неделя математики", start=None, doubts=("no_day",), choices=choices)


def test_a_weeks_days_in_its_month_keep_the_rows_time() -> None:
    now = datetime(2026, 12, 1, 9)
    found = week_choices(_no_day((datetime(2026, 12, 1, 14),)), "1-я неделя", Section(12), now)
    assert [c.day for c in found.choices] == [1, 2, 3, 4]  # Monday 30 November is not December's
    assert {c.time() for c in found.choices} == {time(14)}
    assert drafts.with_day(found, datetime(2026, 12, 3).date()).start == datetime(2026, 12, 3, 14)
    untimed = week_choices(_no_day(), "2-я неделя", Section(12), now)
    assert [c.day for c in untimed.choices] == [7, 8, 9, 10, 11]
    assert drafts.with_day(untimed, datetime(2026, 12, 9).date()).time_known is False
    assert week_choices(_no_day(), "6-я неделя", Section(12), now).choices == ()


@pytest.mark.parametrize(
    ("cell", "bare"),
    [
        ("вт 7 дек", "7 дек"),
        ("Пн, 14.12", "14.12"),
        ("7.12 (вт)", "7.12"),
        ("вторник, 7 декабря 2026 г.", "7 декабря 2026 г."),
        ("7.12", None),
        ("каждый вторник с 7.12", None),
        ("по вторникам с 7.12", None),
        ("вторник", None),
    ],
)
def test_without_weekday(cell: str, bare: str | None) -> None:
    assert without_weekday(cell) == bare

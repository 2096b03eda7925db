"""School-year phrases: vacations, terms, lesson hours, study days, questions."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.school_year import (
    LessonsSetting,
    ResetSchoolYear,
    SchoolYearBatch,
    SchoolYearQuestion,
    StudyDays,
    TermSetting,
    VacationSetting,
    parse_school_year,
)
from bot.core.models import EventIntent, QueryIntent
from bot.core.school_calendar import SchoolCalendar, Vacation, active_calendar

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "каникулы с 29 декабря по 11 января",
            VacationSetting(date(2026, 12, 29), date(2027, 1, 11)),
        ),
        ("Зимние каникулы: 29.12 – 11.01", VacationSetting(date(2026, 12, 29), date(2027, 1, 11))),
        (
            "осенние каникулы с 24 октября по 1 ноября",
            VacationSetting(date(2026, 10, 24), date(2026, 11, 1)),
        ),
        ("весенние каникулы 20-28 марта", VacationSetting(date(2027, 3, 20), date(2027, 3, 28))),
        (
            "весенние каникулы с 20 марта по 28 марта",
            VacationSetting(date(2027, 3, 20), date(2027, 3, 28)),
        ),
        (
            "каникулы у 1 класса с 13 по 21 февраля",
            VacationSetting(date(2027, 2, 13), date(2027, 2, 21), frozenset({1})),
        ),
        ("каникулы с 30 по 5 января", None),  # the first day after the last
        (
            "каникулы у 1 класса с 13 февраля по 21 февраля",
            VacationSetting(date(2027, 2, 13), date(2027, 2, 21), frozenset({1})),
        ),
        (
            "каникулы с 29 декабря 2027 года по 9 января 2028",
            VacationSetting(date(2027, 12, 29), date(2028, 1, 9)),
        ),
        ("каникулы с 1 июня по 30 ноября", None),  # longer than any vacation
    ],
)
def test_vacations(text: str, expected: VacationSetting | None) -> None:
    assert parse_school_year(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 четверть до 26 мая", TermSetting("quarter", 4, None, date(2027, 5, 26))),
        ("4-я четверть до 22.05", TermSetting("quarter", 4, None, date(2027, 5, 22))),
        (
            "вторая четверть с 2 ноября по 26 декабря",
            TermSetting("quarter", 2, date(2026, 11, 2), date(2026, 12, 26)),
        ),
        ("Четвёртая четверть с 29 марта", TermSetting("quarter", 4, date(2027, 3, 29), None)),
        (
            "2 триместр с 1 декабря по 28 февраля",
            TermSetting("trimester", 2, date(2026, 12, 1), date(2027, 2, 28)),
        ),
        ("III четверть до 20 марта", TermSetting("quarter", 3, None, date(2027, 3, 20))),
        (
            "IV четверть с 30.03 по 26.05",
            TermSetting("quarter", 4, date(2027, 3, 30), date(2027, 5, 26)),
        ),
        ("5 четверть до 26 мая", None),
        ("4 триместр до 26 мая", None),
        ("4 четверть", None),
        ("3 четверть с 20 марта по 10 января", None),  # ends before it starts
    ],
)
def test_terms(text: str, expected: TermSetting | None) -> None:
    assert parse_school_year(text, TODAY) == expected


def test_lesson_hours_per_grade_and_weekday() -> None:
    assert parse_school_year("уроки у 5–9 до 14:30, у 10–11 до 15:20", TODAY) == LessonsSetting(
        (
            (frozenset(range(5, 10)), time(14, 30)),
            (frozenset({10, 11}), time(15, 20)),
        )
    )
    assert parse_school_year("Уроки у 1-4 классов до 12.40 и у 5-11 до 15:00", TODAY) == (
        LessonsSetting(
            ((frozenset(range(1, 5)), time(12, 40)), (frozenset(range(5, 12)), time(15, 0)))
        )
    )
    assert parse_school_year("по субботам уроки у 10–11 до 13:00", TODAY) == LessonsSetting(
        ((frozenset({10, 11}), time(13, 0)),), frozenset({5})
    )
    assert parse_school_year("уроки с 8:30 до 14:00", TODAY) == LessonsSetting(
        ((frozenset(), time(14, 0)),), start=time(8, 30)
    )
    assert parse_school_year("уроки с 8:30", TODAY) == LessonsSetting((), start=time(8, 30))


@pytest.mark.parametrize(
    "text",
    ["уроки мужества 5 декабря", "уроки у 5–9 до вечера", "Уроки финансовой грамотности в 15:00"],
)
def test_event_messages_about_lessons_are_not_settings(text: str) -> None:
    assert parse_school_year(text, TODAY) is None


def test_study_days() -> None:
    assert parse_school_year("по субботам не учимся", TODAY) == StudyDays(frozenset({5}), False)
    assert parse_school_year("В субботу не учимся.", TODAY) == StudyDays(frozenset({5}), False)
    assert parse_school_year("учимся по субботам", TODAY) == StudyDays(frozenset({5}), True)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("каникулы", "vacations"),
        ("Когда каникулы?", "vacations"),
        ("когда зимние каникулы?", "vacations"),
        ("когда конец четверти?", "term_end"),
        ("Когда заканчивается четверть?", "term_end"),
        ("какая сейчас четверть", "term_end"),
        ("когда закончится учебный год?", "year_end"),
        ("учебный календарь", "overview"),
        ("график каникул", "overview"),
    ],
)
def test_questions(text: str, topic: str) -> None:
    assert parse_school_year(text, TODAY) == SchoolYearQuestion(topic)


def test_reset_and_unrelated_messages() -> None:
    assert parse_school_year("сбрось учебный календарь", TODAY) == ResetSchoolYear()
    for text in (
        "что на каникулах?",
        "Лекция 15 декабря в 15:00",
        "накладки",
        "",
        "каникулы!!!" * 30,
    ):
        assert parse_school_year(text, TODAY) is None


def test_in_summer_the_next_year_is_planned() -> None:
    summer = date(2027, 7, 10)
    assert parse_school_year("каникулы с 29 декабря по 11 января", summer) == VacationSetting(
        date(2027, 12, 29), date(2028, 1, 11)
    )
    assert parse_school_year("1 четверть до 24 октября", summer) == TermSetting(
        "quarter", 1, None, date(2027, 10, 24)
    )


def test_a_pasted_calendar_is_a_batch_only_when_every_line_is_a_setting() -> None:
    pasted = """Календарный учебный график 2026/27:
    1 четверть с 1 сентября по 23 октября
    Осенние каникулы с 24 октября по 1 ноября

    уроки у 5-9 до 14:30, у 10-11 до 15:20
    по субботам не учимся"""
    batch = parse_school_year(pasted, TODAY)
    assert isinstance(batch, SchoolYearBatch)
    assert batch.requests == (
        TermSetting("quarter", 1, date(2026, 9, 1), date(2026, 10, 23)),
        VacationSetting(date(2026, 10, 24), date(2026, 11, 1)),
        LessonsSetting(
            ((frozenset(range(5, 10)), time(14, 30)), (frozenset({10, 11}), time(15, 20)))
        ),
        StudyDays(frozenset({5}), False),
    )
    plan = "каникулы с 29 декабря по 11 января\nЛекция 15 декабря в 15:00, 9 классы"
    assert parse_school_year(plan, TODAY) is None
    assert parse_school_year("4 четверть до 26 мая\nкогда каникулы?", TODAY) is None


NOW = datetime.fromisoformat("2026-11-30T10:00")  # wall-clock time (Monday, 2nd quarter)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("что на каникулах?", date(2026, 12, 31), date(2027, 1, 10)),  # 9 January: a Saturday
        ("что на зимних каникулах?", date(2026, 12, 31), date(2027, 1, 10)),
        ("что во время весенних каникул?", date(2027, 3, 20), date(2027, 3, 28)),
        ("что на осенних каникулах?", date(2027, 10, 23), date(2027, 10, 31)),  # next year's
        ("мероприятия в этой четверти", NOW.date(), date(2026, 12, 30)),
        ("что в следующей четверти?", date(2027, 1, 11), date(2027, 3, 19)),
        ("что в 4 четверти?", date(2027, 3, 29), date(2027, 5, 26)),
        ("что было в прошлой четверти?", date(2026, 9, 1), date(2026, 10, 23)),
    ],
)
def test_school_periods_in_questions(text: str, first: date, last: date) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, QueryIntent)
    assert (intent.start, intent.end) == (first, last)


def test_school_periods_follow_the_school_s_dates() -> None:
    own = SchoolCalendar(
        vacations=(Vacation(date(2026, 12, 26), date(2027, 1, 10), by_school=True),)
    )
    with active_calendar(own):
        holidays = parse_message("что на каникулах для 9 классов?", NOW)
        quarter = parse_message("что в этой четверти?", NOW)
    assert isinstance(holidays, QueryIntent)
    assert (holidays.start, holidays.end) == (date(2026, 12, 26), date(2027, 1, 10))
    assert holidays.audience.grades == frozenset({9})
    assert isinstance(quarter, QueryIntent)
    assert quarter.end == date(2026, 12, 25)


def test_an_event_on_the_vacation_keeps_its_title_and_date() -> None:
    intent = parse_message("Экскурсия на осенних каникулах 27 октября в 11:00", NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.title == "Экскурсия на осенних каникулах"
    assert intent.draft.start == datetime.fromisoformat("2027-10-27T11:00")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("что после каникул?", date(2027, 1, 12), None),
        ("что будет после зимних каникул для 9 классов?", date(2027, 1, 12), None),
        ("что после новогодних каникул?", date(2027, 1, 12), None),
        ("что на новогодних каникулах?", date(2026, 12, 29), date(2027, 1, 11)),
        ("что после осенних каникул?", date(2027, 11, 1), None),  # the next autumn's, default
    ],
)
def test_after_and_during_the_named_vacation(text: str, first: date, last: date | None) -> None:
    """«после каникул» is open from the day after the current or next каникулы end;
    «новогодние каникулы» are the winter ones."""
    own = SchoolCalendar(
        vacations=(Vacation(date(2026, 12, 29), date(2027, 1, 11), by_school=True),)
    )
    with active_calendar(own):
        intent = parse_message(text, datetime.fromisoformat("2026-12-26T10:00"))
    assert isinstance(intent, QueryIntent)
    assert (intent.start, intent.end) == (first, last)

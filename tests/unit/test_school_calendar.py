"""The school calendar: Russian days off, the default year, the school's own dates, warnings."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest

from bot.core.calendar_checks import (
    blocked_intervals,
    calendar_warnings,
    day_off,
    is_school_day,
    is_working_weekend,
    moved_from,
    warnings_of_all,
)
from bot.core.clashes import free_slots
from bot.core.language.intents import parse_message
from bot.core.models import Audience, CalendarWarningKind, EventIntent, NewEvent
from bot.core.school_calendar import (
    LessonHours,
    SchoolCalendar,
    Vacation,
    active_calendar,
    calendar_from_json,
    calendar_to_json,
    default_year,
    half_year_end,
    next_vacations,
    term_end,
    year_end,
)

TZ = ZoneInfo("Europe/Kaliningrad")
HOURS = (
    LessonHours(frozenset(range(5, 10)), time(14, 30)),
    LessonHours(frozenset({10, 11}), time(15, 20)),
)
WITH_LESSONS = SchoolCalendar(lesson_hours=HOURS, no_lessons=frozenset({5, 6}))


def event(
    start: datetime, end: datetime | None = None, audience: Audience | None = None
) -> NewEvent:
    return NewEvent(
        title="Лекция",
        organisation_id=1,
        start=start,
        end=end or start + timedelta(hours=1),
        audience=audience or Audience(),
    )


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


# --- Russian days off ---------------------------------------------------------------


def test_every_day_off_of_2026_and_2027_is_the_holidays_package_s() -> None:
    package = holidays.country_holidays("RU", years=[2026, 2027], language="ru")
    day = date(2026, 1, 1)
    seen = 0
    while day <= date(2027, 12, 31):
        assert day_off(day) == package.get(day)
        seen += day_off(day) is not None
        day += timedelta(days=1)
    assert seen == len(package) >= 30


@pytest.mark.parametrize(
    "day",
    [
        *[date(2026, 1, d) for d in range(1, 9)],
        date(2026, 2, 23),
        date(2026, 3, 9),  # 8 March 2026 is a Sunday: Monday off
        date(2026, 5, 1),
        date(2026, 5, 11),  # 9 May 2026 is a Saturday: Monday off
        date(2026, 6, 12),
        date(2026, 11, 4),
        *[date(2027, 1, d) for d in range(1, 9)],
        date(2027, 2, 23),
        date(2027, 3, 8),
        date(2027, 5, 3),  # 1 May 2027 is a Saturday
        date(2027, 5, 10),  # 9 May 2027 is a Sunday
        date(2027, 6, 14),  # 12 June 2027 is a Saturday
        date(2027, 11, 4),
    ],
)
def test_public_holidays_from_the_decree(day: date) -> None:
    assert day_off(day) is not None


def test_transferred_days_off_and_working_saturday() -> None:
    # the 2026 decree moves 3 January to 9 January and 4 January to 31 December
    assert "03.01.2026" in str(day_off(date(2026, 1, 9)))
    assert "04.01.2026" in str(day_off(date(2026, 12, 31)))
    # 2027: Saturday 20 February works for Monday 22 February
    assert "20.02.2027" in str(day_off(date(2027, 2, 22)))
    assert is_working_weekend(date(2027, 2, 20))
    assert day_off(date(2027, 2, 20)) is None
    assert day_off(date(2026, 12, 15)) is None  # an ordinary Tuesday
    assert day_off(date(2026, 12, 13)) is None  # an ordinary Sunday is not a holiday


def test_a_transferred_day_off_knows_the_day_it_was_moved_from() -> None:
    # replies say «выходной день (перенесён с 4 января)», not the package's raw name
    assert moved_from(str(day_off(date(2026, 12, 31)))) == date(2026, 1, 4)
    assert moved_from(str(day_off(date(2027, 2, 22)))) == date(2027, 2, 20)
    assert moved_from(str(day_off(date(2026, 5, 9)))) is None  # День Победы is its own day
    assert moved_from("Выходной (перенесено с 31.02.2026)") is None  # no such day


# --- the default year and the school's own dates ---------------------------------------


def test_default_2025_26_matches_the_ministry_reference_schedule() -> None:
    year = default_year(2025)
    q1, q2, q3, q4 = year.terms
    assert (q1.start, q1.end) == (date(2025, 9, 1), date(2025, 10, 24))
    assert q2.end == date(2025, 12, 30)
    assert (q3.start, q3.end) == (date(2026, 1, 9), date(2026, 3, 20))
    assert (q4.start, q4.end) == (date(2026, 3, 30), date(2026, 5, 26))
    spans = {(v.season, v.grades): (v.start, v.end) for v in year.vacations}
    assert spans[("autumn", frozenset())] == (date(2025, 10, 25), date(2025, 11, 2))
    assert spans[("winter", frozenset())] == (date(2025, 12, 31), date(2026, 1, 8))
    assert spans[("february", frozenset({1}))] == (date(2026, 2, 7), date(2026, 2, 15))
    assert spans[("spring", frozenset())] == (date(2026, 3, 21), date(2026, 3, 29))
    assert spans[("summer", frozenset())] == (date(2026, 5, 27), date(2026, 8, 31))
    for v in year.vacations[:-1]:
        assert (v.end - v.start).days + 1 == 9


@pytest.mark.parametrize(
    ("first_year", "lessons", "winter_end"),
    [
        (2025, date(2026, 1, 9), date(2026, 1, 8)),  # a Friday: the schedule's 9 days
        (2026, date(2027, 1, 11), date(2027, 1, 10)),  # 9 January 2027 is a Saturday
        (2027, date(2028, 1, 10), date(2028, 1, 9)),  # 9 January 2028 is a Sunday
        (2028, date(2029, 1, 9), date(2029, 1, 8)),  # a Tuesday
    ],
)
def test_the_third_quarter_never_starts_on_a_weekend(
    first_year: int, lessons: date, winter_end: date
) -> None:
    year = default_year(first_year)
    assert year.terms[2].start == lessons
    assert lessons.weekday() < 5
    [winter] = [v for v in year.vacations if v.season == "winter"]
    assert (winter.start, winter.end) == (date(first_year, 12, 31), winter_end)


def test_every_default_year_is_terms_and_vacations_without_gaps() -> None:
    for first_year in range(2024, 2031):
        year = default_year(first_year)
        general = sorted(
            [(t.start, t.end) for t in year.terms]
            + [(v.start, v.end) for v in year.vacations if not v.grades]
        )
        for (_, end), (start, _) in itertools.pairwise(general):
            assert start == end + timedelta(days=1)
        assert general[-1][1] == date(first_year + 1, 8, 31)


def test_school_vacation_replaces_the_default_and_moves_the_terms() -> None:
    calendar = SchoolCalendar(
        vacations=(Vacation(date(2026, 12, 29), date(2027, 1, 11), by_school=True),)
    )
    year = calendar.year_of(date(2026, 12, 1))
    winter = [v for v in year.vacations if v.season == "winter"]
    assert [(v.start, v.end) for v in winter] == [(date(2026, 12, 29), date(2027, 1, 11))]
    assert year.terms[1].end == date(2026, 12, 28)
    assert year.terms[2].start == date(2027, 1, 12)
    assert year.vacation_of(date(2027, 1, 10)) is not None
    assert year.vacation_of(date(2027, 1, 12)) is None


def test_school_term_end_moves_the_summer() -> None:
    calendar = SchoolCalendar(terms=((2026, 4, None, date(2027, 5, 22)),))
    year = calendar.year_of(date(2027, 5, 1))
    assert year.terms[3].end == date(2027, 5, 22)
    assert year.terms[3].start == date(2027, 3, 29)
    assert year.vacation_of(date(2027, 5, 23)) is not None
    longer = SchoolCalendar(terms=((2026, 4, None, date(2027, 5, 31)),))
    assert longer.year_of(date(2027, 5, 1)).vacation_of(date(2027, 5, 28)) is None


def test_term_year_and_half_year_ends() -> None:
    custom = SchoolCalendar(terms=((2026, 2, None, date(2026, 12, 26)),))
    assert term_end(date(2026, 11, 30)) == date(2026, 12, 30)
    assert term_end(date(2026, 11, 30), custom) == date(2026, 12, 26)
    assert term_end(date(2026, 10, 27)) == date(2026, 12, 30)  # in the autumn vacation
    assert term_end(date(2027, 7, 1)) == date(2027, 10, 22)  # summer: next year's first
    assert year_end(date(2026, 11, 30)) == date(2027, 5, 26)
    assert half_year_end(date(2026, 11, 30), custom) == date(2026, 12, 26)
    assert half_year_end(date(2027, 2, 1)) == date(2027, 5, 26)


def test_next_vacations_leave_out_a_grade_s_own_week() -> None:
    found = next_vacations(date(2027, 1, 20), SchoolCalendar())
    assert [v.season for v in found] == ["spring", "summer"]
    now = next_vacations(date(2027, 1, 5), SchoolCalendar())
    assert now[0].season == "winter"


def test_json_round_trip_keeps_everything() -> None:
    calendar = SchoolCalendar(
        terms=((2026, 4, None, date(2027, 5, 22)),),
        vacations=(Vacation(date(2026, 12, 29), date(2027, 1, 11), frozenset(), True),),
        lessons_start=time(8, 30),
        lesson_hours=(*HOURS, LessonHours(frozenset({10}), time(13, 0), frozenset({5}))),
        no_lessons=frozenset({5, 6}),
    )
    assert calendar_from_json(calendar_to_json(calendar)) == calendar
    assert calendar_from_json({}) == SchoolCalendar()
    with pytest.raises(ValueError, match="isoformat"):
        calendar_from_json({"vacations": [{"start": "29.12", "end": "2027-01-11"}]})


# --- warnings ------------------------------------------------------------------------


def test_event_on_a_public_holiday() -> None:
    [warning] = calendar_warnings(event(at(2026, 11, 4, 12)), SchoolCalendar(), TZ)
    assert warning.kind is CalendarWarningKind.DAY_OFF
    assert warning.reason == "День народного единства"
    assert warning.first == warning.last == date(2026, 11, 4)


def test_event_in_the_vacation_and_its_days_merged() -> None:
    camp = event(at(2026, 10, 26), at(2026, 10, 31), Audience(grades=frozenset({9})))
    [w] = calendar_warnings(camp, SchoolCalendar(), TZ)
    assert (w.kind, w.reason, w.first, w.last) == (
        CalendarWarningKind.VACATION,
        "autumn",
        date(2026, 10, 26),
        date(2026, 10, 30),
    )
    winter = event(at(2026, 12, 30), at(2027, 1, 12), Audience(grades=frozenset({9})))
    found = [(w.kind, w.first, w.last) for w in calendar_warnings(winter, SchoolCalendar(), TZ)]
    assert found == [
        (CalendarWarningKind.LESSONS, date(2026, 12, 30), date(2026, 12, 30)),
        (CalendarWarningKind.DAY_OFF, date(2026, 12, 31), date(2026, 12, 31)),  # moved 4 Jan
        (CalendarWarningKind.VACATION, date(2026, 12, 31), date(2027, 1, 10)),  # days off too
        (CalendarWarningKind.DAY_OFF, date(2027, 1, 1), date(2027, 1, 6)),
        (CalendarWarningKind.DAY_OFF, date(2027, 1, 7), date(2027, 1, 7)),  # Рождество
        (CalendarWarningKind.DAY_OFF, date(2027, 1, 8), date(2027, 1, 8)),
        (CalendarWarningKind.LESSONS, date(2027, 1, 11), date(2027, 1, 11)),
    ]  # 30 December and 11 January (a Monday) are school days: the usual lessons are flagged;
    # the days off inside the winter vacation are flagged as both (newcomer walk 2026-12-01b,
    # finding 11: the card named the day off but not the каникулы «когда каникулы?» names)


def test_first_grade_vacation_only_for_the_first_grade() -> None:
    feb = at(2027, 2, 16, 11)
    whole_school = calendar_warnings(event(feb), SchoolCalendar(), TZ)
    assert {w.kind for w in whole_school} == {CalendarWarningKind.LESSONS}  # not a vacation
    [w] = calendar_warnings(
        event(feb, audience=Audience(classes=frozenset({"1А"}))), SchoolCalendar(), TZ
    )
    assert (w.kind, w.reason, w.grades) == (CalendarWarningKind.VACATION, "february", (1,))


def test_lessons_of_the_audience() -> None:
    tuesday = at(2026, 12, 15, 11)
    [w] = calendar_warnings(
        event(tuesday, audience=Audience(classes=frozenset({"10А"}))), WITH_LESSONS, TZ
    )
    assert (w.kind, w.grades, w.lessons_end) == (CalendarWarningKind.LESSONS, (10,), time(15, 20))
    everyone = calendar_warnings(event(at(2026, 12, 15, 14)), WITH_LESSONS, TZ)
    assert [(w.grades, w.lessons_end) for w in everyone] == [
        ((5, 6, 7, 8, 9), time(14, 30)),
        ((10, 11), time(15, 20)),
    ]
    after = event(at(2026, 12, 15, 15, 20), audience=Audience(grades=frozenset({10, 11})))
    assert calendar_warnings(after, WITH_LESSONS, TZ) == []  # touching the end is fine
    saturday = event(at(2026, 12, 19, 11), audience=Audience(grades=frozenset({10})))
    assert calendar_warnings(saturday, WITH_LESSONS, TZ) == []  # «по субботам не учимся»
    young = event(tuesday, audience=Audience(grades=frozenset({2})))
    [w] = calendar_warnings(young, WITH_LESSONS, TZ)  # no hours set for grade 2: the usual ones
    assert (w.grades, w.lessons_end, w.assumed) == ((2,), time(12, 35), True)


def test_usual_lessons_until_the_school_gives_its_hours() -> None:
    """Newcomer walk 2026-12-01, finding 9: with no hours set, a school-day morning is lessons
    (the usual end per grade band), flagged as assumed; afternoons and days off are not."""
    tuesday_11 = at(2026, 12, 15, 11)
    found = [
        (w.grades, w.lessons_end, w.assumed)
        for w in calendar_warnings(event(tuesday_11), SchoolCalendar(), TZ)
    ]
    assert found == [
        ((1,), time(11, 40), True),
        ((2, 3, 4), time(12, 35), True),
        ((5, 6), time(13, 30), True),
        ((7, 8, 9, 10, 11), time(14, 25), True),
    ]
    ninth = Audience(classes=frozenset({"9Б"}))
    after = event(at(2026, 12, 15, 14, 30), audience=ninth)
    assert calendar_warnings(after, SchoolCalendar(), TZ) == []
    saturday = event(at(2026, 12, 19, 11), audience=ninth)
    assert calendar_warnings(saturday, SchoolCalendar(), TZ) == []
    fifth_at_14 = event(at(2026, 12, 15, 14), audience=Audience(grades=frozenset({5})))
    assert calendar_warnings(fifth_at_14, SchoolCalendar(), TZ) == []  # 5–6 end at 13:30


def test_weekday_specific_hours_win() -> None:
    saturday_hours = SchoolCalendar(
        lesson_hours=(*HOURS, LessonHours(frozenset({10, 11}), time(12, 0), frozenset({5})))
    )
    assert saturday_hours.lessons_end(10, 5) == time(12, 0)
    assert saturday_hours.lessons_end(10, 1) == time(15, 20)
    late = event(at(2026, 12, 19, 12, 30), audience=Audience(grades=frozenset({10})))
    assert calendar_warnings(late, saturday_hours, TZ) == []
    early = event(at(2026, 12, 19, 11), audience=Audience(grades=frozenset({10})))
    assert [w.lessons_end for w in calendar_warnings(early, saturday_hours, TZ)] == [time(12)]


def test_working_saturday_has_lessons() -> None:
    assert is_school_day(date(2027, 2, 20), WITH_LESSONS, (10,))
    assert not is_school_day(date(2027, 2, 20), WITH_LESSONS, (1,))  # the first grade's week
    assert not is_school_day(date(2027, 2, 27), WITH_LESSONS)


def test_a_series_lists_each_warning_once() -> None:
    weekly = [event(at(2026, 10, 20, 16) + timedelta(weeks=n)) for n in range(4)]
    found = warnings_of_all(weekly, SchoolCalendar(), TZ)
    assert [(w.kind, w.first) for w in found] == [
        (CalendarWarningKind.VACATION, date(2026, 10, 27)),
    ]


# --- free slots --------------------------------------------------------------------------


def test_free_slots_avoid_lessons_days_off_and_vacations() -> None:
    wanted = event(at(2026, 11, 3, 11), audience=Audience(grades=frozenset({10})))
    blocked = blocked_intervals(wanted.audience, date(2026, 11, 3), 14, WITH_LESSONS, TZ)
    slots = free_slots(wanted, blocked, count=6)
    assert slots
    for slot in slots:
        day = slot.start.date()
        assert day_off(day) is None
        assert slot.start.time() >= time(15, 20) or day.weekday() == 5
    assert all(s.start.date() != date(2026, 11, 4) for s in slots)
    in_vacation = event(at(2026, 10, 26, 11), audience=Audience(grades=frozenset({10})))
    blocked = blocked_intervals(in_vacation.audience, date(2026, 10, 26), 14, WITH_LESSONS, TZ)
    first = free_slots(in_vacation, blocked, count=1)[0]
    assert first.start.date() == date(2026, 11, 2)  # the first day after the autumn vacation
    assert first.start.time() >= time(15, 20)


# --- «до конца четверти» -------------------------------------------------------------


def test_until_end_of_quarter_uses_the_school_s_dates() -> None:
    now = at(2026, 11, 30, 10).replace(tzinfo=None)  # the parser works in wall-clock time
    text = "Кружок робототехники каждый вторник в 15:00 до конца четверти"
    default = parse_message(text, now)
    assert isinstance(default, EventIntent)
    assert default.draft.recurrence is not None
    assert default.draft.recurrence.until == date(2026, 12, 30)
    own = SchoolCalendar(terms=((2026, 2, None, date(2026, 12, 24)),))
    with active_calendar(own):
        intent = parse_message(text, now)
    assert isinstance(intent, EventIntent)
    assert intent.draft.recurrence is not None
    assert intent.draft.recurrence.until == date(2026, 12, 24)
    assert parse_message(text, now) == default  # the context is left as it was


def test_five_day_week_by_default_and_saturday_study_on_request() -> None:
    five_days = SchoolCalendar(lesson_hours=HOURS)
    assert five_days.lessons_end(10, 5) is None  # no lessons on Saturday unless said
    saturday = event(at(2026, 12, 19, 11), audience=Audience(grades=frozenset({10})))
    assert calendar_warnings(saturday, five_days, TZ) == []
    six_days = SchoolCalendar(lesson_hours=HOURS, no_lessons=frozenset({6}))  # «учимся по субботам»
    [w] = calendar_warnings(saturday, six_days, TZ)
    assert w.lessons_end == time(15, 20)
    only_seniors = SchoolCalendar(
        lesson_hours=(*HOURS, LessonHours(frozenset({10, 11}), time(13, 0), frozenset({5})))
    )
    assert only_seniors.lessons_end(10, 5) == time(13, 0)
    assert only_seniors.lessons_end(9, 5) is None  # Saturday hours were given for 10–11 only


def test_days_are_the_school_s_local_days() -> None:
    from datetime import UTC

    late = event(datetime(2026, 11, 3, 22, 30, tzinfo=UTC))  # 00:30 on 4 November in Kaliningrad
    [w] = calendar_warnings(late, SchoolCalendar(), TZ)
    assert w.first == date(2026, 11, 4)
    assert calendar_warnings(late, SchoolCalendar(), UTC) == []  # 3 November in UTC

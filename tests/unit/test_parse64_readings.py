"""Readings parse64 added for misreadings review60 and last round's helpers left
(tests/data/parse64.md), each checked on sentences written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-05T12:00")


def _parsed(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now, day_in_period=True))


# 1. the particle «и» before a span's end clock: still the span
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Репетиция хора 12 декабря с 15:00 и по 17:00 в актовом зале",
            "2026-12-12T15:00",
            "2026-12-12T17:00",
        ),
        (
            "Консультация по физике 14 декабря с 10 и по 12 часов",
            "2026-12-14T10:00",
            "2026-12-14T12:00",
        ),
        (
            "Приём документов 9 декабря с 9.30 и по 11.00 в кабинете 5",
            "2026-12-09T09:30",
            "2026-12-09T11:00",
        ),
        (
            "Мастерская открыта 15 декабря с 14:00 и до 16:30",
            "2026-12-15T14:00",
            "2026-12-15T16:30",
        ),
    ],
)
def test_and_before_the_end_clock_keeps_the_span(text: str, start: str, end: str) -> None:
    got = _parsed(text)
    assert (got["start"], got["end"]) == (start, end)


# 3. two days next to each other joined by «и», with a clock: a daily series over both days
# (both kept: the card says «и ещё»), never one day; longer lists are sessions
@pytest.mark.parametrize(
    ("text", "start", "until"),
    [
        ("Концерт у 10 и 11 декабря в 15:00", "2026-12-10T15:00", "2026-12-11"),
        ("Лекция о космосе 8 и 9 декабря в 14:00", "2026-12-08T14:00", "2026-12-09"),
        (
            "Соревнования по лыжам пройдут 26 и 27 декабря в 11 часов",
            "2026-12-26T11:00",
            "2026-12-27",
        ),
    ],
)
def test_two_neighbouring_days_are_a_series(text: str, start: str, until: str) -> None:
    got = _parsed(text)
    assert got["start"] == start
    assert got["recurrence"] == {"freq": "daily", "until": until}


def test_three_listed_days_are_sessions() -> None:
    got = _parsed("Спектакли 10, 11 и 12 декабря в 18:00")
    days = [s["start"] for s in got["sessions"]]  # type: ignore[attr-defined]
    assert days == ["2026-12-10T18:00", "2026-12-11T18:00", "2026-12-12T18:00"]


# without a clock the two days stay the all-day range they make (the labels' convention)
@pytest.mark.parametrize("text", ["Концерт 10 и 11 декабря", "Выставка поделок 10 и 11 декабря"])
def test_two_neighbouring_days_without_a_clock_stay_a_range(text: str) -> None:
    got = _parsed(text)
    assert (got["start"], got["end"]) == ("2026-12-10", "2026-12-11")


# 2. «до N часов» closing a limit's day («до 10 декабря до 17 часов») is the limit's hour,
# never the event's end
@pytest.mark.parametrize(
    "text",
    [
        "Концерт 12 декабря в 15:00. Приём заявок до 10 декабря до 17 часов",
        "Олимпиада по биологии 14 декабря в 10:00. Регистрация до 9 декабря до 18:00",
        "Фестиваль 19 декабря в 12:00 в спортзале; работы принимаются по 15.12 до 16.00",
        "Семинар 16 декабря в 14:00, заявки до 11 декабря 2026 года (до 17.00 часов)",
    ],
)
def test_a_limits_closing_hour_is_no_end(text: str) -> None:
    got = _parsed(text)
    assert got["end"] is None
    assert str(got["start"]).endswith(("T15:00", "T10:00", "T12:00", "T14:00"))


# an end clock with no start beside a day: the day is the event's, its time is asked (the
# labels take the day alone; the closing hour is no start), never a clock made up
@pytest.mark.parametrize(
    "text",
    [
        "Турнир 12 декабря до 5 часов",
        "Турнир по шахматам 12 декабря до 17 часов",
        "Выставка рисунков открыта 12 декабря до 17:00",
    ],
)
def test_an_end_clock_alone_leaves_the_time_asked(text: str) -> None:
    got = _parsed(text)
    assert (got["start"], got["end"]) == ("2026-12-12", None)


# a limit or opening hours with no day name no event
@pytest.mark.parametrize("text", ["Приём заявок до 5 часов", "Выставка работает до 17 часов"])
def test_an_end_clock_with_no_day_is_no_event(text: str) -> None:
    assert _parsed(text)["intent"] == "other"


# 7. «в 10 11 классы»: grades when the sentence writes another clock, else the clock is asked
@pytest.mark.parametrize(
    ("text", "start", "grades"),
    [
        ("Экскурсия в 10 11 классы 12 декабря в 14:00", "2026-12-12T14:00", [10, 11]),
        ("Классный час 12 декабря в 9 10 классы в 15 часов", "2026-12-12T15:00", [9, 10]),
        ("Викторина 14 декабря в 12.30, приглашаются в 5 6 классы", "2026-12-14T12:30", [5, 6]),
    ],
)
def test_dictated_grades_beside_another_clock(text: str, start: str, grades: list[int]) -> None:
    got = _parsed(text)
    assert (got["start"], got["grades"]) == (start, grades)
    assert "grade_or_clock" not in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    ["Лекция 12 декабря в 10 11 классы", "Турнир по шашкам 14 декабря в 7 8 классы"],
)
def test_dictated_grades_alone_after_v_ask_the_time(text: str) -> None:
    from bot.core.language.doubts import ASKED

    got = _parsed(text)
    assert "grade_or_clock" in got["doubts"]  # type: ignore[operator]
    assert "grade_or_clock" in ASKED


# a clock with its minutes or part of the day before a class is no dictated grade
@pytest.mark.parametrize(
    "text", ["Лекция 12 декабря в 10:00 11 классы", "Лекция 12 декабря в 10 утра 11 классы"]
)
def test_a_written_clock_before_a_class_is_no_doubt(text: str) -> None:
    got = _parsed(text)
    assert got["start"] == "2026-12-12T10:00"
    assert "grade_or_clock" not in got["doubts"]  # type: ignore[operator]


# 6. an imperative call with no thing named is never the title: the name is asked
@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Приходите в 18:00!", None),
        ("Приходите все 12 декабря в 18:00, ждём!", None),
        ("Присоединяйтесь 14 декабря в 11:00!", None),
        ("Заходите 12 декабря в 15:00 в актовый зал", "актовый зал"),
        ("Поддержите наших 12 декабря в 16:00 в спортзале", "спортзал"),
    ],
)
def test_an_imperative_call_is_no_title(text: str, venue: str | None) -> None:
    got = _parsed(text)
    assert got["intent"] == "event"
    assert got["title"] == ""
    assert got["venue"] == venue


# the call's object, a name holding an imperative, or a kind elsewhere stays the title
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Посетите 12 декабря выставку в 15:00", "Выставка"),
        ("Квиз Угадай мелодию 12 декабря в 18:00", "Квиз Угадай мелодию"),
        ("Приходите 12 декабря в 18:00 в актовый зал, будет концерт", "Концерт"),
        ("Приходите в 18:00 на ёлку!", "Ёлка"),
    ],
)
def test_a_call_naming_its_event_keeps_the_title(text: str, title: str) -> None:
    assert _parsed(text)["title"] == title


# 5. «накануне» in a relative clause whose main clause is no report: the day before the
# clause's own event, never the day before the post
@pytest.mark.parametrize(
    "text",
    [
        "Только для тех участников, которые не смогли зарегистрироваться накануне.",
        "Для тех ребят, кто не успел сдать работы накануне.",
        "Повторная выдача для учеников, которые пропустили консультацию накануне.",
    ],
)
def test_eve_in_a_relative_clause_is_no_day(text: str) -> None:
    assert _parsed(text)["intent"] == "other"


# the relative clause of a report, or the main clause, still tells of the day before
@pytest.mark.parametrize(
    "text",
    [
        "Концерт, который прошёл накануне, собрал много зрителей.",
        "Накануне в школе прошёл концерт.",
        "Выставка рисунков, которую открыли накануне, привлекла многих гостей.",
    ],
)
def test_eve_of_a_report_is_the_day_before_the_post(text: str) -> None:
    assert _parsed(text)["start"] == "2026-12-04"


# 4. a report of today's stage beside today's final: the final is the event, and its contest
# is the one the stage names
@pytest.mark.parametrize(
    ("text", "title", "start"),
    [
        (
            "Сегодня прошёл первый этап конкурса. Финал сегодня в 18:00 в актовом зале.",
            "Финал конкурса",
            "2026-12-05T18:00",
        ),
        (
            "Сегодня прошёл отборочный тур олимпиады. Финал сегодня в 17:00.",
            "Финал олимпиады",
            "2026-12-05T17:00",
        ),
        (
            "Сегодня состоялся полуфинал турнира по шашкам, а финал сегодня в 16:30.",
            "Финал турнира по шашкам",
            "2026-12-05T16:30",
        ),
    ],
)
def test_todays_final_after_todays_stage(text: str, title: str, start: str) -> None:
    got = _parsed(text)
    assert (got["title"], got["start"]) == (title, start)


# a report and its clock alone, or with today's verb told in the past too, stays as it was
def test_a_report_of_today_alone_keeps_its_event() -> None:
    got = _parsed("Сегодня прошла регистрация, концерт сегодня в 18:00")
    assert (got["title"], got["start"]) == ("Концерт", "2026-12-05T18:00")


# the listed days take the year of the start the parser chose (a year written after the list)
def test_listed_neighbouring_days_keep_the_written_year() -> None:
    got = _parsed("1 и 3 декабря 2026 года (в 11.00 и 15.00) ребята смотрели спектакль в клубе")
    days = [s["start"] for s in got["sessions"]]  # type: ignore[attr-defined]
    assert days == ["2026-12-01T11:00", "2026-12-01T15:00", "2026-12-03T11:00", "2026-12-03T15:00"]

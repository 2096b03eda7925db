"""`when` rules learnt from further parsers' Russian test suites (eleventh round), each tried
on our own wording.

The suites themselves (tests/data/other_parsers_ru2.jsonl, see tests/data/README.md) are only
measured by benchmarks/bench_other_parsers.py: no case here copies one of their strings.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.cli_parse import when_to_json

NOW = datetime.fromisoformat("2026-03-10T09:00")  # a Tuesday; wall-clock time


def when(text: str, now: datetime = NOW) -> dict[str, Any]:
    return when_to_json(text, now)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("с 12 до 14 числа", "2026-03-12T00:00", "2026-03-15T00:00"),
        ("олимпиада 20-22 числа", "2026-03-20T00:00", "2026-03-23T00:00"),
        ("с 3 по 6 число", "2026-04-03T00:00", "2026-04-07T00:00"),  # already past: next month
    ],
)
def test_days_of_an_unnamed_month_before_chisla_are_a_span(text: str, start: str, end: str) -> None:
    assert when(text) == {"start": start, "end": end, "grain": "day", "kind": "interval"}


def test_an_ordinal_day_written_with_ogo() -> None:
    assert when("17-ого в 15:00")["start"] == "2026-03-17T15:00"


def test_an_hour_past_24_is_no_time_but_24_00_is_midnight() -> None:
    assert when("встреча в 24:45")["start"] is None
    # ISO 8601 (5.3.2): 24:00 is the end of the day, the next day's 00:00 (walk m #5)
    assert when("24:00")["start"] == "2026-03-12T00:00"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("в 8 часов 20", "2026-03-11T08:20"),  # already past today
        ("в 9 часов вечера 10 минут", "2026-03-10T21:10"),
        ("в 6 часов 40 утра", "2026-03-11T06:40"),
        ("в 10 часов 12 апреля", "2026-04-12T10:00"),  # the number after is a day, not minutes
    ],
)
def test_hours_and_minutes_said_with_chasov(text: str, start: str) -> None:
    assert when(text)["start"] == start


FRIDAY = datetime.fromisoformat("2026-03-13T09:00")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("в прошлый четверг", "2026-03-12"),
        ("в прошлую среду", "2026-03-11"),
        ("в прошлую пятницу", "2026-03-06"),  # today is Friday: a week ago
        ("в последний понедельник", "2026-03-09"),
        ("во вторник прошлой недели", "2026-03-03"),  # the week phrase names the week
        ("в понедельник на прошлой неделе", "2026-03-02"),
    ],
)
def test_a_past_weekday_is_the_latest_one_before_today(text: str, day: str) -> None:
    assert when(text, FRIDAY)["start"] == f"{day}T00:00"


def test_the_last_weekday_of_a_month_is_not_the_latest_one() -> None:
    assert when("в последнюю пятницу месяца")["start"] != "2026-03-06T00:00"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("отчёт к вечеру", "2026-03-10T18:00", "2026-03-11T00:00"),
        ("ответить до вечера", "2026-03-10T12:00", "2026-03-10T18:00"),
        ("послезавтра к вечеру", "2026-03-12T18:00", "2026-03-13T00:00"),
    ],
)
def test_a_part_of_day_as_a_deadline(text: str, start: str, end: str) -> None:
    assert when(text) == {"start": start, "end": end, "grain": "hour", "kind": "interval"}


def test_until_evening_closing_a_span_is_not_a_part_of_day() -> None:
    assert when("с утра до вечера")["start"] is None
    assert when("с 11 до вечера")["start"] == "2026-03-10T11:00"


@pytest.mark.parametrize(
    ("text", "day"),
    [("11 04 2026", "2026-04-11"), ("сдать до 5 9 2026 г.", "2026-09-05")],
)
def test_a_date_with_spaces_for_dots(text: str, day: str) -> None:
    got = when(text)
    assert day in (str(got["start"])[:10], str(got["end"])[:10])


@pytest.mark.parametrize("text", ["код 12 34 2026", "8 900 2026 11"])
def test_numbers_with_spaces_that_are_no_date(text: str) -> None:
    assert when(text)["start"] is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("сентябрь - октябрь 2027", "2027-09-01T00:00", "2027-11-01T00:00"),
        ("с ноября по декабрь", "2026-11-01T00:00", "2027-01-01T00:00"),
        ("декабрь – февраль 2027", "2026-12-01T00:00", "2027-03-01T00:00"),
    ],
)
def test_two_months_are_one_span_with_the_year_written_after(
    text: str, start: str, end: str
) -> None:
    assert when(text) == {"start": start, "end": end, "grain": "month", "kind": "interval"}


def test_a_post_s_closer_to_evening_is_one_item_s_time_not_the_event_s() -> None:
    from bot.core.language.intents import parse_message

    post = "Праздник в парке 14 марта в 12:00. Ближе к вечеру — концерт и дискотека."
    intent = parse_message(post, NOW)
    assert intent.draft.start == datetime.fromisoformat("2026-03-14T12:00")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("через месяц в четверг", "2026-04-09"),  # 10 April is a Friday: that week's Thursday
        ("через 2 месяца в понедельник", "2026-05-04"),
    ],
)
def test_a_weekday_after_a_month_offset_is_in_that_week(text: str, day: str) -> None:
    assert when(text)["start"] == f"{day}T00:00"


@pytest.mark.parametrize("text", ["сегодня в полночь", "в полночь сегодня"])
def test_midnight_today_is_the_one_that_closes_today(text: str) -> None:
    assert when(text)["start"] == "2026-03-11T00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("со среды в следующем месяце", {"start": "2026-04-01T00:00", "end": None}),
        ("в мае с пятницы", {"start": "2026-05-01T00:00", "end": None}),
        ("до четверга на следующей неделе", {"start": None, "end": "2026-03-19T00:00"}),
    ],
)
def test_a_weekday_opening_or_closing_a_span_inside_a_named_period(
    text: str, expected: dict[str, str | None]
) -> None:
    got = when(text)
    assert {"start": got["start"], "end": got["end"]} == expected

"""Walk n (2026-12-02): «первый учебный день недели» is the week's Monday, not the next
term's first day; «…четверти» is the next term's first day with the word out of the title; a
season's каникулы already past this school year, named with «после», is asked about (the
year is a guess), never moved a year ahead silently."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-02T10:00")  # a Wednesday, after the autumn каникулы


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    "text",
    [
        "Собрание актива в первый учебный день недели в 8:30, 10В",
        "Зарядка в первый школьный день недели в 8:00, 6Б",
    ],
)
def test_first_school_day_of_the_week_is_monday(text: str) -> None:
    got = _parse(text)
    assert str(got["start"]).startswith("2026-12-07T")
    assert "недел" not in str(got["title"])


@pytest.mark.parametrize(
    ("now", "day"),
    [
        ("2027-03-03T10:00", "2027-03-09"),  # 8 March, a Monday holiday: the Tuesday
        ("2026-12-30T10:00", "2027-01-11"),  # a week of winter каникулы: lessons start again
        ("2026-12-07T10:00", "2026-12-14"),  # said on a Monday: the coming week
    ],
)
def test_first_school_day_of_the_week_follows_the_school_calendar(now: str, day: str) -> None:
    """fixoconv (walk n): the week's first day with lessons, never a holiday or каникулы."""
    got = _parse(
        "Собрание актива в первый учебный день недели в 8:30, 10В", datetime.fromisoformat(now)
    )
    assert str(got["start"]).startswith(f"{day}T08:30"), got["start"]


def test_first_school_day_of_the_term_keeps_the_word_out_of_the_title() -> None:
    got = _parse("Собрание актива в первый учебный день четверти в 8:30, 10В")
    assert str(got["start"]).startswith("2027-01-11T")
    assert "четверт" not in str(got["title"])


@pytest.mark.parametrize(
    "text",
    [
        "Собрание актива в первый учебный день после осенних каникул в 8:30, 10В",
        "Зарядка в первый школьный день после осенних каникул в 8:00, 6Б",
    ],
)
def test_past_autumn_holidays_are_asked_about(text: str) -> None:
    got = _parse(text)
    assert "year_guessed" in got["doubts"]  # type: ignore[operator]


def test_coming_winter_holidays_are_not_asked_about() -> None:
    got = _parse("Собрание актива в первый учебный день после зимних каникул в 8:30, 10В")
    assert str(got["start"]).startswith("2027-01-11T")
    assert "year_guessed" not in got["doubts"]  # type: ignore[operator]

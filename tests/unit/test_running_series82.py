"""A weekly repeat written as a span of days that has already begun: its meetings start at
the next listed day, not at a first day that has passed, and never a year on (review82's
note: «Кружок по средам с 2 по 23 декабря в 15:00» said on 7 December 2026 was planned from
8 December 2027 with an `other_year` doubt). A span wholly in the past keeps the old reading
(next year, doubted); one wholly ahead starts on its first listed day. Sentences written for
this test, several shapes; `now` is the school's wall clock."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

MONDAY_7_DECEMBER = datetime.fromisoformat("2026-12-07T10:00")
TUESDAY_5_JANUARY = datetime.fromisoformat("2027-01-05T10:00")


def _read(text: str, now: datetime) -> tuple[str, str, list[str]]:
    """(start, the repeat's last day, doubts) of `text` said at `now`."""
    found = intent_to_json(parse_message(text, now))
    return found["start"], found["recurrence"]["until"], found["doubts"]


@pytest.mark.parametrize(
    ("text", "now", "start", "until"),
    [
        (
            "Кружок по средам с 2 по 23 декабря в 15:00",
            MONDAY_7_DECEMBER,
            "2026-12-09T15:00",
            "2026-12-23",
        ),
        (
            "Шахматный клуб по вторникам с 1 по 29 декабря в 16:30",
            MONDAY_7_DECEMBER,
            "2026-12-08T16:30",
            "2026-12-29",
        ),
        (
            "Секция по субботам с 20 ноября по 20 января в 12:00",
            MONDAY_7_DECEMBER,
            "2026-12-12T12:00",
            "2027-01-20",
        ),
        (
            "Хор по вторникам и четвергам с 1 по 24 декабря в 15:00",
            MONDAY_7_DECEMBER,
            "2026-12-08T15:00",
            "2026-12-24",
        ),
        (
            "Каникулярная школа по пятницам с 20 декабря по 20 января в 11:00",
            TUESDAY_5_JANUARY,
            "2027-01-08T11:00",
            "2027-01-20",
        ),
        (
            "Занятия по робототехнике по понедельникам с 1 по 28 декабря в 14:00",
            MONDAY_7_DECEMBER,
            "2026-12-07T14:00",
            "2026-12-28",
        ),
    ],
)
def test_a_running_span_starts_at_its_next_meeting(
    text: str, now: datetime, start: str, until: str
) -> None:
    assert _read(text, now) == (start, until, [])


@pytest.mark.parametrize(
    ("text", "start", "until"),
    [
        ("Кружок по средам с 16 по 30 декабря в 15:00", "2026-12-16T15:00", "2026-12-30"),
        ("Клуб по субботам с 10 января по 28 февраля в 12:00", "2027-01-16T12:00", "2027-02-28"),
    ],
)
def test_a_span_ahead_starts_on_its_first_listed_day(text: str, start: str, until: str) -> None:
    assert _read(text, MONDAY_7_DECEMBER) == (start, until, [])


def test_a_span_wholly_past_is_read_as_next_years_and_doubted() -> None:
    start, until, doubts = _read("Кружок по средам с 2 по 30 ноября в 15:00", MONDAY_7_DECEMBER)
    assert (start[:4], until) == ("2027", "2027-11-30")
    assert "other_year" in doubts

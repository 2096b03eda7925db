"""bot.core.language.draft_corrections.number_readings: which readings a bare number
replacing another can have on an event — the day, the hour, the classes (newcomer walk
2026-12-01g, #6). Cases written for this file."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.draft_corrections import number_readings
from bot.core.models import Audience

START = datetime.fromisoformat("2026-12-10T14:00")  # 10 December, 14:00 (wall clock)
TENTH = Audience(grades=frozenset({10}))


def _kinds(value: str, was: str, start: datetime, audience: Audience) -> list[str]:
    return [r.kind for r in number_readings(value, was, start, audience)]


@pytest.mark.parametrize(
    ("value", "was", "audience", "kinds"),
    [
        ("11", "10", TENTH, ["day", "audience"]),  # the day and the grade
        ("17", "10", TENTH, ["day"]),  # there is no 17th grade
        ("11", "10", Audience(grades=frozenset({9, 10, 11})), ["day"]),  # not grade 10 alone
        ("11", "10", Audience(classes=frozenset({"10А", "10Б"})), ["day", "audience"]),
        ("11", "10", Audience(classes=frozenset({"10А", "9Б"})), ["day"]),
        ("11", "10", Audience(), ["day"]),  # the whole school
        ("16", "14", TENTH, ["hour"]),
        ("32", "10", TENTH, []),  # no 32nd day, no such grade
        ("11", "3", TENTH, []),  # 3 is nothing on this event
        ("11 декабря", "10", TENTH, []),  # not a bare number: typed as written
    ],
)
def test_readings(value: str, was: str, audience: Audience, kinds: list[str]) -> None:
    assert _kinds(value, was, START, audience) == kinds


def test_the_day_and_the_hour() -> None:
    start = datetime.fromisoformat("2026-12-15T15:00")
    readings = number_readings("12", "15", start, TENTH)
    assert [(r.kind, r.day, r.hour) for r in readings] == [
        ("day", date(2026, 12, 12), None),
        ("hour", None, 12),
    ]


def test_a_day_that_the_month_lacks_is_no_reading() -> None:
    start = datetime.fromisoformat("2026-11-30T14:00")
    assert _kinds("31", "30", start, TENTH) == []


def test_lettered_classes_keep_their_letters() -> None:
    [_, classes] = number_readings("11", "10", START, Audience(classes=frozenset({"10А", "10Б"})))
    assert classes.audience == Audience(classes=frozenset({"11А", "11Б"}))


def test_an_afternoon_hour_said_in_twelve_hour_form_stays_in_the_afternoon() -> None:
    start = datetime.fromisoformat("2026-12-03T15:00")  # the 3rd, at 15:00
    readings = number_readings("4", "3", start, TENTH)
    assert [(r.kind, r.day, r.hour) for r in readings] == [
        ("day", date(2026, 12, 4), None),
        ("hour", None, 16),
    ]

"""Chat lines with slips: a weekday that is today's, typos, digits typed with spaces, impossible
days and times. None of them may silently become a wrong day — above all never today."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message

TUESDAY = datetime.fromisoformat("2026-12-01T12:00")


def _parse(text: str, now: datetime = TUESDAY) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        ("Собрание во вторник в 15:00", ["2026-12-01T15:00", "2026-12-08T15:00"]),
        ("во вт в 16.30 репетиция хора", ["2026-12-01T16:30", "2026-12-08T16:30"]),
        ("Кружок робототехники вторник 18:00", ["2026-12-01T18:00", "2026-12-08T18:00"]),
        ("родительское собрание во вторник", ["2026-12-01", "2026-12-08"]),
        ("Собрание в вторнек в 18:00", ["2026-12-01T18:00", "2026-12-08T18:00"]),
    ],
)
def test_todays_weekday_offers_today_and_a_week_ahead(text: str, choices: list[str]) -> None:
    got = _parse(text)
    assert got["choices"] == choices
    assert "several_dates" in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Педсовет во вторник в 9:00", "2026-12-08T09:00"),  # the hour has passed today
        ("Собрание в следующий вторник в 15:00", "2026-12-08T15:00"),
        ("Собрание в этот вторник в 15:00", "2026-12-01T15:00"),
        ("Собрание в среду в 15:00", "2026-12-02T15:00"),
        ("Собрание 1 декабря во вторник в 15:00", "2026-12-01T15:00"),
    ],
)
def test_a_weekday_that_says_which_is_not_asked(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert "several_dates" not in got["doubts"]  # type: ignore[operator]


def test_a_weekly_repeat_on_todays_weekday_is_not_asked() -> None:
    got = _parse("кружок по вторникам в 15:00")
    assert got["recurrence"] is not None
    assert not set(got["doubts"]) & ASKED  # type: ignore[arg-type]

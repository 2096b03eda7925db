"""fixnight55: review54 finding 2 — «в ночь на X» moves a clock only when the clock is its own.

1. An evening clock goes to the eve of X only when it stands beside the «в ночь (с …) на X»
   phrase (same clause) and the day read is X itself; a weekday or a clock written elsewhere
   («В субботу в 23:00 дискотека, в ночь на воскресенье — уборка») keeps its own day.
2. «в ночь на X» said on X itself (after that night) is the next X's night: the upcoming X
   whose eve is still ahead, never a past day and no today-or-next-week question.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

TUESDAY = datetime.fromisoformat("2026-12-01T12:00")


def _parse(text: str, now: datetime = TUESDAY) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


def _doubts(got: dict[str, object]) -> list[str]:
    return list(got.get("doubts") or [])  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("В субботу в 23:00 дискотека, в ночь на воскресенье — уборка", "2026-12-05T23:00"),
        ("В пятницу в 22:00 концерт, а в ночь на субботу дежурство", "2026-12-04T22:00"),
        ("Дискотека в субботу в 23:00; в ночь на воскресенье уборка зала", "2026-12-05T23:00"),
        ("В среду в 21:00 собрание. В ночь на четверг — дежурство", "2026-12-02T21:00"),
        ("В ночь на субботу дискотека, в субботу в 23:00 уборка", "2026-12-05T23:00"),
        ("В ночь на субботу, в субботу в 23:00 — уборка зала", "2026-12-05T23:00"),
    ],
)
def test_a_night_elsewhere_leaves_an_explicit_weekday_clock_alone(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Дискотека в ночь на субботу, начало в 23:00", "2026-12-04T23:00"),
        ("Дискотека в 23:00 в ночь на субботу", "2026-12-04T23:00"),
        ("В ночь на субботу дискотека в 22:30", "2026-12-04T22:30"),
        ("Квест в ночь на субботу 5 декабря в 23:00", "2026-12-04T23:00"),
        ("Дискотека в ночь на субботу в 23 часа", "2026-12-04T23:00"),
    ],
)
def test_a_clock_beside_the_night_still_goes_to_its_eve(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Дискотека в ночь на вторник в 23:00", "2026-12-07T23:00"),
        ("Дискотека в ночь с понедельника на вторник в 22:00", "2026-12-07T22:00"),
        ("Квест в ночь на вторник в 1:00", "2026-12-08T01:00"),
    ],
)
def test_a_night_into_today_said_after_it_is_next_weeks(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    assert "past" not in _doubts(got), got
    assert "several_dates" not in _doubts(got), got


def test_a_night_into_tomorrow_is_tonight() -> None:
    got = _parse("Дискотека в ночь на среду в 23:00")
    assert got["start"] == "2026-12-01T23:00", got

"""Clocks fixclock62 keeps (review60 findings 3, 4): a count of hours that can only be a clock of
the day, and grades dictated after «в»/«с» with no commas; sentences written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2024-03-01T12:00")


def _parsed(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


# «N часов» above 12, or right next to the date, is a clock of that day even with a verb near it
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("15 марта 17 часов открываем выставку в холле.", "2024-03-15T17:00"),
        ("Приглашаем на спектакль 19 часов 14 марта.", "2024-03-14T19:00"),
        ("20 марта 10 часов собираемся у входа в музей.", "2024-03-20T10:00"),
    ],
)
def test_hours_that_can_only_be_a_clock(text: str, start: str) -> None:
    assert _parsed(text)["start"] == start


# a small count a verb governs, away from the date, is still a length
@pytest.mark.parametrize(
    "text",
    [
        "15 марта пройдет олимпиада. Ученики решают задачи 3 часа.",
        "15 марта пройдет турнир. Шахматисты не сидят на месте четыре часа.",
    ],
)
def test_small_counts_a_verb_governs_stay_lengths(text: str) -> None:
    assert _parsed(text)["start"] == "2024-03-15"

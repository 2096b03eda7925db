"""A date inside a place's name is no day of the event (doubts43): «ДК имени 1 мая», «ДК им.
1 Мая», «на улице 9 января, 108», «ул. 8 Марта, 5». Read as a day, it was offered as a rival
start (`several_dates`: a needless question). A date after
«имени» or a street's abbreviation is a name; after a street's full word only with a house
number after it (a lone «на улице 9 мая» may be «outdoors on 9 May»).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("25 января в ДК имени 1 мая пройдёт молодёжный бал «Зимняя сказка».", "2027-01-25", None),
        ("Концерт хора пройдёт 25 января в ДК им. 1 Мая.", "2027-01-25", None),
        (
            "С 20 по 22 мая в Городском дворце культуры на улице 9 января, 108 пройдёт фестиваль"
            " детской литературы.",
            "2027-05-20",
            "2027-05-22",
        ),
        ("Турнир по шахматам состоится 14 февраля в клубе на ул. 8 Марта, 5.", "2027-02-14", None),
    ],
)
def test_a_date_in_a_name_is_no_rival(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)
    assert "several_dates" not in (got["doubts"] or []), got["choices"]


@pytest.mark.parametrize(
    "text",
    [
        "Праздник пройдёт на улице 9 мая, а 10 мая — в школе.",  # no house number: two days
    ],
)
def test_days_outside_names_still_rival(text: str) -> None:
    assert "several_dates" in (_parse(text)["doubts"] or [])


def test_a_street_word_alone_keeps_the_day() -> None:
    assert _parse("Праздник для всей семьи пройдёт на улице 9 мая.")["start"] == "2027-05-09"

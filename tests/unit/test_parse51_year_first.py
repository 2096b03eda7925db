"""parse51 #3: a year written before the day («2027 март 10», «2027, 10 марта», «2027 г., 10
марта») is the day's year, and is no part of the title; a year after the day with a comma
(«10 марта, 2027 г.») already was. So too a year first in digits («2027.03.10», «2027/03/10»)
and «в 2026 году 10 марта».
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

_NOW = datetime.fromisoformat("2026-12-05T12:00")


def _parsed(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, _NOW))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Концерт 2027 март 10 в актовом зале", "2027-03-10"),
        ("Концерт 2027 марта 10, 18:00, актовый зал", "2027-03-10T18:00"),
        ("Концерт 2027, 10 марта в актовом зале", "2027-03-10"),
        ("Концерт 2027 г., 10 марта в актовом зале", "2027-03-10"),
        ("Концерт 10 марта, 2027 г. в актовом зале", "2027-03-10"),
        # a year already past is that year's day (and asked as past), never a year ahead
        ("Спектакль 2026, 10 марта в актовом зале", "2026-03-10"),
    ],
)
def test_year_first_is_the_days_year(text: str, start: str) -> None:
    got = _parsed(text)
    assert got["start"] == start
    assert "20" not in str(got["title"])


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Концерт 2027.03.10 в 18:00", "2027-03-10T18:00"),
        ("Концерт 2027/03/10 в актовом зале", "2027-03-10"),
        ("В 2026 году 10 марта в библиотеке прошла встреча", "2026-03-10"),
    ],
)
def test_year_first_numbers_and_year_words(text: str, start: str) -> None:
    got = _parsed(text)
    assert got["start"] == start
    assert "2027" not in str(got["title"])

"""A weekday followed by a bare day number in a question («что в воскресенье 20?») names that
day, whichever of the calendar's weekday words is written (calendar.WEEKDAY: the common
misspelling «воскресение» and the abbreviation «вск» included — issue 10 lists both); before,
«в воскресение 20?» silently showed this week's Sunday (the 6th)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import QueryIntent

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=ZoneInfo("Europe/Kaliningrad"))  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "что в воскресенье 20?",
        "что в воскресение 20?",
        "а что в вск 20?",
        "что в воскресенье, 20-го?",
        "что в вс. 20?",
    ],
)
def test_a_sunday_with_its_day_number_is_that_sunday(text: str) -> None:
    query = parse_message(text, NOW)
    assert isinstance(query, QueryIntent), query
    assert (query.start, query.end) == (date(2026, 12, 20), date(2026, 12, 20))
    assert query.weekday_rival is None


def test_a_misspelt_weekday_against_its_day_number_offers_the_weekday_too() -> None:
    query = parse_message("что в воскресение 19?", NOW)  # the 19th is a Saturday
    assert isinstance(query, QueryIntent), query
    assert (query.start, query.weekday_rival) == (date(2026, 12, 19), date(2026, 12, 20))

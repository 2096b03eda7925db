"""«0+», the age category «for every age» of Federal Law 436-FZ, bounds no audience: the parser
gives no ages for it (eighteenth round, branch fixleft21; walk u, p05, whose «возраст от 0 лет»
the card hid but the calendar and the store kept). The other categories are the youngest age
a show may be shown to and stay that lower bound; the number is never a time or a grade."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T10:00")  # school wall clock, as the parser reads it


@pytest.mark.parametrize(
    "text",
    [
        "Лекция о космосе (0+) 17 декабря в 12:00",
        "Мероприятие (0+) пройдёт 17 декабря, в четверг. Начало в 12:00, вход свободный.",
        "Спектакль «Зайкина избушка» 0+ 17 декабря в 12:00",
    ],
)
def test_zero_plus_gives_no_ages(text: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["ages"] is None, got
    assert got["start"] == "2026-12-17T12:00", got
    assert not got["grades"], got


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Спектакль 17 декабря в 12:00, 12+", [12, 99]),
        ("Концерт (6+) 17 декабря в 12:00", [6, 99]),
        ("Концерт 0+ и 16+ 17 декабря в 12:00", [16, 99]),  # two marks: the bounding one
    ],
)
def test_other_categories_stay_the_youngest_age(text: str, ages: list[int]) -> None:
    assert intent_to_json(parse_message(text, NOW))["ages"] == ages

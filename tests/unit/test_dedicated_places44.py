"""A place named «имени …» keeps its name, and a date inside the name is no date (starts44).

The general reading: «имени»/«им.» after a place noun or an organisation's abbreviation opens
its dedication — a person («им. Ю. А. Гагарина»), a date («1 Мая») or an anniversary
(«50-летия Октября») — which is part of the place's name, never the event's day."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-20T10:00")


@pytest.mark.parametrize(
    ("text", "venue", "start"),
    [
        ("1 декабря в 15:00 концерт в ДК имени 1 Мая.", "ДК имени 1 Мая", "2026-12-01T15:00"),
        ("Приглашаем на концерт в ДК им. 8 Марта 12 декабря в 18:00", "ДК им. 8 Марта", None),
        (
            "Концерт состоится в Доме культуры имени 1 Мая 12 декабря в 18:00.",
            "Дом культуры имени 1 Мая",
            "2026-12-12T18:00",
        ),
        (
            "Соревнования пройдут на стадионе имени 50-летия Октября 12 декабря",
            "стадион имени 50-летия Октября",
            "2026-12-12",
        ),
        ("Концерт в ДК им. Ленина 12 декабря в 18:00", "ДК им. Ленина", "2026-12-12T18:00"),
        ("Встреча в библиотеке им. Гоголя 12 декабря в 15:00", "библиотека им. Гоголя", None),
    ],
)
def test_dedicated_place_keeps_its_name(text: str, venue: str, start: str | None) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["venue"] == venue
    if start is not None:
        assert got["start"] == start
    assert "имени" not in (got["title"] or "")
    assert "им." not in (got["title"] or "")


def test_date_in_a_dedication_is_no_day() -> None:
    got = intent_to_json(parse_message("Концерт в ДК имени 1 Мая в 18:00", NOW))
    assert got["venue"] == "ДК имени 1 Мая"
    assert not (got["start"] or "").startswith("2027-05-01")
    assert "no_date" in got["doubts"]  # the day is asked, never read from the name

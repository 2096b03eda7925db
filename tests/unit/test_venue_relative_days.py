"""A day named relative to today («завтра», «сегодня», «послезавтра») is a time word, never
a place's name: «Экскурсия в музей завтра в 12» is in the museum, tomorrow (adversarial walk
2026-12-02o, finding 7: the venue read «музей завтра» and kept it in every list). Cases
written for the rule, with the names that still follow a place."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime(2026, 12, 2, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Экскурсия в зоопарк завтра в 11, 3А", "2026-12-03T11:00"),
        ("Экскурсия на фабрику послезавтра в 10, 5Б", "2026-12-04T10:00"),
        ("Встреча в библиотеке сегодня в 16:00, 4В", "2026-12-02T16:00"),
        ("Экскурсия на кондитерскую фабрику завтро в 12, 6А", "2026-12-03T12:00"),
    ],
)
def test_a_relative_day_is_no_part_of_the_venue(text: str, start: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["start"] == start
    for word in ("завтра", "сегодня", "послезавтра"):
        assert word not in (got["venue"] or "")
        assert word not in got["title"].lower()


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Концерт в театре драмы 10 декабря в 18:00", "театр драмы"),
        ("Экскурсия в музей янтаря 10 декабря в 15:00", "музей янтаря"),
        ("Экскурсия на завод Автотор 10 декабря в 15:00", "завод Автотор"),
    ],
)
def test_a_places_name_still_follows_it(text: str, venue: str) -> None:
    assert intent_to_json(parse_message(text, NOW))["venue"] == venue

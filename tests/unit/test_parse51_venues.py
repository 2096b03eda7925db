"""parse51 #4: venues written loosely — a name in mismatched or angle quotation marks
(«стадион ‹Балтика>», «стадион "Балтика»», «ДК <Родина>»), a compound place noun with a
spaced dash («в школе - лицее № 8», «в центре – музее»)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.quote_marks import with_guillemets

_NOW = datetime.fromisoformat("2026-12-05T12:00")


def _parsed(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, _NOW))


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("стадион ‹Балтика> 12 мая", "стадион «Балтика» 12 мая"),
        ("ДК <Родина> и ‹Заря›", "ДК «Родина» и «Заря»"),
        ('стадион "Балтика» в 15:00', "стадион «Балтика» в 15:00"),
        ('клуб «Юность" на Ленина', "клуб «Юность» на Ленина"),
    ],
)
def test_mismatched_and_angle_marks_read_as_guillemets(text: str, normal: str) -> None:
    assert with_guillemets(text) == normal
    assert len(with_guillemets(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "если a < b и c > d",  # comparison signs around no name
        'рост 5" и 6»',  # a mark after a digit opens nothing
    ],
)
def test_other_marks_stay_as_written(text: str) -> None:
    assert with_guillemets(text) == text


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Матч 12 декабря на стадионе ‹Балтика> в 15:00", "стадион «Балтика»"),
        ("Матч 12 декабря на стадионе <Балтика> в 15:00", "стадион «Балтика»"),
        ('Матч 12 декабря на стадионе "Балтика» в 15:00', "стадион «Балтика»"),
    ],
)
def test_a_loosely_quoted_name_is_the_venues(text: str, venue: str) -> None:
    got = _parsed(text)
    assert got["venue"] == venue
    assert "Балтика" not in str(got["title"])

"""parse76: round 41's parser leftovers (COMMON75 «Round 41 leftovers», the parser bullet),
each read on sentences written for the test in several shapes. Figures and the posts they came
from: tests/data/parse76.md."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.greeting_names import greeting_name
from bot.core.language.intents import parse_message

TODAY = "2026-12-06T10:00"  # a Sunday


def _chat(text: str) -> dict[str, object]:
    """A chat line as the chat reads it."""
    return intent_to_json(parse_message(text, datetime.fromisoformat(TODAY), day_in_period=True))


# names that are nouns first («Любовь», «Вера», «Надежда») and names in Latin letters
@pytest.mark.parametrize(
    ("name", "greeted"),
    [
        ("Любовь", "Любовь"),
        ("Любовь Петровна", "Любовь Петровна"),
        ("Ученик 9Б Вера", "Вера"),
        ("Надежда Сергеевна Орлова", "Надежда Сергеевна Орлова"),
        ("Kostya", "Kostya"),
        ("Kostya Ivanov", "Kostya Ivanov"),
        ("Anna-Maria Smith", "Anna-Maria Smith"),
        # still nobody: role words, an organisation, an acronym
        ("Партнёр Музей янтаря", ""),
        ("Партнёр IT-Cube", ""),
        ("VK", ""),
        ("Педагог", ""),
    ],
)
def test_a_greeting_knows_noun_names_and_latin_names(name: str, greeted: str) -> None:
    assert greeting_name(name) == greeted

"""morphology.inflect: pymorphy3's Parse.inflect remembered per (reading, grammemes), with
the same answers as the library's own call (bot/core/language/morphology.py)."""

from __future__ import annotations

import pytest

from bot.core.language.morphology import inflect, parses


@pytest.mark.parametrize(
    ("word", "grammemes"),
    [
        ("музее", {"nomn"}),
        ("библиотеки", {"nomn"}),
        ("актовом", {"nomn", "sing", "masc"}),
        ("конкурс", {"gent", "sing"}),
        ("выпускные", {"nomn", "plur"}),
        ("быстро", {"nomn"}),  # an adverb: no such form, None
    ],
)
def test_inflect_answers_as_pymorphy3(word: str, grammemes: set[str]) -> None:
    for reading in parses(word):
        expected = reading.inflect(set(grammemes))
        assert inflect(reading, grammemes) == expected
        assert inflect(reading, frozenset(grammemes)) == expected  # the same key either way

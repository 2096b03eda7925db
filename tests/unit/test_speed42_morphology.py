"""speed42: a word's morphology is read once per lower-cased word, whatever its case.

`morphology.parses` lower-cases the word before pymorphy3 reads it, but it remembered the
analyses per word as written: «Музей», «МУЗЕЙ» and «музей» were three pymorphy3 parses (the
slowest step of a post holding words not seen before: 1,239 of the 9,925 parses of a cold pass
over the tuned posts repeated a word already read in another case)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.language import morphology


class _Counting:
    """The real analyzer, counting the words it is asked to parse."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.asked: list[str] = []

    def parse(self, word: str) -> Any:
        self.asked.append(word)
        return self.real.parse(word)


def test_a_word_in_another_case_is_not_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(morphology.analyzer())
    monkeypatch.setattr(morphology, "analyzer", lambda: counting)
    # a word no other test reads, in three cases
    written = ["Квазиконференциями", "КВАЗИКОНФЕРЕНЦИЯМИ", "квазиконференциями"]
    found = [morphology.parses(word) for word in written]
    assert counting.asked == ["квазиконференциями"]
    assert found[0] == found[1] == found[2]
    assert found[0]  # pymorphy3 reads it (a predicted noun)


def test_the_analyses_are_those_of_the_lower_cased_word() -> None:
    for word in ("Лекция", "МУЗЕЕ", "Ёлка", "IT-квест", "2026"):
        assert morphology.parses(word) == tuple(morphology.analyzer().parse(word.lower()))

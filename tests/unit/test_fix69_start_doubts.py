"""fix69: start_doubts._ANNOUNCED reads over the dot of «им.», «ул.» between the start word
and its clock (sentences.IN_SENTENCE_NO_DIGIT). Sentences written for the test."""

from __future__ import annotations

from bot.core.language.start_doubts import _ANNOUNCED


def test_announced_start_reads_over_a_name_abbreviation() -> None:
    found = _ANNOUNCED.search("начало в доме культуры им. горького 17:30")
    assert found is not None
    assert found.group("h", "m") == ("17", "30")


def test_announced_start_still_stops_at_a_sentence_end() -> None:
    assert _ANNOUNCED.search("начало скоро. вход 17:30") is None

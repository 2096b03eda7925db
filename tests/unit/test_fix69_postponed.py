"""fix69: postponed.py's move windows read over the dot of «им.», «ул.» (sentences.
IN_SENTENCE) and still stop at a sentence's end. Sentences written for the test."""

from __future__ import annotations

from bot.core.language.postponed import _MOVED


def test_move_reads_over_a_name_abbreviation() -> None:
    found = _MOVED.search("перенесли спектакль в театре им. вахтангова на 12 декабря")
    assert found is not None
    assert found.group("new") == "12 декабря"


def test_move_still_stops_at_a_sentence_end() -> None:
    assert _MOVED.search("перенесли спектакль. театр ждёт на 12 декабря") is None

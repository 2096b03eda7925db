"""fix69: post_cues.py's windows read over the dot of «им.», «ул.» (sentences.IN_SENTENCE).
Sentences written for the test."""

from __future__ import annotations

from bot.core.language.post_cues import VISITS, called_off


def test_a_move_over_a_name_abbreviation_is_no_calling_off() -> None:
    assert not called_off("концерт переносится в дк им. горького на 10 декабря", "")
    assert called_off("концерт переносится. дк им. горького на 10 декабря", "")


def test_visits_read_over_a_street_abbreviation() -> None:
    assert VISITS.match(" в галерее на ул. мира можно увидеть картины") is not None
    assert VISITS.match(" в галерее. можно увидеть картины") is None

"""fix69: audience_starts reads an audience and its clock in one clause over the dot of
«им.», «ул.» or an initial (sentences.dot_ends_sentence). Sentences written for the test."""

from __future__ import annotations

from bot.core.language.audience_starts import audience_clocks


def test_audience_and_clock_read_over_a_name_abbreviation() -> None:
    text = "Для школьников в ДК им. Горького начало в 10:00, для взрослых в 12:00."
    assert audience_clocks(text) == [
        ("pupils", "школьн", (10, 0)),
        ("others", "взросл", (12, 0)),
    ]


def test_a_sentence_end_still_parts_the_audience_from_a_clock() -> None:
    text = "Для школьников в ДК. Начало в 10:00, для взрослых в 12:00."
    assert audience_clocks(text) == [("others", "взросл", (12, 0))]

"""fix69: meeting.clause_before reads over the dot of «ул.», «им.», an initial (sentences.
dot_ends_sentence). Sentences written for the test."""

from __future__ import annotations

from bot.core.language.meeting import clause_before


def test_clause_before_reads_over_a_street_abbreviation() -> None:
    text = "Встречаемся у ворот парка (ул. Лесная, 4) в 9:30."
    clause = clause_before(text, text.index("Лесная"))
    assert clause.startswith("Встречаемся у ворот")


def test_clause_before_still_stops_at_a_sentence_end() -> None:
    text = "Концерт в 18:00. Сбор у школы."
    assert clause_before(text, text.index("у школы")).strip() == "Сбор"

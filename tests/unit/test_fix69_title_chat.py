"""fix69: title_chat.without_negated_sentences drops a whole negated sentence: the dot of
«им.», «ул.» or an initial ends none (sentences.mark_before_ends). Sentences written for
the test."""

from __future__ import annotations

from bot.core.language.title_chat import without_negated_sentences


def test_a_negated_sentence_with_a_name_abbreviation_goes_whole() -> None:
    text = "Экскурсия в музей им. Пушкина не состоится. Концерт хора"
    assert without_negated_sentences(text) == "Концерт хора"


def test_the_other_sentence_is_kept() -> None:
    text = "Лекция в ДК им. Горького. Концерт не состоится"
    assert without_negated_sentences(text) == "Лекция в ДК им. Горького."

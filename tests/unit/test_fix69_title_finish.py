"""fix69: title_finish reads its first sentence as sentences.py does: the dot of «ул.»,
«им.» or an initial ends none. Sentences written for the test."""

from __future__ import annotations

from bot.core.language.title_finish import first_words


def test_first_words_read_over_a_street_and_initials() -> None:
    assert first_words("Прогулка по ул. Садовой с краеведом. Начало 14 декабря.") == (
        "Прогулка по ул. Садовой с краеведом"
    )
    assert first_words("Лекция В. И. Белова о звёздах. 14 декабря.") == (
        "Лекция В. И. Белова о звёздах"
    )


def test_a_leading_notice_with_a_street_is_left_whole() -> None:
    text = "Вход по пригласительным на ул. Мира. Концерт хора 12 декабря"
    assert first_words(text) == "Концерт хора"

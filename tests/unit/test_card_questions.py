"""bot.core.language.card_questions: a short question on the open card about its clashes
or its classes (conv40, walk 2026-12-04ag AG8); anything else is no such question."""

from __future__ import annotations

import pytest

from bot.core.language.card_questions import CardAsked, card_question


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("а накладки есть?", CardAsked.CLASHES),
        ("накладок нет?", CardAsked.CLASHES),
        ("есть ли пересечения", CardAsked.CLASHES),
        ("а оно ни с чем не пересекается?", CardAsked.CLASHES),
        ("а конфликтов нет?", CardAsked.CLASHES),
        ("а можно без классов?", CardAsked.CLASSES),
        ("для каких классов?", CardAsked.CLASSES),
        ("а для кого это?", CardAsked.CLASSES),
    ],
)
def test_a_question_on_the_card_is_read(text: str, asked: CardAsked) -> None:
    assert card_question(text) is asked


@pytest.mark.parametrize(
    "text",
    [
        "а для 9Б есть?",  # a class named: a change, read elsewhere
        "накладки не страшны, сохраняйте",  # no question
        "а где это?",  # neither clashes nor classes
        "а накладки с лекцией о космосе у 9 классов в актовом зале будут?",  # too long, a number
        "",
    ],
)
def test_other_texts_are_no_card_question(text: str) -> None:
    assert card_question(text) is None

"""A class word misspelt with one «с» («9-11 класов», «для 5 класа») still names the classes
(newcomer walk 2026-12-04ah, AH2: the partner was asked «Для каких классов?» again).
Sentences of our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-01T10:00")


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        (
            "Приглашаем учащихся 9-11 класов на день открытых дверей КГТУ в субботу 12 декабря "
            "в 12:00, главный корпус.",
            {9, 10, 11},
        ),
        ("Экскурсия в музей 10 декабря в 11:00 для 5 класа", {5}),
        ("Лекция о космосе 10 декабря в 15:00 для 7 и 8 класов", {7, 8}),
    ],
)
def test_a_class_word_with_one_s_still_names_the_grades(text: str, grades: set[int]) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    assert set(intent.draft.audience.grades) == grades, intent.draft.audience


def test_a_word_that_only_begins_like_the_class_word_names_no_grade() -> None:
    intent = parse_message("Мастер-класс «Кластер» 10 декабря в 15:00 для 9А", NOW)
    assert isinstance(intent, EventIntent), intent
    assert not intent.draft.audience.grades, intent.draft.audience

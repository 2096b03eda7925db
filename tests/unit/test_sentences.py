"""Sentence boundaries of a post (bot/core/language/sentences.py): a full stop after an
address or name abbreviation ("ул.", "им.", an initial) ends no sentence, a newline always
does, and the word before a stop is read as `re`'s "[\\w-]+$" reads it (a word just before a
newline counts too)."""

from __future__ import annotations

import pytest

from bot.core.language.sentences import sentences


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Лекция состоится 5 мая. Вход свободный.", ["Лекция состоится 5 мая", "Вход свободный."]),
        ("Адрес: ул. Карбышева, 38. Начало в 15", ["Адрес: ул. Карбышева, 38", "Начало в 15"]),
        ("Музей им. В. И. Ленина! Ждём всех", ["Музей им. В. И. Ленина", "Ждём всех"]),
        ("Первая строка\nвторая строка", ["Первая строка", "вторая строка"]),
        ("в р-н. Ленинский едем", ["в р-н. Ленинский едем"]),
        ("Большое здание. Конец", ["Большое здание", "Конец"]),
        ("около 2026 г\n. Далее", ["около 2026 г", ". Далее"]),  # "г" before the newline
        ("", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected
    assert _texts(text) == expected  # the remembered answer is the same


@pytest.mark.parametrize(
    "text",
    [
        "Лекция состоится 5 мая. Вход свободный.",
        "Адрес: ул. Карбышева, 38.  Начало в 15!\n\nЖдём всех",
        "...Начало",
        "",
    ],
)
def test_sentence_at_is_the_sentence_holding_the_offset(text: str) -> None:
    from bot.core.language.sentences import sentence_at

    spans = sentences(text)
    for pos in range(-1, len(text) + 2):  # offsets among the marks read as the whole text
        holding = [(a, b) for a, b in spans if a <= pos < b]
        assert sentence_at(pos, text) == (holding[0] if holding else (0, len(text)))

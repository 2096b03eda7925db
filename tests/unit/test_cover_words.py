"""bot.core.language.cover_words: the words that only pass a quoted message on."""

from __future__ import annotations

import pytest

from bot.core.language.cover_words import cover_words


@pytest.mark.parametrize(
    "text", ["вот", "добавь это", "это тоже", "Вот, внесите, пожалуйста!", "+", "и это ещё"]
)
def test_passing_on(text: str) -> None:
    assert cover_words(text)


@pytest.mark.parametrize(
    "text", ["", "да", "нет", "ок", "а это когда?", "вот 15 декабря", "отмени", "помощь"]
)
def test_words_of_its_own(text: str) -> None:
    assert not cover_words(text)

"""fix69: notices.without_notices parts a title where sentences.py ends a sentence: the dot
of «им.», «ул.» or an initial parts nothing. Sentences written for the test."""

from __future__ import annotations

from bot.core.language.notices import without_notices


def test_a_notice_with_a_name_abbreviation_goes_whole() -> None:
    title = "Регистрация у входа в ДК им. Горького. Мастер-класс по лепке"
    assert without_notices(title) == "Мастер-класс по лепке"


def test_initials_stay_in_their_sentence() -> None:
    assert without_notices("Встреча с В. И. Беловым. Вход свободный") == "Встреча с В. И. Беловым"

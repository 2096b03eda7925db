"""fix69: title_mention.invited_event reads the subject's sentence over the dot of «им.» and
initials (sentences.dot_ends_sentence). Sentences written for the test."""

from __future__ import annotations

from bot.core.language.title_mention import invited_event


def test_invitation_read_over_a_name_abbreviation_and_initials() -> None:
    text = "Библиотека им. Н. А. Некрасова приглашает на литературный вечер. Вход свободный."
    assert invited_event(text, "Библиотека") == "Литературный вечер"


def test_invitation_in_another_sentence_is_not_the_subjects() -> None:
    text = "Библиотека открыта. Ребят приглашает на литературный вечер клуб."
    assert invited_event(text, "Библиотека") is None

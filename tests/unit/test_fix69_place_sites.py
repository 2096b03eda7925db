"""fix69: place_sites.invites_home reads the rest of the host's sentence over initials and
«ул.», «им.» (sentences.IN_SENTENCE). Sentences written for the test."""

from __future__ import annotations

from bot.core.language.place_sites import invites_home

_HOST = len("Библиотека")


def test_a_place_after_initials_is_elsewhere() -> None:
    text = (
        "Библиотека приглашает на встречу с писателем В. И. Беловым в конференц-зале Дома учёных."
    )
    assert not invites_home(text, _HOST)


def test_a_place_in_the_next_sentence_is_not_the_invitations() -> None:
    text = "Библиотека приглашает на встречу с писателем. В конференц-зале Дома учёных тоже."
    assert invites_home(text, _HOST)

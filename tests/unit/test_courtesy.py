"""The courtesy around a chat request (bot.core.language.courtesy): sentences written for
these tests (review57, #8)."""

from __future__ import annotations

import pytest

from bot.core.language.courtesy import without_courtesy


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("мои мероприятия, спасибо", "мои мероприятия"),
        ("согласую 1 спасибо", "согласую 1"),
        ("пожалуйста, мои записи", "мои записи"),
        ("мои мероприятия, пожалуйста?", "мои мероприятия?"),
    ],
)
def test_courtesy_at_the_edges_is_taken_off(typed: str, read: str) -> None:
    assert without_courtesy(typed) == read


@pytest.mark.parametrize(
    "kept",
    [
        "15 декабря в 15:00 классный час о словах пожалуйста и спасибо",
        "беседа «волшебные слова» в 9Б: здравствуйте или спасибо",
    ],
)
def test_a_courtesy_word_joined_by_and_is_kept(kept: str) -> None:
    """Before: only the last word was taken off, leaving «… пожалуйста и» (review57, #8)."""
    assert without_courtesy(kept) == kept

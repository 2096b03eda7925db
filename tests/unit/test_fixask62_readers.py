"""fixask62: short answers to «какое из них?» that pick no event (review60 #1).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.language.title_offer_answers import picks_neither


@pytest.mark.parametrize(
    "text",
    [
        "да",
        "Да!",
        "ок",
        "оба",
        "Обе",
        "оба мероприятия",
        "да, оба",
        "обе проходят",
        "и то и другое",
    ],
)
def test_yes_and_both_pick_neither(text: str) -> None:
    assert picks_neither(text)


@pytest.mark.parametrize(
    "text",
    [
        "первое",
        "2",
        "Турнир по шашкам",
        "Оба берега: лекция о реке",
        "нет",
        "Конкурс для обоих классов школы и родителей",
    ],
)
def test_a_pick_or_a_name_is_no_such_answer(text: str) -> None:
    assert not picks_neither(text)

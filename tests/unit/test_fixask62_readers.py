"""fixask62: short answers to «какое из них?» that pick no event (review60 #1).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.core.language.event_referent import names_another_kind
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


@pytest.mark.parametrize(
    ("value", "title"),
    [
        ("концерт 12 декабря в 18:00", "Лекция о космосе"),
        ("проведём концерт 12 декабря", "Лекция о космосе"),
        ("экскурсию в музей в пятницу", "Турнир по шахматам"),
    ],
)
def test_a_wish_naming_another_kind_is_another_event(value: str, title: str) -> None:
    assert names_another_kind(value, title)


@pytest.mark.parametrize(
    ("value", "title"),
    [
        ("в 12:00", "Лекция о космосе"),
        ("12 декабря", "Лекция о космосе"),
        ("проведём лекцию 12 декабря", "Лекция о космосе"),
        ("в актовом зале", "Концерт хора"),
        ("12 декабря после концерта", "Лекция о космосе"),
    ],
)
def test_a_day_or_the_cards_own_kind_is_no_other_event(value: str, title: str) -> None:
    assert not names_another_kind(value, title)

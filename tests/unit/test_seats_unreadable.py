"""bot.core.language.capacity.seats_unreadable (attack z, 2026-12-03, #1): a seats reply
whose number cannot be taken is told apart from a number that can and from a place."""

from __future__ import annotations

import pytest

from bot.core.language.capacity import seats_unreadable


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("места: 0", "0"),
        ("мест 0", "0"),
        ("места: -3", "-3"),
        ("места: минус 3", "минус 3"),
        ("места: 10000", "10000"),
        ("места: 2,5", "2,5"),
        ("мест: 2-3", "2-3"),
        ("места: много", "много"),
        ("места будет много", "много"),
        ("места: двадцать пять", "двадцать пять"),
        ("кол-во мест — 0", "0"),
        ("0 мест", "0"),
        ("-3 места", "-3"),
    ],
)
def test_a_number_not_taken_is_unreadable(text: str, said: str) -> None:
    assert seats_unreadable(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "места: 3",
        "мест 30",
        "3 места",
        "без ограничения мест",
        "места: актовый зал",
        "места: ауд. 5",
        "место: 204",
        "мест нет",
        "места: нет",
        "мест 10 декабря",
        "Лекция 10 декабря в 15:00, 30 мест",
    ],
)
def test_a_number_taken_or_a_place_is_not(text: str) -> None:
    assert seats_unreadable(text) is None

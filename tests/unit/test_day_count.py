"""How many days a message says its event lasts (bot.core.language.day_count)."""

from __future__ import annotations

import pytest

from bot.core.language.day_count import stated_days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("интенсив в Blender, 2 дня по 3 часа, с 11:00 до 14:00", 2),
        ("три дня подряд", 3),
        ("в течение двух дней", 2),
        ("поездка на 2 дня", 2),
        ("курсы 3 дня.", 3),
        ("за 2 дня до начала", 1),
        ("через 3 дня после", 1),
        ("2 дня назад", 1),
        ("2 дня открытых дверей", 1),
        ("двух дней рождения", 1),
        ("Лекция 15 декабря в 15:00", 1),
    ],
)
def test_stated_days(text: str, days: int) -> None:
    assert stated_days(text) == days

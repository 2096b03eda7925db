"""review75: findings of the review of round 41's second wave, each a sentence of my own."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.models import DayPeriod
from bot.core.month_days import day_of_period

MARCH = DayPeriod(date(2027, 3, 1), date(2027, 3, 31), "month", written="март")


# 1. a month line's day: a clock, then a place or classes, is still the line's month
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("15 в 10:00, спортзал", "15.03.2027 в 10:00, спортзал"),
        ("15 в 10:00 в спортзале", "15.03.2027 в 10:00 в спортзале"),
        ("15, 10:00, 7А", "15.03.2027, 10:00, 7А"),
        ("15-го в 10 утра, 6 классы", "15.03.2027 в 10 утра, 6 классы"),
        ("15 с 9 до 11, актовый зал", "15.03.2027 с 9 до 11, актовый зал"),
        ("10, 11А", "10, 11А"),  # classes, no day
        ("12 с 5 по 9 класс", "12 с 5 по 9 класс"),
        ("10, 11 классы, спортзал", "10, 11 классы, спортзал"),
    ],
)
def test_a_month_lines_day_keeps_what_follows_its_clock(text: str, read: str) -> None:
    assert day_of_period(text, MARCH) == read

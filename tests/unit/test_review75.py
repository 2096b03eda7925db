"""review75: findings of the review of round 41's second wave, each a sentence of my own."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
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


# 2. a named day's post inviting to its event («12 декабря — День Конституции. Приглашаем …
# на викторину») is no report of today, though a sentence tells of today in the past
# (named_day_report, parse75): the draft was today's, past, titled by the rehearsal
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "12 декабря — День Конституции. Приглашаем всех учеников 8–9 классов на викторину "
            "в библиотеку! Сегодня уже прошёл отборочный тур, в финал вышли шесть команд. "
            "Ждём болельщиков!",
            "2026-12-12",
        ),
        (
            "Суббота, 12 декабря — День Конституции. Библиотека приглашает 5–7 классы на "
            "познавательную игру «Я гражданин». Сегодня прошла репетиция ведущих, всё готово!",
            "2026-12-12",
        ),
        (
            "Завтра, 12 декабря, — День Конституции. Сегодня ребята готовили плакаты, а "
            "завтра в школьном музее состоится встреча с депутатом для 10–11 классов.",
            "2026-12-12",
        ),
        # a report with no invitation stays a report of today (parse75's rule)
        (
            "Завтра, 12 декабря, — День Конституции Российской Федерации. А сегодня в нашей "
            "школе прошёл классный час «Я — гражданин». Ученики 9А рассказали о правах.",
            "2026-12-11",
        ),
    ],
)
def test_a_named_days_invitation_is_no_report_of_today(text: str, start: str) -> None:
    read = intent_to_json(parse_message(text, datetime.fromisoformat("2026-12-11T16:00")))
    assert str(read["start"]).startswith(start), read

"""A student's short question whose question word comes last («а на выходных что», «завтра
что будет») asks about the plan like «что на выходных?» (newcomer walk 2026-11-30: it got
«не понял»); an event whose title merely contains «что» stays an event."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent, QueryIntent

NOW = datetime.fromisoformat("2026-12-01T10:00")  # Tuesday, the school's naive wall-clock time


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("а на выходных что", date(2026, 12, 5), date(2026, 12, 6)),
        ("на выходных что есть?", date(2026, 12, 5), date(2026, 12, 6)),
        ("завтра что будет", date(2026, 12, 2), date(2026, 12, 2)),
        ("а в пятницу чё", date(2026, 12, 4), date(2026, 12, 4)),
        ("в четверг что-нибудь есть", date(2026, 12, 3), date(2026, 12, 3)),
    ],
)
def test_a_question_word_at_the_end_asks_about_the_plan(text: str, first: date, last: date) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, QueryIntent), intent
    assert (intent.start, intent.end) == (first, last)


def test_the_class_is_kept() -> None:
    intent = parse_message("для 9 классов в пятницу что", NOW)
    assert isinstance(intent, QueryIntent), intent
    assert intent.audience.grades == frozenset({9})


@pytest.mark.parametrize(
    "text",
    [
        "Встреча 15 декабря в 15:00 — что нового в физике",
        "Лекция «Что такое ИИ» 15 декабря в 15:00, 9 классы",
        "Квиз 15 декабря в 15:00, угадай что",
    ],
)
def test_an_event_with_what_in_it_stays_an_event(text: str) -> None:
    assert isinstance(parse_message(text, NOW), EventIntent)

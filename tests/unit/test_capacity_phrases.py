"""The ways announcements state a limit on places give the event's capacity (newcomer walk
2026-12-01e, finding 3): «Количество мест ограничено — 25 человек», «… ограничено (25)»,
«Максимальное количество участников — 30». The rule is by grammar: a statement that the
number of places or participants is limited (ограничено / максимальное / предельное / лимит),
then the number. A count of people that is not stated as a limit («в прошлом году пришли 300
человек», «количество участников прошлого фестиваля — 300»), ages («от 14 до 22 лет») and
a bare «мест ограничено» are not a capacity. Sentences written for this test."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-11-23T10:00")
BASE = "Приглашаем 9 классы на экскурсию «Завод изнутри» 10 декабря в 14:00."


def capacity(tail: str) -> int | None:
    intent = parse_message(f"{BASE} {tail}", NOW)
    assert isinstance(intent, EventIntent)
    if intent.draft.capacity is not None:  # the limit's words are taken, not left in the title
        assert str(intent.draft.capacity) not in intent.draft.title
    return intent.draft.capacity


@pytest.mark.parametrize(
    ("tail", "places"),
    [
        ("Количество мест ограничено — 18 человек.", 18),
        ("Количество мест ограничено: 40.", 40),
        ("Количество мест ограничено (12).", 12),
        ("Число мест строго ограничено — 16 человек!", 16),
        ("Мест ограничено: 35 человек.", 35),
        ("Количество участников ограничено — 22 человека.", 22),
        ("Число участников ограничено до 14 человек.", 14),
        ("Максимальное количество участников — 45.", 45),
        ("Максимальное число слушателей: 60 человек.", 60),
        ("Предельное количество посетителей — 24.", 24),
        ("Ограниченное количество мест (20).", 20),
        ("Лимит участников — 28 человек.", 28),
        ("Лимит — 19 человек.", 19),
        ("Мест: 26.", 26),
    ],
)
def test_a_stated_limit_is_the_capacity(tail: str, places: int) -> None:
    assert capacity(tail) == places


@pytest.mark.parametrize(
    "tail",
    [
        "Количество мест ограничено!",
        "Количество мест ограничено, в прошлый раз пришли 40 человек.",
        "Количество участников прошлого фестиваля — 300 человек.",
        "В прошлом году нас посетили 500 человек.",
        "Приглашаются ребята от 14 до 22 лет.",
        "Количество участников в прошлом году — 120.",
    ],
)
def test_counts_that_are_not_a_limit_are_no_capacity(tail: str) -> None:
    assert capacity(tail) is None

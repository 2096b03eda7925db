"""review49 #1: a pronominal determiner after «в N» («всех», «наших», «ваших», «своих») is
the verb's object, not an adjective a numeral counts — «ждём в 18 всех родителей» keeps its
clock; a descriptive adjective before a genitive plural noun («около 20 сборных команд»)
still makes the number a count."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

_NOW = datetime.fromisoformat("2026-12-05T08:00")


def _start(text: str) -> object:
    return intent_to_json(parse_message(text, _NOW, day_in_period=True))["start"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # review49's inputs
        ("Собрание 9Б 10 декабря, ждём в 18 всех родителей", "2026-12-10T18:00"),
        ("Ёлка 25 декабря, ждём в 10 всех первоклассников в актовом зале", "2026-12-25T10:00"),
        ("Субботник 12 декабря, приглашаем в 9 всех ребят 7 классов", "2026-12-12T09:00"),
        ("Концерт 12 декабря, приглашаем в 18 всех мам и бабушек", "2026-12-12T18:00"),
        ("Встреча выпускников 12 декабря, ждём в 17 наших выпускников", "2026-12-12T17:00"),
        (
            "12 декабря, ждём в 6 всех родителей на собрание. Приглашаем всех желающих, будет "
            "интересно и полезно, приходите вовремя и не опаздывайте.",
            "2026-12-12T18:00",
        ),
        # variants of my own: other determiners, other verbs
        ("Родительское собрание 15 декабря, ждём в 19 ваших пап и мам", "2026-12-15T19:00"),
        ("Праздник двора 20 декабря, зовём в 16 своих соседей и друзей", "2026-12-20T16:00"),
        ("Линейка 14 декабря, собираем в 8 этих ребят у входа", "2026-12-14T08:00"),
    ],
)
def test_determiner_after_hour_keeps_the_clock(text: str, start: str) -> None:
    assert _start(text) == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Турнир 12 декабря. Заявки прислали около 20 сборных команд.", "2026-12-12"),
        ("Финал 19 декабря. Сыграют около 12 лучших школьных команд.", "2026-12-19"),
        ("Выставка 14 декабря. Работы прислали из 15 сельских школ района.", "2026-12-14"),
    ],
)
def test_descriptive_adjective_keeps_the_count(text: str, start: str) -> None:
    assert _start(text) == start

"""review49 #7: in «в N минут <ordinal> <noun>» the ordinal agrees with the noun after it
(«второго тайма», «первого тура», «третьего урока»): the minute of a match, a round or a
lesson, never a clock; «в десять минут седьмого» alone, before a preposition or a part of
the day, stays 18:10."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json, when_to_json
from bot.core.language.intents import parse_message

_NOW = datetime.fromisoformat("2026-12-05T08:00")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # review49's inputs
        ("Финал 12 декабря. Наша команда забила гол в 20 минут второго тайма", "2026-12-12"),
        (
            "Олимпиада 12 декабря: участники должны уложиться в 40 минут первого тура",
            "2026-12-12",
        ),
        # variants of my own: other nouns an ordinal agrees with
        ("Контрольная 14 декабря, сдать работу нужно в 30 минут третьего урока", "2026-12-14"),
        ("Турнир 19 декабря, первый гол забит в десять минут второго периода", "2026-12-19"),
        ("Игра 20 декабря: в пять минут первого раунда команда ведёт", "2026-12-20"),
    ],
)
def test_ordinal_of_a_noun_is_no_clock(text: str, start: str) -> None:
    got = intent_to_json(parse_message(text, _NOW, day_in_period=True))
    assert got["start"] == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Концерт 12 декабря в десять минут седьмого в актовом зале", "2026-12-12T18:10"),
        ("Сбор 12 декабря в 20 минут девятого утра у школы", "2026-12-12T08:20"),
        ("Встреча 12 декабря в пять минут первого возле спортзала", "2026-12-12T12:05"),
        ("Ёлка 25 декабря в четверть одиннадцатого, приходите", "2026-12-25T10:15"),
    ],
)
def test_clock_said_with_an_ordinal_stays(text: str, start: str) -> None:
    assert when_to_json(text, _NOW)["start"] == start

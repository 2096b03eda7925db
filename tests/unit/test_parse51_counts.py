"""parse51 #1: a number before a pronominal adjective and an inanimate noun in the genitive
(«в 20 других школ», «в 30 других организаций») counts the noun: an inanimate noun's
accusative plural is its nominative («в 20 другие школы»), so a genitive-looking determiner
before one is the numeral's genitive, never the verb's object. An animate noun («ждём в 18
всех родителей», test_fixparse49_counts) keeps the clock. Locative plurals («в 5 классах»,
«в 3 городах») were counts already and stay so."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

_NOW = datetime.fromisoformat("2026-12-05T12:00")


def _start(text: str) -> object:
    return intent_to_json(parse_message(text, _NOW, day_in_period=True))["start"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Фестиваль 12 декабря, приглашение разослали в 20 других школ", "2026-12-12"),
        ("Турнир 14 декабря: заявки отправили в 30 других организаций района", "2026-12-14"),
        ("Акция 19 декабря, листовки передали в 15 этих учреждений", "2026-12-19"),
        ("Ярмарка 20 декабря, объявления повесили в 12 наших корпусов", "2026-12-20"),
        # locative and genitive plurals stay counts
        ("Олимпиада 12 декабря пройдёт в 5 классах", "2026-12-12"),
        ("Акция 12 декабря пройдёт в 3 городах области", "2026-12-12"),
        ("Конкурс 12 декабря, письма ушли в 20 школ", "2026-12-12"),
    ],
)
def test_determiner_before_inanimate_noun_counts(text: str, start: str) -> None:
    assert _start(text) == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Концерт 12 декабря, ждём в 18 всех гостей и родителей", "2026-12-12T18:00"),
        ("Собрание 14 декабря, приглашаем в 17 наших учителей", "2026-12-14T17:00"),
    ],
)
def test_determiner_before_animate_noun_keeps_the_clock(text: str, start: str) -> None:
    assert _start(text) == start

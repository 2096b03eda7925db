"""Readings behind the misses of tests/data/real_posts_broad30.jsonl at first sight
(tests/data/fresh67.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# «от N до M» followed by the noun the numbers count (a noun in the genitive plural, as a
# numeral governs it: «от 3 до 10 заданий», «от шести до двенадцати человек») is how many of
# something, never a span of clock hours.
@pytest.mark.parametrize(
    "text",
    [
        "Ребятам предстоит решить от 3 до 10 заданий. Олимпиада пройдёт 14 ноября.",
        "В каждой команде от шести до двенадцати игроков. Игра состоится 14 ноября.",
        "Квест пройдёт 14 ноября, на маршруте от 4 до 15 станций.",
        "Квест пройдёт 14 ноября. На маршруте от пяти до двадцати станций.",
    ],
)
def test_a_range_of_counted_things_is_no_clock(text: str) -> None:
    got = _parse(text, "2024-11-05T12:00")
    assert (got["start"], got["end"]) == ("2024-11-14", None)


# what the reading leaves alone: a range of hours, with or without the hour's word
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Консультации 14 ноября с 10 до 12 часов.", "2024-11-14T10:00", "2024-11-14T12:00"),
        (
            "Приём документов 14 ноября от 9 до 17 в кабинете директора.",
            "2024-11-14T09:00",
            "2024-11-14T17:00",
        ),
    ],
)
def test_a_range_of_hours_stays_a_clock(text: str, start: str, end: str) -> None:
    got = _parse(text, "2024-11-05T12:00")
    assert (got["start"], got["end"]) == (start, end)


# «с N до M» stays a span of hours even when a plural genitive follows as a verb's object
def test_a_range_from_c_with_a_verbs_object_stays_a_clock() -> None:
    got = _parse("14 ноября в сквере с 12 до 14 гостей ждёт концерт.", "2024-11-05T12:00")
    assert (got["start"], got["end"]) == ("2024-11-14T12:00", "2024-11-14T14:00")

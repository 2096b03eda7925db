"""Readings behind the misses of tests/data/real_posts_broad18.jsonl at first sight
(tests/data/fresh50.md), each checked in sentences of my own, not the set's posts."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parsed(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# Reading: a sentence that tells in the past tense alone («состоялась», «побывали», «стали
# участниками») speaks of a day gone: a day and month written without a year that passed
# only recently is this year's, not next year's (a report posted a few days after the
# event). A sentence with a verb in the future or present keeps the rule of the year ahead.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "12 марта в городской библиотеке состоялась встреча с писателем-земляком. Ребята "
            "задали много вопросов.",
            "2025-03-14T10:00",
            "2025-03-12",
        ),
        (
            "3 ноября ученики пятых классов побывали в краеведческом музее на занятии «Изба и "
            "её убранство».",
            "2024-11-05T10:00",
            "2024-11-03",
        ),
        (
            "Спасибо районному Дому культуры! 28.09 наши шестиклассники стали участниками "
            "игры «Знатоки родного края».",
            "2023-10-02T10:00",
            "2023-09-28",
        ),
        (
            "14 мая в ДК им. В. И. Ленина состоялся отчётный концерт хоровой студии.",
            "2024-05-16T10:00",
            "2024-05-14",
        ),
    ],
)
def test_a_past_tense_sentence_keeps_a_recent_day_in_this_year(
    text: str, now: str, start: str
) -> None:
    assert _parsed(text, now)["start"] == start


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "12 марта в городской библиотеке состоится встреча с писателем-земляком.",
            "2025-03-14T10:00",
            "2026-03-12",
        ),
        (
            "Отборочный тур прошёл в феврале, а 3 ноября команды встретятся в финале.",
            "2024-11-05T10:00",
            "2025-11-03",
        ),
    ],
)
def test_a_sentence_saying_what_will_be_keeps_the_year_ahead(
    text: str, now: str, start: str
) -> None:
    assert _parsed(text, now)["start"] == start


def test_a_span_told_in_the_past_tense_is_this_years() -> None:
    got = _parsed(
        "С 4 по 8 ноября в нашей школе прошла неделя математики: ребята решали задачи и "
        "играли в логические игры.",
        "2024-11-12T10:00",
    )
    assert (got["start"], got["end"]) == ("2024-11-04", "2024-11-08")

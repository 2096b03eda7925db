"""Readings behind the misses of tests/data/real_posts_broad33.jsonl at first sight
(tests/data/fresh72.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# a number after «в» followed by a noun in the locative names which of those things the place
# is («в 4 отряде» = in squad No. 4, «во 2 туре» = in round 2): an hour's noun after «в N» is a
# genitive («в 6 вечера», «в 3 дня», «в 7 часов»), never a locative
@pytest.mark.parametrize(
    "text",
    [
        "25 октября в 4 отряде лагеря пройдет конкурс рисунков.",
        "12 марта в 3 группе детского сада пройдет утренник для мам.",
        "Во 2 туре олимпиады, который пройдет 5 апреля, сыграют восемь команд.",
        "18 мая в 5 корпусе общежития состоится собрание жильцов.",
        "Мастер-класс по лепке пройдет 14 ноября во 2 отделении центра.",
    ],
)
def test_a_number_before_a_locative_noun_is_no_clock(text: str) -> None:
    got = _parse(text, "2019-03-01T12:00")
    assert got["start"] is not None
    assert "T" not in str(got["start"])


# what the reading leaves alone: an hour before a genitive time word, a clock before a
# preposition, a count before a genitive noun
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("25 октября в 6 вечера в клубе пройдет концерт.", "2019-10-25T18:00"),
        ("25 октября в 3 часа дня пройдет концерт.", "2019-10-25T15:00"),
        ("Концерт пройдет 25 октября в 5 в актовом зале.", "2019-10-25T17:00"),
        ("Концерт пройдет 25 октября в 7 утра.", "2019-10-25T07:00"),
    ],
)
def test_hours_before_time_words_stay_clocks(text: str, start: str) -> None:
    assert _parse(text, "2019-03-01T12:00")["start"] == start

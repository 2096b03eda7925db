"""Readings behind the misses of tests/data/real_posts_broad26.jsonl at first sight
(tests/data/fresh61.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# A page's date line whose day and clock a slash parts («3 марта 2024 / 09:15»), not after
# the post's moment, is the item's publication stamp as «3 марта 2024, 09:15» is: never the
# event's day and clock.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Гастроли в Твери\n3 марта 2024 / 09:15\n12 апреля спектаклем «Ревизор» мы"
            " открываем весенний фестиваль детских театров.",
            "2024-03-03T09:15",
            "2024-04-12",
        ),
        (
            "Новости школы\n20 ноября 2023 / 17:40\nВ субботу, 25 ноября, в актовом зале"
            " пройдёт концерт хора «Весна».",
            "2023-11-21T10:00",
            "2023-11-25",
        ),
    ],
)
def test_a_slashed_date_line_is_a_stamp(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


# A slashed day and clock said ahead of the post's moment is no stamp: the event's own.
def test_a_slashed_moment_ahead_stays_the_start() -> None:
    text = "Концерт хора «Весна»\n25 ноября 2023 / 17:00\nАктовый зал школы № 4."
    assert _parse(text, "2023-11-20T10:00")["start"] == "2023-11-25T17:00"


# A run told begun on a day («стартовал 13 марта») and lasting on («и продлится до 25
# апреля»), posted after that day: the day is this year's, gone, never the one a year ahead.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Сто школьников района станут участниками городского конкурса чтецов. Он стартовал"
            " 13 марта и продлится до 25 апреля.",
            "2024-03-14T12:00",
            "2024-03-13",
        ),
        (
            "В гимназии идёт неделя математики. Она началась 2 декабря и продолжится до пятницы.",
            "2025-12-03T12:00",
            "2025-12-02",
        ),
    ],
)
def test_a_run_begun_and_lasting_is_this_years(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


# A begun run told alone keeps its day as before.
def test_a_run_begun_alone_is_this_years() -> None:
    text = "Сто школьников станут участниками конкурса чтецов. Он стартовал 13 марта."
    assert _parse(text, "2024-03-14T12:00")["start"] == "2024-03-13"


# A quoted name equated with its kind by «это», with or without a dash before it and with
# adjectives parted by a comma (««Тёплый дом» это большая, социально-значимая акция …»): the
# kind takes the subject's name, never the name a genitive after it brings.
@pytest.mark.parametrize(
    "text",
    [
        "«Тёплый дом» это добрая акция городского фонда «Вместе». 12 марта наша школа собрала"
        " подарки для детей.",
        "«Тёплый дом» — это большая, социально-значимая акция городского фонда «Вместе». 12"
        " марта наша школа собрала подарки для детей.",
    ],
)
def test_a_name_equated_by_eto_names_the_kind(text: str) -> None:
    title = _parse(text, "2024-03-14T12:00")["title"]
    assert isinstance(title, str)
    assert "Тёплый дом" in title

"""Readings fresh60 added after broad25's first sight (tests/data/fresh60.md), each checked on
sentences written for the test, not on the set's posts."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2024-03-01T12:00")


def _parsed(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


# a count of hours a verb governs is how long something lasts, never a clock time
@pytest.mark.parametrize(
    "text",
    [
        "12 марта в гимназии пройдет конкурс чтецов. Участники готовятся три часа.",
        "12 марта в гимназии пройдет турнир. Ребята пять часов будут играть в шахматы.",
        "12 марта в лицее пройдет хакатон. На задачи команды потратят шесть часов.",
        "12 марта состоится экскурсия на завод. Школьники проведут в цехах два часа.",
        "12 марта в колледже пройдет профпроба. Там девятиклассники не скучают 4 часа.",
    ],
)
def test_hours_a_verb_governs_are_a_length(text: str) -> None:
    got = _parsed(text)
    assert got["start"] == "2024-03-12"


# a clock said with a count of hours keeps its reading: with «в», with a part of the day,
# after a label, or with nothing but the day around it
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("12 марта в гимназии пройдет конкурс чтецов. Начало в три часа.", "2024-03-12T15:00"),
        ("Конкурс чтецов пройдет 12 марта, четыре часа дня.", "2024-03-12T16:00"),
        ("Конкурс чтецов в гимназии. Сбор: 12 марта, 15 часов.", "2024-03-12T15:00"),
        ("Встречаемся 12 марта в 10 часов у школы.", "2024-03-12T10:00"),
    ],
)
def test_a_clock_in_hours_stays(text: str, start: str) -> None:
    assert _parsed(text)["start"] == start


# «с … и по …», «с … и до …»: the particle «и» before the span's last day keeps the span
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "С 04.03.2024 и по 15.03.2024 в школе пройдет неделя математики.",
            "2024-03-04",
            "2024-03-15",
        ),
        ("С 4 марта и до 15 марта в школе пройдет неделя математики.", "2024-03-04", "2024-03-15"),
        (
            "С 04.03.2024 и по 15 марта в школе пройдет неделя математики.",
            "2024-03-04",
            "2024-03-15",
        ),
    ],
)
def test_a_span_with_i_before_its_last_day(text: str, start: str, end: str) -> None:
    got = _parsed(text)
    assert (got["start"], got["end"]) == (start, end)

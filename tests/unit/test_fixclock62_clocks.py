"""Clocks fixclock62 keeps (review60 findings 3, 4): a count of hours that can only be a clock of
the day, and grades dictated after «в»/«с» with no commas; sentences written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2024-03-01T12:00")


def _parsed(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


# «N часов» above 12, or right next to the date, is a clock of that day even with a verb near it
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("15 марта 17 часов открываем выставку в холле.", "2024-03-15T17:00"),
        ("Приглашаем на спектакль 19 часов 14 марта.", "2024-03-14T19:00"),
        ("20 марта 10 часов собираемся у входа в музей.", "2024-03-20T10:00"),
    ],
)
def test_hours_that_can_only_be_a_clock(text: str, start: str) -> None:
    assert _parsed(text)["start"] == start


# a small count a verb governs, away from the date, is still a length
@pytest.mark.parametrize(
    "text",
    [
        "15 марта пройдет олимпиада. Ученики решают задачи 3 часа.",
        "15 марта пройдет турнир. Шахматисты не сидят на месте четыре часа.",
    ],
)
def test_small_counts_a_verb_governs_stay_lengths(text: str) -> None:
    assert _parsed(text)["start"] == "2024-03-15"


# grades dictated without commas after «в»/«с» before a class word in the locative,
# instrumental or genitive («в 5 6 классах», «с 10 11 классами»): grades, and never a clock
@pytest.mark.parametrize(
    ("text", "start", "grades"),
    [
        ("Викторина в 5 6 классах 14 марта в 13:40 в кабинете 21.", "2024-03-14T13:40", [5, 6]),
        ("Классный час 18 марта в 10 11 классах.", "2024-03-18", [10, 11]),
        ("Беседа с 8 9 классами 19 марта в 12:15.", "2024-03-19T12:15", [8, 9]),
        ("Экскурсия 21 марта для 6 7 классов в 11:00.", "2024-03-21T11:00", [6, 7]),
    ],
)
def test_grades_dictated_after_a_preposition(text: str, start: str, grades: list[int]) -> None:
    got = _parsed(text)
    assert (got["start"], got["grades"]) == (start, grades)


# a nominative/accusative class word after «в N M» still leaves «в N» to the clock
def test_grades_in_the_nominative_after_v_keep_the_clock() -> None:
    got = _parsed("Собираем 10 11 классы 18 марта в 9 в спортзале.")
    assert got["start"] == "2024-03-18T09:00"

"""Three silent parser errors of the twenty-second round, each read as a kind (sentences
written for each rule, not taken from a corpus):
- a clock said in words after a verb of appointing («построение назначено на 11 часов 30
  минут») is the moment appointed, never the event's length (walk22 Z13: end 01:30);
- a finite verb never ends up inside a venue phrase («в школе состоится …» gave «школа
  состоится»);
- a grade word in «в» + a plural animate noun («посвящение в первоклассники») stays in the
  title, the audience still its grade."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-03T10:00")


def _event(text: str) -> dict[str, Any]:
    got = intent_to_json(parse_message(text, NOW))
    assert got["intent"] == "event", got
    return got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Школьный забег пройдёт 7 мая. Построение команд назначено на 11 часов 30 минут, "
            "на площади Звёзд. Шахматный сеанс в этот же день в 14 часов.",
            "2027-05-07T11:30",
        ),
        (
            "Встреча с ветеранами 9 мая. Начало намечено на 10 часов 15 минут, в 13 часов "
            "экскурсия по музею.",
            "2027-05-09T10:15",
        ),
        (
            "Открытие турнира 12 мая запланировано на 9 часов утра, финал в 15 часов.",
            "2027-05-12T09:00",
        ),
        ("Линейка 7 мая, построение планируется на 8 часов 45 минут.", "2027-05-07T08:45"),
    ],
)
def test_a_clock_appointed_with_na_is_a_start_never_a_length(text: str, start: str) -> None:
    got = _event(text)
    assert (got["start"], got["end"]) == (start, None), got


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Турнир 7 мая в 14:00, продлится 1 час 30 минут.", "2027-05-07T14:00", "2027-05-07T15:30"),
        ("Турнир 7 мая в 14:00, в течение 2 часов.", "2027-05-07T14:00", "2027-05-07T16:00"),
        ("Экскурсия 7 мая в 14:00 на 1 час 30 минут.", "2027-05-07T14:00", "2027-05-07T15:30"),
        (
            "Турнир 7 мая с 10 часов 15 минут до 12 часов в спортзале.",
            "2027-05-07T10:15",
            "2027-05-07T12:00",
        ),
        ("Урок мужества 7 мая в 9 часов утра в кабинете истории.", "2027-05-07T09:00", None),
        ("Концерт 7 мая в 11 часов 30 минут в актовом зале.", "2027-05-07T11:30", None),
    ],
)
def test_lengths_governed_by_a_duration_word_and_clocks_with_v_stay(
    text: str, start: str, end: str | None
) -> None:
    got = _event(text)
    assert (got["start"], got["end"]) == (start, end), got


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("1 сентября в 10:00 в школе состоится посвящение в пешеходы", "школа"),
        ("12 мая в 10:00 в гимназии начнётся турнир по шахматам", "гимназия"),
        ("14 мая в 12:00 в лицее откроется выставка рисунков", "лицей"),
        ("14 мая в 15:00 в колледже состоятся соревнования по волейболу", "колледж"),
    ],
)
def test_a_verb_after_a_place_noun_ends_the_venue(text: str, venue: str) -> None:
    assert _event(text)["venue"] == venue


@pytest.mark.parametrize(
    ("text", "title", "grades"),
    [
        (
            "Посвящение в первоклассники состоится 1 сентября в 10:00",
            "Посвящение в первоклассники",
            [1],
        ),
        (
            "Посвящение в пятиклассники пройдёт 2 сентября в 12:00 в актовом зале",
            "Посвящение в пятиклассники",
            [5],
        ),
        ("1 сентября в 9:00 посвящение в первоклассники", "Посвящение в первоклассники", [1]),
        ("Экскурсия для первоклассников 5 сентября в 10:00", "Экскурсия", [1]),
    ],
)
def test_a_grade_word_after_v_of_becoming_stays_in_the_title(
    text: str, title: str, grades: list[int]
) -> None:
    got = _event(text)
    assert (got["title"], got["grades"]) == (title, grades), got

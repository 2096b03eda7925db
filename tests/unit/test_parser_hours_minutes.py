"""Clock times written in hours and minutes with «ч.»/«час.» and «мин.» (issue 10, branch
hours26): after «с», «в», «до», on either side of a dash, or after a clock time and a dash
they are the event's clock; after a word of length («продолжительность», «на», «в течение»)
they stay its duration."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-30T10:00")  # a Monday; school zone Kaliningrad
DAY = "2026-12-14T"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Концерт 14 декабря 15 ч. 30 мин. - 17 ч.", "15:30", "17:00"),
        ("Концерт 14 декабря с 15 ч. до 16 ч. 30 мин.", "15:00", "16:30"),
        ("Концерт 14 декабря с 15 ч. 30 мин. до 17 ч. 15 мин.", "15:30", "17:15"),
        ("Концерт 14 декабря 15:30 - 17 ч. 15 мин.", "15:30", "17:15"),
        ("Концерт 14 декабря 15 ч. - 17 ч.", "15:00", "17:00"),
        ("Концерт 14 декабря в 15 ч. 30 мин. – 17 ч. 45 мин.", "15:30", "17:45"),
        ("Лекция 14 декабря с 10 час. 30 мин. до 12 час.", "10:30", "12:00"),
        ("Лекция 14 декабря 10 ч. 30 мин. — 12:00", "10:30", "12:00"),
        ("Лекция 14 декабря в 15:00 до 16 ч. 30 мин.", "15:00", "16:30"),
        ("Лекция 14 декабря от 9 ч. 45 мин. до 11 ч. 20 мин. в актовом зале", "09:45", "11:20"),
    ],
)
def test_hours_and_minutes_as_clock(text: str, start: str, end: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert (got["start"], got["end"]) == (DAY + start, DAY + end)
    assert "end_before_start" not in got.get("doubts", [])


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Лекция 14 декабря в 15:00, продолжительность 2 ч.", "15:00", "17:00"),
        ("Лекция 14 декабря в 15:00 на 3 часа", "15:00", "18:00"),
        ("Лекция 14 декабря в 15:00, в течение 1 ч. 30 мин.", "15:00", "16:30"),
        ("Лекция 14 декабря в 15 ч. 30 мин., продолжительность 1 ч. 15 мин.", "15:30", "16:45"),
        ("Экскурсия 14 декабря в 10 ч., длительность 2 ч. 30 мин.", "10:00", "12:30"),
        ("Лекция 14 декабря в 15:00, продлится 2 ч. 30 мин.", "15:00", "17:30"),
    ],
)
def test_hours_and_minutes_as_duration(text: str, start: str, end: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert (got["start"], got["end"]) == (DAY + start, DAY + end)


@pytest.mark.parametrize(
    "text",
    [
        "Лекция 14 декабря, продолжительность 1 ч. - 1 ч. 30 мин.",
        "Экскурсия 14 декабря, продолжительность 2 ч. - 2 ч. 30 мин.",
    ],
)
def test_a_length_across_a_dash_is_no_clock(text: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["start"] == "2026-12-14"

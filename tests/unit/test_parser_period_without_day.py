"""A chat line with a clock time and a month, week or term but no day is never put on today
or tomorrow: the day is asked (found after the newcomer walk of 2026-11-30: «в январе в
10:00» became tomorrow at 10:00 with nothing asked)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


@pytest.mark.parametrize(
    "text",
    [
        "Экскурсия в январе в 10:00, 7 классы",
        "Лекция в конце декабря в 15:00",
        "Олимпиада на следующей неделе в 10:00",
        "родительское собрание в феврале в 18.30",
        "Концерт после каникул в 12:00",
    ],
)
def test_the_day_is_asked_not_guessed(text: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert got["intent"] == "event"
    assert got["start"] is None


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Встреча в 15:00", "15:00"),
        ("Консультация психолога в 8 вечера для родителей 4В", "20:00"),
    ],
)
def test_a_clock_alone_has_its_day_asked(text: str, clock: str) -> None:
    """A time alone is no day (newcomer walk 2026-12-02o, #9): the draft is doubted
    «no_date», so the day is asked as for a plan's undated row, the clock kept for it."""
    got = intent_to_json(parse_message(text, NOW))
    assert "no_date" in got["doubts"]
    assert got["start"].endswith(clock)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Встреча завтра в 15:00", "2026-12-02T15:00"),
        ("Классный час завтра в 14:00 по теме «Мой март»", "2026-12-02T14:00"),  # quoted
        ("Лекция 15 января в 10:00", "2027-01-15T10:00"),  # a day with its month
        ("Неделя науки: лекция завтра в 15:00", "2026-12-02T15:00"),
    ],
)
def test_a_day_or_no_period_keeps_its_reading(text: str, start: str) -> None:
    assert intent_to_json(parse_message(text, NOW))["start"] == start

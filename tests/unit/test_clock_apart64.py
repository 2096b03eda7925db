"""An all-day draft while a sentence naming no day says «начало в 11.00» (doubt64): the
event has a clock the days read left out, so the time is asked (`clock_apart`), not saved
all day silently. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message
from bot.core.language.start_doubts import clock_apart

NOW = datetime.fromisoformat("2026-12-01T12:00")


def _doubts(text: str) -> list[str]:
    return list(intent_to_json(parse_message(text, NOW))["doubts"] or [])


@pytest.mark.parametrize(
    "text",
    [
        "С 12 по 13 декабря будет проходить первенство района по шахматам среди школьников.\n"
        "Стать участниками смогут все желающие в возрасте до 17 лет.\n"
        "В первенстве сыграют ребята из пяти школ района и гости из соседних городов.\n"
        "Организаторы ждут больше пятидесяти шахматистов.\n"
        "Турнир пройдёт в спортивной школе, начало в 10.00.",
        "С 12 по 13 декабря будет проходить первенство района по шахматам среди школьников.\n"
        "Стать участниками смогут все желающие в возрасте до 17 лет.\n"
        "В первенстве сыграют ребята из пяти школ района и гости из соседних городов.\n"
        "Организаторы ждут больше пятидесяти шахматистов.\n"
        "Турнир пройдёт на базе спортивной школы, старт в 10:30.",
    ],
)
def test_a_bare_start_clock_apart_from_the_days_is_asked(text: str) -> None:
    doubts = _doubts(text)
    assert "clock_apart" in doubts
    assert "clock_apart" in ASKED


@pytest.mark.parametrize(
    "text",
    [
        # the clock is the awards' (a verb with its own subject), not the event's start
        "В пятницу, 12 декабря, пройдёт городской фестиваль робототехники. Команды покажут "
        "своих роботов. Церемония награждения начнётся в 15.00.",
        # the start noun has a complement: another part's start
        "Фестиваль ГТО пройдёт 12 и 13 декабря в манеже. Будут соревнования по бегу и "
        "прыжкам. Старт забега на лыжах — в 10:30.",
    ],
)
def test_a_parts_clock_is_not_the_events(text: str) -> None:
    assert "clock_apart" not in _doubts(text)


def test_a_dated_sentence_holds_its_own_clock() -> None:
    text = "Турнир пройдёт 12 декабря, начало в 10.00."
    assert not clock_apart(text, [(0, len(text))])
    text = "Турнир пройдёт в спортзале, начало в 10.00."
    assert clock_apart(text, [(0, len(text))])

"""Readings behind the misses of tests/data/real_posts_broad28.jsonl at first sight
(tests/data/fresh65.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# A preparatory step said after its clock («В 8:30 будет проведено взвешивание участников»,
# «в 9.40 пройдёт жеребьёвка») is the step's, never the event's start, when the post says
# when the event itself starts, as a step said before its clock («регистрация в 8:30») is.
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "12 апреля состоится первенство района по борьбе. В 8:30 будет проведено"
            " взвешивание участников. В 10:00 начнутся схватки.",
            "2024-04-12T10:00",
        ),
        (
            "Турнир по шахматам пройдёт 13 апреля в доме пионеров. В 9.40 пройдёт жеребьёвка,"
            " в 10.00 начнётся первый тур.",
            "2024-04-13T10:00",
        ),
    ],
)
def test_a_step_after_its_clock_is_no_start(text: str, start: str) -> None:
    assert _parse(text, "2024-04-01T12:00")["start"] == start


def test_a_step_after_its_clock_stays_when_no_start_is_said() -> None:
    """Guard: a gathering may be all the post gives."""
    text = "14 апреля в 9:00 пройдёт сбор участников акции у главного входа школы."
    assert _parse(text, "2024-04-01T12:00")["start"] == "2024-04-14T09:00"


# The dot of a settlement's or a street's abbreviation before its name («мкр. Южный», «пос.
# Лесной», «пгт. Ярега», «просп. Мира») ends no sentence, as «ул. Мира» does not: the past
# verb after the name is the dated sentence's, so a report's day stays this year's.
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("27 апреля в Детской школе искусств мкр. Южный прошел отчетный концерт.", "2024-04-27"),
        ("25 апреля в библиотеке пос. Лесной прошла викторина «Весна».", "2024-04-25"),
        ("26 апреля в доме культуры на просп. Мира прошел смотр строя и песни.", "2024-04-26"),
        ("27 апреля в Доме культуры пгт. Ярега прошел отчетный концерт.", "2024-04-27"),
    ],
)
def test_a_settlement_abbreviation_ends_no_sentence(text: str, start: str) -> None:
    assert _parse(text, "2024-04-29T12:00")["start"] == start

"""parse51 #2: a part of day without a date («ночью», «утром», «днём», «вечером») is the
coming one: said at noon, «ночью» is the night ahead, not the one that has passed, and
«утром» said in the afternoon is tomorrow's morning. A sentence in the past tense («кто
дежурил ночью?», «что было вечером?») tells of the last one."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.when import resolve_when

_NOON = datetime.fromisoformat("2026-12-05T12:00")


def _span(text: str, now: datetime = _NOON) -> tuple[str, str]:
    found = resolve_when(text, now)
    assert found is not None
    assert found.start is not None
    assert found.end is not None
    return found.start.isoformat(timespec="minutes"), found.end.isoformat(timespec="minutes")


@pytest.mark.parametrize(
    ("text", "now", "span"),
    [
        ("ночью", "2026-12-05T12:00", ("2026-12-06T00:00", "2026-12-06T04:00")),
        ("что у нас ночью?", "2026-12-05T12:00", ("2026-12-06T00:00", "2026-12-06T04:00")),
        ("утром", "2026-12-05T15:00", ("2026-12-06T04:00", "2026-12-06T12:00")),
        ("днём", "2026-12-05T20:30", ("2026-12-06T12:00", "2026-12-06T19:00")),
        # the part of day still running or ahead stays today's
        ("вечером", "2026-12-05T12:00", ("2026-12-05T18:00", "2026-12-06T00:00")),
        ("утром", "2026-12-05T09:00", ("2026-12-05T04:00", "2026-12-05T12:00")),
        ("ночью", "2026-12-05T02:00", ("2026-12-05T00:00", "2026-12-05T04:00")),
    ],
)
def test_part_of_day_without_a_date_is_the_coming_one(
    text: str, now: str, span: tuple[str, str]
) -> None:
    assert _span(text, datetime.fromisoformat(now)) == span


@pytest.mark.parametrize(
    ("text", "now", "span"),
    [
        ("кто дежурил ночью?", "2026-12-05T12:00", ("2026-12-05T00:00", "2026-12-05T04:00")),
        ("что было утром", "2026-12-05T15:00", ("2026-12-05T04:00", "2026-12-05T12:00")),
        ("что было вечером?", "2026-12-05T12:00", ("2026-12-04T18:00", "2026-12-05T00:00")),
    ],
)
def test_past_tense_tells_of_the_last_one(text: str, now: str, span: tuple[str, str]) -> None:
    assert _span(text, datetime.fromisoformat(now)) == span


def test_a_named_day_keeps_its_part() -> None:
    assert _span("завтра ночью") == ("2026-12-06T00:00", "2026-12-06T04:00")
    assert _span("сегодня утром", datetime.fromisoformat("2026-12-05T15:00")) == (
        "2026-12-05T04:00",
        "2026-12-05T12:00",
    )


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Сбор 12 декабря утром в 7 у школы", "2026-12-12T07:00"),
        ("Выезд 12 декабря ночью в 3 часа от гимназии", "2026-12-12T03:00"),
        ("Утром в 8 зарядка на стадионе 14 декабря", "2026-12-14T08:00"),
        # a part of day away from the clock times another item, not this hour
        ("Экскурсия 14 декабря: утром завтрак, отъезд в 5 от школы", "2026-12-14T17:00"),
        ("Вечер встречи 12 декабря вечером в 7", "2026-12-12T19:00"),
    ],
)
def test_post_clock_beside_a_morning_word_is_before_noon(text: str, start: str) -> None:
    got = intent_to_json(parse_message(text, _NOON))
    assert got["start"] == start

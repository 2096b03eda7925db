"""A night («в ночь на 20 декабря», «в ночь с 31 декабря на 1 января») runs from an evening
to the next morning. A clock after midnight (00:00–05:59) falls on the morning's date, an
evening clock on the evening's (fixparse48b, review48 finding 3)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = "2026-12-05T09:00"


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, datetime.fromisoformat(NOW)))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # review48's inputs
        (
            "Новогодняя ночь в лагере: в ночь с 31 декабря на 1 января в 00:00 — салют.",
            "2027-01-01T00:00",
        ),
        ("Акция пройдёт в ночь на 20 декабря в 2:00.", "2026-12-20T02:00"),
        (
            "Наблюдение за звёздами пройдёт в ночь на 20 декабря, начало в 1:30.",
            "2026-12-20T01:30",
        ),
        # sentences of our own
        (
            "Дежурство добровольцев у ёлки: в ночь с 12 на 13 декабря, заступаем в 3:00.",
            "2026-12-13T03:00",
        ),
        (
            "В ночь на 15 декабря в обсерватории пройдёт съёмка метеорного потока, старт в 4:30.",
            "2026-12-15T04:30",
        ),
    ],
)
def test_a_clock_after_midnight_is_on_the_mornings_date(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert got["recurrence"] is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Наблюдение за звёздами пройдёт в ночь на 20 декабря, начало в 22:00.",
            "2026-12-19T22:00",
        ),
        (
            "Турнир по шахматам пройдёт в ночь с 12 на 13 декабря в библиотеке, начало в 23:30.",
            "2026-12-12T23:30",
        ),
    ],
)
def test_an_evening_clock_stays_on_the_evenings_date(text: str, start: str) -> None:
    assert _parse(text)["start"] == start


def test_a_night_range_from_evening_to_morning_keeps_both_dates() -> None:
    got = _parse("Акция «Ночь кино» пройдёт в ночь на 20 декабря с 22:00 до 2:00.")
    assert got["start"] == "2026-12-19T22:00"
    assert got["end"] == "2026-12-20T02:00"

"""Readings parse64 added for misreadings review60 and last round's helpers left
(tests/data/parse64.md), each checked on sentences written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-05T12:00")


def _parsed(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now, day_in_period=True))


# 1. the particle «и» before a span's end clock: still the span
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Репетиция хора 12 декабря с 15:00 и по 17:00 в актовом зале",
            "2026-12-12T15:00",
            "2026-12-12T17:00",
        ),
        (
            "Консультация по физике 14 декабря с 10 и по 12 часов",
            "2026-12-14T10:00",
            "2026-12-14T12:00",
        ),
        (
            "Приём документов 9 декабря с 9.30 и по 11.00 в кабинете 5",
            "2026-12-09T09:30",
            "2026-12-09T11:00",
        ),
        (
            "Мастерская открыта 15 декабря с 14:00 и до 16:30",
            "2026-12-15T14:00",
            "2026-12-15T16:30",
        ),
    ],
)
def test_and_before_the_end_clock_keeps_the_span(text: str, start: str, end: str) -> None:
    got = _parsed(text)
    assert (got["start"], got["end"]) == (start, end)

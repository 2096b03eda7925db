"""A night («в ночь на 20 декабря», «в ночь с 19 на 20 декабря») with one start clock and no
end is one timed event from that evening, never a daily series over both days (fixparse47,
review47 finding 3)."""

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
        ("Акция «Ночь кино» пройдёт в ночь на 20 декабря, начало в 22:00.", "2026-12-19T22:00"),
        ("В ночь на 20 декабря школа дежурит. Сбор в 21:00.", "2026-12-19T21:00"),
        (
            "Новогодний квест для старшеклассников пройдёт в ночь на 27 декабря в спортзале, "
            "старт в 23:00.",
            "2026-12-26T23:00",
        ),
        (
            "Турнир по настольным играм пройдёт в ночь с 19 на 20 декабря в библиотеке, начало "
            "в 21:30.",
            "2026-12-19T21:30",
        ),
    ],
)
def test_a_night_with_a_start_clock_is_one_event(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert got["recurrence"] is None
    assert got["all_day"] is False

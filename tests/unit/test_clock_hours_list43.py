"""Hours listed after «в» are clocks, never a length (doubts43): «состоится 27 марта в 15 и
19 часов» read «19 часов» as a 19-hour length, whose end the next morning was dropped as a
slip while the doubt `end_before_start` stayed — the bot asked about an end it no longer had.
«продлится 3 часа», «в течение 2 часов» stay lengths.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")


@pytest.mark.parametrize(
    "text",
    [
        "Театрализованное представление «Саша, Саша» состоится 27 марта в 15 и 19 часов.",
        "Экскурсии по центру «Космонавтика» пройдут 12 декабря в 13, 15 и 17 часов.",
        "Спектакль для школьников покажут 14 декабря в 11 или 14 часов.",
    ],
)
def test_listed_hours_are_no_length(text: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert "end_before_start" not in (got["doubts"] or []), got
    assert got["end"] is None


def test_a_length_after_a_clock_stays() -> None:
    got = intent_to_json(parse_message("Квест пройдёт 12 декабря в 15:00 и продлится 3 часа.", NOW))
    assert (got["start"], got["end"]) == ("2026-12-12T15:00", "2026-12-12T18:00")

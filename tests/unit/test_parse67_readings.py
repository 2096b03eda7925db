"""Readings left by fresh66/fresh67 (tests/data/parse67.md), each checked on sentences of our
own, never a tuned post's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# a clock said in number words in any case the preposition governs: the nominative after «в»
# («в восемнадцать часов»), the genitive after «с»/«до», the dative after «к» («к десяти
# часам», «к двум часам»), every «-надцать» included
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Турнир 12 марта в восемнадцать часов.", "2025-03-12T18:00", None),
        ("Сбор команд 12 марта к десяти часам у школы.", "2025-03-12T10:00", None),
        ("Репетиция 12 марта к двум часам дня.", "2025-03-12T14:00", None),
        (
            "Приём 12 марта с тринадцати до семнадцати часов.",
            "2025-03-12T13:00",
            "2025-03-12T17:00",
        ),
        ("Ярмарка пройдёт 12 марта в шестнадцать часов в актовом зале.", "2025-03-12T16:00", None),
    ],
)
def test_a_clock_in_number_words(text: str, start: str, end: str | None) -> None:
    got = _parse(text, "2025-03-01T12:00")
    assert (got["start"], got["end"]) == (start, end)

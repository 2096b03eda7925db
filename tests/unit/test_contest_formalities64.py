"""A contest's programme whose first slot is a formality — the weigh-in, the medical check,
the credentials' commission — on a line opened by its day («12 декабря 08:00-09:00 –
взвешивание»): the start taken from that slot offers the next clock (`several_times`), as a
registration slot does (start_doubts.after_preparation; doubt64). Sentences our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.start_doubts import after_preparation

NOW = datetime.fromisoformat("2026-12-01T12:00")
AT_8 = datetime.fromisoformat("2026-12-12T08:00")
AT_10 = datetime.fromisoformat("2026-12-12T10:00")


@pytest.mark.parametrize(
    "slot",
    [
        "08:00-09:00 – медицинский осмотр и взвешивание участников;",
        "08:00-09:00 – взвешивание;",
        "08:00-09:00 – работа мандатной комиссии;",
    ],
)
def test_a_formality_slot_opened_by_its_day_offers_the_next_clock(slot: str) -> None:
    text = f"программа:\n12 декабря {slot}\n10:00 – начало соревнований;\n13:00 – финалы."
    assert after_preparation(text, AT_8) == [AT_10]


def test_a_programme_slot_of_the_event_itself_offers_nothing() -> None:
    text = "программа:\n12 декабря 10:00 – начало соревнований;\n13:00 – финалы."
    assert after_preparation(text, AT_10) == []


def test_a_long_post_asks_which_clock() -> None:
    text = (
        "В городе пройдёт открытое первенство по дзюдо среди юношей. 12 и 13 декабря в "
        "спортивном комплексе «Олимп» встретятся спортсмены из десяти городов.\n"
        "Программа:\n"
        "12 декабря 08:00-09:00 – медицинский осмотр, взвешивание участников;\n"
        "10:00 – начало соревнований;\n"
        "11:00 – торжественное открытие.\n"
        "13 декабря 09:00 – финальные поединки."
    )
    got = intent_to_json(parse_message(text, NOW))
    assert got["start"] == "2026-12-12T08:00"  # the weigh-in's clock taken …
    assert "several_times" in (got["doubts"] or [])  # type: ignore[operator]  # … and asked

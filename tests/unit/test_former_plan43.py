"""A day the post gives as a plan that was changed is no rival start (doubts43): «Ранее
планировалось провести гонку 8 февраля, но из-за морозов она состоится позже» under «Лыжня
переносится на 15 февраля» — the old day, offered as another start (`several_dates`), made the
bot ask about a post it read right. A second event's own day is still offered.
"""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")

MOVED = (
    "Районная лыжная гонка переносится\n\n"
    "Районная лыжная гонка «Снежинка» для учащихся 5-11 классов переносится на 15 февраля."
    " Ранее планировалось провести гонку 8 февраля, но из-за сильных морозов она состоится"
    " позже. Старт в парке Победы."
)


def test_the_former_day_is_not_offered() -> None:
    got = intent_to_json(parse_message(MOVED, NOW))
    assert got["start"] == "2027-02-15"
    assert "several_dates" not in (got["doubts"] or []), got["choices"]


def test_another_event_moved_is_still_offered() -> None:
    text = MOVED.replace(
        "Ранее планировалось провести гонку 8 февраля, но из-за сильных морозов она состоится"
        " позже.",
        "Эстафета для младших школьников переносится на 22 февраля.",
    )
    got = intent_to_json(parse_message(text, NOW))
    assert "several_dates" in (got["doubts"] or []), (got["start"], got["choices"])

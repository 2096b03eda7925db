"""told_past reads the day's own clause at the day's own position: a relative clause removed
before it must not shift the offsets `_main_clause` compares (review52: «Напомним родителям,
которые спрашивали, что экскурсия прошла 3 декабря.» was read as 3 December of next year)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.told_past import told_in_past

SATURDAY = datetime.fromisoformat("2026-12-05T12:00")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Напомним родителям, которые спрашивали, что экскурсия прошла 3 декабря.", "3 декабря"),
        ("Сообщаем всем, кто интересовался, что концерт состоялся 28 ноября.", "28 ноября"),
    ],
)
def test_the_days_clause_is_found_after_a_removed_relative_clause(text: str, day: str) -> None:
    at = text.index(day)
    assert told_in_past(text, at, at + len(day))


def test_a_report_after_a_relative_clause_keeps_this_years_day() -> None:
    text = "Напомним родителям, которые спрашивали, что экскурсия прошла 3 декабря."
    got = intent_to_json(parse_message(text, SATURDAY))
    assert str(got["start"]).startswith("2026-12-03"), got

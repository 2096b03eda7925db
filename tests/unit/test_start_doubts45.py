"""The later-part doubt narrowed to the start's own day (starts45, issue 10 point 3).

start_elsewhere asks which clock is the event's when the one taken is not the first of the
post's parts. In a programme set out day by day («13 сентября: 12:00 – лекция … 14 сентября:
11:00 и 13:00 – …») the earlier clocks under another day's heading are that day's sessions,
not earlier parts of the start's day: the first clock of the start's day is the start, and
no doubt is raised. Earlier clocks of the same day still raise it
(tests/unit/test_start_doubts44.py: one day only)."""

from __future__ import annotations

from datetime import datetime

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-20T10:00")
HEAD = (
    "Цикл открытых лекций об истории края пройдёт в городской библиотеке\n\n"
    "В городской библиотеке 3 декабря стартует цикл бесплатных лекций о родном крае. "
    "Темы лекций:\n\n"
)


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, NOW))


def test_other_days_clocks_do_not_ask_the_first_days_start() -> None:
    got = _parse(
        HEAD + "3 декабря:\n12:00 – «Город на реке», лектор – краевед.\n\n"
        "4 декабря:\n11:00 и 13:00 – «Крепость и её эпоха» (для детей).\n\n"
        "7 декабря:\n10:00 – «Купцы и ярмарки» (для взрослых).\n"
    )
    assert got["start"] == "2026-12-03T12:00", got
    assert "several_times" not in (got.get("doubts") or []), got

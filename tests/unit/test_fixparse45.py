"""Regressions found by the review of round 45 (/work/wt/review45.md items 3, 4, 5), each
checked with the review's inputs and a sentence of other words (fixparse45)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T10:00")


def _parse(text: str) -> dict:
    return intent_to_json(parse_message(text, NOW))


# review45 #3: a clock in a later clause of the booking sentence («…, спектакль в 18:00»,
# «…, оно начинается в 15:00») is the event's; only a clock of the booking clause is the desk's
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Спектакль «Щелкунчик» 14 декабря в театре. Бронирование билетов возможно на "
            "сайте, спектакль в 18:00.",
            "2026-12-14T18:00",
        ),
        (
            "Мастер-класс по лепке 12 декабря в библиотеке. Приглашаем записаться на занятие, "
            "оно начинается в 15:00.",
            "2026-12-12T15:00",
        ),
        (
            "Экскурсия в краеведческий музей 9 декабря. Записаться можно у классного "
            "руководителя, экскурсия в 11:00.",
            "2026-12-09T11:00",
        ),
    ],
)
def test_the_event_s_clock_after_the_booking_clause_is_kept(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got

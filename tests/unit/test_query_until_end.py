"""A question's «до конца недели / месяца / четверти / года» ends the period asked about
(walk t, 2026-12-02, #8: it was not read, so the list ran on to the end of the plan). The
school's own четверть is tested through the console in
tests/integration/test_school_calendar_questions.py; here the default calendar."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import QueryIntent

NOW = datetime(2026, 12, 19, 12, 0)  # noqa: DTZ001 - a Saturday; the parser takes wall-clock time


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("что до конца недели?", date(2026, 12, 19), date(2026, 12, 20)),
        ("план до конца месяца", date(2026, 12, 19), date(2026, 12, 31)),
        ("что будет после 22 декабря до конца года", date(2026, 12, 23), date(2026, 12, 31)),
        ("мероприятия до конца учебного года", date(2026, 12, 19), date(2027, 5, 26)),
    ],
)
def test_until_the_end_of_a_period(text: str, first: date, last: date) -> None:
    intent = parse_message(text, NOW)
    assert isinstance(intent, QueryIntent), intent
    assert (intent.start, intent.end) == (first, last)


def test_a_question_with_no_end_stays_open() -> None:
    intent = parse_message("что будет после 22 декабря?", NOW)
    assert isinstance(intent, QueryIntent), intent
    assert (intent.start, intent.end) == (date(2026, 12, 23), None)

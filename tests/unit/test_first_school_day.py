"""«в первый учебный день» is the first day of the next term, from the school calendar
(adversarial walk 2026-12-02m, #4): never today."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.school_calendar import current_calendar

NOW = datetime.fromisoformat("2026-12-02T10:00")  # a Wednesday in the 2nd term


def _next_term_start() -> str:
    calendar = current_calendar()
    year = calendar.year_of(NOW.date())
    terms = [*year.terms, *calendar.year_of(year.terms[-1].end.replace(month=9, day=1)).terms]
    return next(t.start for t in terms if t.start > NOW.date()).isoformat()


@pytest.mark.parametrize(
    "text",
    [
        "Концерт в первый учебный день в 13:00, 4Б",
        "Линейка в первый учебный день после каникул в 8:30, 5А",
        "Встреча с ветеранами в первый учебный день после зимних каникул в 11:00, 10В",
    ],
)
def test_the_first_school_day_is_the_next_terms_first_day(text: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert str(got["start"]).startswith(_next_term_start())
    assert "учебный" not in str(got["title"])

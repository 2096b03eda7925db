"""«11.12.2026г.»: the year's abbreviation glued to a dotted date is part of the date, never
a title word (newcomer walk 2026-12-01k, #13: the title was «Лекция г»)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-02T10:00")  # school wall-clock time


@pytest.mark.parametrize(
    ("text", "title", "start"),
    [
        ("Семинар 14.12.2026г. в 16:00, 10 классы", "Семинар", "2026-12-14T16:00"),
        ("Мастер-класс 09.12.2026г в 11:00", "Мастер-класс", "2026-12-09T11:00"),
        ("Викторина 18.12.26г. в 12:30, 6 классы", "Викторина", "2026-12-18T12:30"),
        ("Круглый стол 17.12.2026 г. в 14:00", "Круглый стол", "2026-12-17T14:00"),
    ],
)
def test_the_glued_year_mark_is_no_title_word(text: str, title: str, start: str) -> None:
    found = intent_to_json(parse_message(text, NOW))
    assert (found["title"], found["start"]) == (title, start)


def test_a_word_after_a_date_still_counts() -> None:
    """«г» only as the whole abbreviation: «10.12 город» keeps «город»."""
    found = intent_to_json(parse_message("Встреча 10.12 город Калининград", NOW))
    assert "город" in str(found["title"]) + str(found["venue"])

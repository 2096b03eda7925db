"""A year written after a date that no school plan can mean («2207 года», «2100 г.», «1026
году»: a typo or a year beyond the reader's 1900–2099 window) is asked about, never dropped
so that the date silently falls in this year (suites51 found «1 августа 2100 года» read as
this August)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message

TUESDAY = datetime.fromisoformat("2026-12-01T12:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, TUESDAY))


@pytest.mark.parametrize(
    "text",
    [
        "Экскурсия 15 декабря 2207 года в 10:00",
        "Собрание родителей 18 декабря 1026 года",
        "Олимпиада 1 августа 2100 г.",
        "Лекция 12 марта, 3026 год, в 14:00",
    ],
)
def test_an_unreadable_year_after_a_date_is_asked(text: str) -> None:
    got = _parse(text)
    assert set(got["doubts"]) & ASKED, got  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Экскурсия 15 декабря 2026 года в 10:00", "2026-12-15T10:00"),
        ("Встреча 15 декабря, 1500 участников, в 10:00", "2026-12-15T10:00"),
        ("Турнир 15 декабря 2027 г. в 10:00", "2027-12-15T10:00"),
        ("Концерт 20 декабря 2062г. в 18:00", "2062-12-20T18:00"),
    ],
)
def test_a_readable_year_or_a_count_after_a_date_is_not_asked_for_it(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    assert "impossible_date" not in got["doubts"], got  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "Урок к 4 ноября 1612 года: 4 декабря в 10:00",
        "Лицей открыт 19 октября 1811 года; экскурсия 15 декабря в 10:00",
    ],
)
def test_a_historic_year_is_no_slip(text: str) -> None:
    got = _parse(text)
    assert "impossible_date" not in got["doubts"], got  # type: ignore[operator]

"""The parser never guesses silently: typos, impossible dates, past and reversed times."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json, when_to_json
from bot.core.language.intents import parse_message
from bot.core.language.typos import correct_typos

NOW = datetime.fromisoformat("2026-11-30T10:00")  # a Monday


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "start", "written", "read"),
    [
        ("Лекция 8 декабаря в 15:00", "2026-12-08T15:00", "декабаря", "декабря"),
        ("Лекция 15 дикабря в 15:00", "2026-12-15T15:00", "дикабря", "декабря"),
        ("Концерт 5 декабяр в 12:00", "2026-12-05T12:00", "декабяр", "декабрь"),
        ("Концерт 5 декбря в 12:00", "2026-12-05T12:00", "декбря", "декабря"),
        ("Экскурсия завтро в 10:00", "2026-12-01T10:00", "завтро", "завтра"),
        ("Экскурсия послезавтро в 10:00", "2026-12-02T10:00", "послезавтро", "послезавтра"),
        ("Кружок во второник в 16:00", "2026-12-01T16:00", "второник", "вторник"),
    ],
)
def test_typos_are_corrected_and_reported(text: str, start: str, written: str, read: str) -> None:
    got = _parse(text)
    assert got["start"] == start
    assert "date_typo" in got["doubts"]  # type: ignore[operator]
    assert {"written": written, "read": read} in got["corrections"]  # type: ignore[operator]
    assert written not in str(got["title"])


@pytest.mark.parametrize("word", ["марки", "среди", "мата", "человек", "уроков"])
def test_real_words_are_not_corrected(word: str) -> None:
    assert correct_typos(f"5 {word}")[1] == ()


@pytest.mark.parametrize(
    "text",
    [
        "Концерт 31.11",
        "Концерт 30 февраля",
        "Концерт 29.02.2027",
        "Концерт 30 февраля в 15:00",
        "Концерт 31.11 в 12:00",
    ],
)
def test_impossible_dates_are_never_shifted(text: str) -> None:
    got = _parse(text)
    assert got["start"] is None
    assert "impossible_date" in got["doubts"]  # type: ignore[operator]


@pytest.mark.parametrize("text", ["31.11", "30 февраля", "29.02.2027", "5 мартобря"])
def test_no_impossible_or_unreadable_date_means_today(text: str) -> None:
    got = _parse(text)
    today = NOW.date().isoformat()
    assert today not in (got.get("start") or "")
    assert got.get("from") != today
    assert when_to_json(text, NOW)["start"] is None or text == "5 мартобря"


def test_unreadable_month_is_a_doubt_not_today() -> None:
    got = _parse("Лекция 5 мартобря в 15:00")
    assert "date_typo" in got["doubts"]  # type: ignore[operator]
    assert not str(got["start"] or "").startswith(NOW.date().isoformat())


def test_iso_date_time() -> None:
    assert _parse("Лекция 2026-12-15 15:00")["start"] == "2026-12-15T15:00"
    assert _parse("Лекция 2026-12-15T15:00")["start"] == "2026-12-15T15:00"
    assert _parse("Лекция 2026-12-15")["start"] == "2026-12-15"


def test_past_date_without_year_shows_the_year_and_is_asked() -> None:
    got = _parse("Лекция 20 ноября")
    assert got["start"] == "2027-11-20"
    assert {"other_year", "year_guessed"} <= set(got["doubts"])  # type: ignore[arg-type]


def test_a_january_date_in_the_autumn_is_the_coming_january_without_a_doubt() -> None:
    got = _parse("Квест в музее 10 января в 12:00, 9 классы")
    assert got["start"] == "2027-01-10T12:00"
    assert got["doubts"] == []  # the same school year, long passed this year: no slip


def test_past_time_today_is_a_doubt() -> None:
    got = _parse("Лекция сегодня в 9:00")
    assert got["start"] == "2026-11-30T09:00"
    assert "past" in got["doubts"]  # type: ignore[operator]


def test_end_before_start_is_a_doubt_not_a_long_event() -> None:
    got = _parse("Лекция завтра с 15 до 14")
    assert got["end"] is None
    assert "end_before_start" in got["doubts"]
    overnight = _parse("Дискотека завтра с 22:00 до 02:00")
    assert overnight["end"] == "2026-12-02T02:00"
    assert overnight["doubts"] == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Выставка с 06.12.2026 по 09.01.2027", "2026-12-06", "2027-01-09"),
        ("Выставка 17.12.2026 - 22.02.2027", "2026-12-17", "2027-02-22"),
        ("Выставка с 06.12.2026 по 09 января 2027 г.", "2026-12-06", "2027-01-09"),
        ("Выставка с 1 декабря 2026 года по 9 января 2027 года", "2026-12-01", "2027-01-09"),
    ],
)
def test_ranges_with_years(text: str, start: str, end: str) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


def test_sunday_spellings() -> None:
    assert _parse("Кружок в воскресение в 12:00")["start"] == "2026-12-06T12:00"
    assert _parse("Кружок в вск в 12:00")["start"] == "2026-12-06T12:00"


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        # a day of this school year's autumn, written after New Year: passed, not next autumn
        ("Осенний квест 15.10 в 15:00", "2027-02-01T10:00", "2027-10-15T15:00"),
        ("Лекция 20 ноября в 15:00", "2027-02-01T10:00", "2027-11-20T15:00"),
        ("Концерт 28.12 в 15:00", "2027-01-11T10:00", "2027-12-28T15:00"),
        ("Лекция 31 декабря в 15:00", "2027-01-01T01:00", "2027-12-31T15:00"),
        ("Линейка 2 сентября", "2027-04-20T10:00", "2027-09-02"),
    ],
)
def test_a_day_passed_this_school_year_is_asked_in_every_month(
    text: str, now: str, start: str
) -> None:
    got = intent_to_json(parse_message(text, datetime.fromisoformat(now)))
    assert got["start"] == start
    assert {"other_year", "year_guessed"} <= set(got["doubts"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        ("Лекция 10 марта в 15:00", "2027-02-01T10:00", "2027-03-10T15:00"),  # still ahead
        ("Осенний квест 15.10 в 15:00", "2027-07-01T10:00", "2027-10-15T15:00"),  # summer plan
        ("Линейка 1 сентября в 9:00", "2027-08-28T10:00", "2027-09-01T09:00"),  # days ahead
    ],
)
def test_a_day_of_the_planned_school_year_is_not_asked(text: str, now: str, start: str) -> None:
    got = intent_to_json(parse_message(text, datetime.fromisoformat(now)))
    assert got["start"] == start
    assert got["doubts"] == []

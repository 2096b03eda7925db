"""Round 51 findings (issue 10): «до <date>» after a verb of running is the event's last day,
not its start; a person noun made from a place («библиотекарь», «музейщик») is not the place;
a list of days sharing one month («26, 27 и 28 сентября») is read whole. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.post_dates import DATE_ANY, days_of, first_day_of

NOW = datetime.fromisoformat("2026-09-15T10:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    "text",
    [
        "Выставка работает до 4 октября",
        "Выставка продлится до 4 октября",
        "Экспозиция открыта до 4 октября в Доме культуры",
        "Фотовыставка проходит до 4 октября",
        "Ярмарка будет работать до 4 октября",
    ],
)
def test_running_until_a_day_is_not_a_start_on_it(text: str) -> None:
    got = _parse(text)
    assert got["start"] != "2026-10-04"  # the last day, never silently the first
    assert got["doubts"]
    draft = parse_message(text, NOW).draft  # type: ignore[union-attr]
    assert draft.span == (date(2026, 9, 15), date(2026, 10, 4))


def test_open_daily_hours_until_a_day_run_to_it() -> None:
    got = _parse("Выставка работает до 4 октября с 10:00 до 18:00")
    assert got["start"] == "2026-09-15T10:00"
    assert got["end"] == "2026-09-15T18:00"
    assert "span_cut" in got["doubts"]  # type: ignore[operator]


def test_an_opening_day_then_until_a_day_is_a_span() -> None:
    got = _parse("Выставка открывается 20 сентября и продлится до 4 октября")
    assert (got["start"], got["end"]) == ("2026-09-20", "2026-10-04")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Библиотекарь провела занятие для 5А 20 октября", "библиотека"),
        ("Медиатекарь проведёт урок в 6Б 20 октября", "медиатека"),
    ],
)
def test_a_person_named_from_a_place_is_no_venue(text: str, wrong: str) -> None:
    assert _parse(text)["venue"] != wrong


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Урок 20 октября в библиотеке для 5А", "библиотека"),
        ("Встреча 20 октября на стадионе", "стадион"),
    ],
)
def test_the_place_itself_stays(text: str, venue: str) -> None:
    assert _parse(text)["venue"] == venue


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("26, 27 и 28 сентября", [26, 27, 28]),
        ("3, 5, 10 и 12 октября", [3, 5, 10, 12]),
        ("5 и 6 октября", [5, 6]),
        ("20 октября", [20]),
    ],
)
def test_a_list_of_days_sharing_a_month_is_read_whole(phrase: str, days: list[int]) -> None:
    text = f"Спектакли пройдут {phrase} в 18:00."
    m = DATE_ANY.search(text)
    assert m is not None
    assert m.group(0) == phrase
    assert first_day_of(m.group(0), NOW) == date(2026, 9 if days[0] > 20 else 10, days[0])
    assert [d.day for d in days_of(m.group(0), NOW)] == days


def test_a_range_is_not_a_list() -> None:
    m = DATE_ANY.search("Смена пройдёт с 24 по 31 октября")
    assert m is not None
    assert m.group(0) == "24 по 31 октября"
    assert days_of(m.group(0), NOW) == [date(2026, 10, 24), date(2026, 10, 31)]

"""A short answer or a move request said in Moscow time (`when.day_and_time` with the school's
zone): the hour, and the day when the hour crosses midnight, are moved to the school's zone."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.when import day_and_time

NOW = datetime.fromisoformat("2026-12-01T10:00")  # the school's naive wall-clock time


@pytest.mark.parametrize(
    ("text", "zone", "day", "start", "end"),
    [
        ("10 декабря в 15:00 мск", "Europe/Kaliningrad", date(2026, 12, 10), time(14), None),
        ("10 декабря в 15:00 мск", "Asia/Novosibirsk", date(2026, 12, 10), time(19), None),
        ("в 15 по московскому времени", "Europe/Moscow", None, time(15), None),
        ("с 10 до 12 (МСК)", "Asia/Yekaterinburg", None, time(12), time(14)),
        ("10 декабря в 00:30 мск", "Europe/Kaliningrad", date(2026, 12, 9), time(23, 30), None),
        ("10 декабря в 23:30 мск", "Asia/Yekaterinburg", date(2026, 12, 11), time(1, 30), None),
        # other ways of saying it (newcomer walk, 2026-11-30 evening)
        ("в 14 по москве", "Asia/Yekaterinburg", None, time(16), None),
        ("в 14 ч. по Москве", "Asia/Yekaterinburg", None, time(16), None),
        (
            "10 декабря в 11 часов по Москве",
            "Europe/Kaliningrad",
            date(2026, 12, 10),
            time(10),
            None,
        ),
        ("в 11.00 (время московское)", "Asia/Novosibirsk", None, time(15), None),
        ("15:00 (по Москве)", "Asia/Yekaterinburg", None, time(17), None),
        ("в 9:30, московское время", "Asia/Yekaterinburg", None, time(11, 30), None),
    ],
)
def test_a_time_in_moscow_time_is_moved(
    text: str, zone: str, day: date | None, start: time, end: time | None
) -> None:
    named = day_and_time(text, NOW, ZoneInfo(zone))
    assert named is not None
    assert (named.day, named.start, named.end) == (day, start, end)


def test_without_moscow_time_nothing_moves() -> None:
    named = day_and_time("10 декабря в 15:00", NOW, ZoneInfo("Asia/Novosibirsk"))
    assert named is not None
    assert (named.day, named.start) == (date(2026, 12, 10), time(15))


def test_a_day_alone_in_moscow_time_keeps_its_day() -> None:
    named = day_and_time("10 декабря по московскому времени", NOW, ZoneInfo("Asia/Omsk"))
    assert named is not None
    assert (named.day, named.start) == (date(2026, 12, 10), None)


@pytest.mark.parametrize(
    "text",
    [
        "экскурсия по Москве 10 декабря в 15:00",
        "10 декабря в 15:00 обзорная экскурсия по Москве",
        "10 декабря в 15:00, 9 классы, прогулка по Москве-реке",
        "10 декабря в 15:00 по Москве-реке на теплоходе",
    ],
)
def test_a_tour_of_moscow_is_not_moscow_time(text: str) -> None:
    """«по Москве» not right after a clock is the place, not the time zone."""
    named = day_and_time(text, NOW, ZoneInfo("Asia/Yekaterinburg"))
    assert named is not None
    assert (named.day, named.start) == (date(2026, 12, 10), time(15))


@pytest.mark.parametrize(
    "text",
    [
        "Конкурс чтецов пройдёт 10 декабря в 15:00. Адрес: г. Омск, ул. Ленина, 12",
        "10 декабря в 15:00 — турнир в Томске",
        "10 декабря в 15:00, гости из Мурманска и Минска",
    ],
)
def test_a_town_ending_in_msk_is_not_moscow_time(text: str) -> None:
    """«МСК» is a word of its own: Омск, Томск, Мурманск, Минск hold the letters, not the zone."""
    named = day_and_time(text, NOW, ZoneInfo("Europe/Kaliningrad"))
    assert named is not None
    assert (named.day, named.start) == (date(2026, 12, 10), time(15))


def test_a_post_from_omsk_keeps_its_clock_and_its_town() -> None:
    text = "Городской конкурс чтецов пройдёт 18 марта в 11:00.\nАдрес: г. Омск, ул. Лермонтова, 12;"
    draft = intent_to_json(parse_message(text, datetime.fromisoformat("2027-03-10T09:00")))
    assert draft["start"] == "2027-03-18T11:00"
    assert "г. О" not in str(draft["title"])

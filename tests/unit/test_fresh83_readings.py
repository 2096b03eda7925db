"""Readings behind misses of tests/data/real_posts_broad44.jsonl at first sight
(tests/data/fresh83.md), each checked on posts of our own, never the set's words."""

from __future__ import annotations

import pytest

from bot.core.language.told_custom import told_as_custom
from tests.title_probe import parsed as _parse

# a school's report of a feast whose only date is the feast's: the day is the feast's, asked
# as a past day when posted after it, the day itself when posted on it
_FEAST_REPORTS = [
    (
        "3 декабря наша страна отмечает День Неизвестного солдата. В школе прошёл митинг, "
        "ребята читали стихи и возложили цветы к обелиску.",
        "2024-12-03T16:00",
        "2024-12-03",
    ),
    (
        "3 декабря отмечается День Неизвестного солдата. Юнармейцы нашего отряда почтили "
        "память павших минутой молчания и возложили цветы к памятнику.",
        "2024-12-05T10:00",
        "2024-12-03",
    ),
    (
        "В России 12 июня празднуют День России. Ученики нашей школы приняли участие в акции "
        "«Окна России» и нарисовали плакаты для класса.",
        "2025-06-13T10:00",
        "2025-06-12",
    ),
    (
        "Ежегодно 1 октября отмечается Международный день пожилых людей. Волонтёры школы "
        "навестили ветеранов педагогического труда и вручили им открытки.",
        "2023-10-02T09:00",
        "2023-10-01",
    ),
]


@pytest.mark.parametrize(("text", "now", "day"), _FEAST_REPORTS)
def test_a_report_of_a_feast_takes_the_feasts_day(text: str, now: str, day: str) -> None:
    got = _parse(text, now)
    assert got["start"] == day, got


# a feast ahead of the post, or one long gone: the report's event was held before it, or is
# history — no day is offered
@pytest.mark.parametrize("now", ["2024-11-20T10:00", "2025-01-30T10:00"])
def test_a_feast_ahead_or_long_gone_gives_no_day(now: str) -> None:
    got = _parse(
        "3 декабря отмечается День Неизвестного солдата. В школе прошёл митинг, ребята "
        "читали стихи и возложили цветы к обелиску.",
        now,
    )
    assert got["start"] is None, got


# the post announces an event: the feast's day is not the report's
def test_a_feast_beside_an_invitation_is_not_taken_as_a_report() -> None:
    got = _parse(
        "3 декабря отмечается День Неизвестного солдата. В школе прошёл митинг. Приглашаем "
        "родителей на концерт хора в актовый зал.",
        "2024-12-04T10:00",
    )
    assert got.get("start") != "2024-12-03", got


# a sentence that observes a feast in the present tells the calendar's custom; a one-off
# celebration or an event ahead does not
@pytest.mark.parametrize(
    ("sentence", "custom"),
    [
        ("3 декабря наша страна отмечает День Неизвестного солдата.", True),
        ("12 июня празднуется День России.", True),
        ("В субботу школа отмечает юбилей директора.", False),
        ("3 декабря школа отметит День Неизвестного солдата.", False),
        ("3 декабря в школе проходит митинг.", False),
    ],
)
def test_observing_a_feast_in_the_present_is_a_custom(sentence: str, custom: bool) -> None:
    assert told_as_custom(sentence, 0) is custom


# a count of hours in words with no preposition, or any count after «за», is a length or a
# lead, never the event's clock
@pytest.mark.parametrize(
    "text",
    [
        "Олимпиада пройдёт 17 января в университете. На теоретический тур отводится пять часов "
        "(четыре часа – время тура для 7-8 классов).",
        "Олимпиада пройдёт 17 января в университете. Время тура — четыре часа.",
        "Олимпиада пройдёт 17 января в университете, сбор участников за два часа до начала.",
        "Олимпиада пройдёт 17 января в университете. Задачи нужно решить за 5 часов.",
    ],
)
def test_a_bare_count_of_hours_is_no_clock(text: str) -> None:
    got = _parse(text, "2018-01-10T10:00")
    assert got["start"] == "2018-01-17", got


# a clock said in words with its preposition, or named as the start, stays a clock
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Олимпиада пройдёт 17 января в университете. Начало в четыре часа.", "2018-01-17T16:00"),
        ("Олимпиада пройдёт 17 января в университете. Начало — десять часов.", "2018-01-17T10:00"),
        ("Олимпиада пройдёт 17 января в университете, начало 10 часов.", "2018-01-17T10:00"),
    ],
)
def test_a_clock_in_words_with_its_preposition_stays(text: str, start: str) -> None:
    got = _parse(text, "2018-01-10T10:00")
    assert got["start"] == start, got


# a street word whose "name" holds a finite verb is a sentence about an area, never a place
@pytest.mark.parametrize(
    "text",
    [
        "20 марта в 11:00 в доме культуры покажут спектакль «Лиса и Медведь». Напомним, в "
        "феврале в здании театра произошёл пожар. Площадь возгорания составила 200 квадратных "
        "метров.",
        "20 марта в 11:00 в парке пройдёт субботник для старшеклассников. Площадь парка "
        "составляет 12 гектаров, работы хватит всем.",
    ],
)
def test_an_area_measured_is_no_street(text: str) -> None:
    got = _parse(text, "2021-03-17T14:00")
    assert "площадь" not in (got.get("venue") or "").lower(), got


# a square named with its house number stays the venue
def test_a_square_with_a_number_stays_the_venue() -> None:
    got = _parse(
        "20 марта в 11:00 пройдёт митинг на площади Победы, 1. Площадь сквера составляет 300 "
        "квадратных метров.",
        "2021-03-17T14:00",
    )
    assert got["venue"] == "площадь Победы, 1", got

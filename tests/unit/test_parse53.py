"""parse53: the last round's reviews' parser leftovers, each read as a general rule.

1. A named place after «в»/«на» is put in the nominative by its head noun, its dependent
   genitive kept («в Парке Победы» → «Парк Победы», not the coat «Парка»; «во Дворце
   культуры железнодорожников» → «Дворец культуры железнодорожников»; «на Площади Ленина»).
2. An apposition after a spaced dash is inflected with its head («в библиотеке — филиале
   № 2» → «Библиотека — филиал № 2»).
3. A slip year written bare after a date («15 декабря 2207») is asked like one with «года»;
   a year past 2099 is never accepted nor dropped silently.
4. «ночью» of a named day, and «в ночь на …», are that day's night or asked, never the day.
5. An impossible clock («в 28:00») raises `impossible_time`, never a start silently.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.doubts import ASKED
from bot.core.language.intents import parse_message

TUESDAY = datetime.fromisoformat("2026-12-01T12:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, TUESDAY))


def _asked(got: dict[str, object]) -> bool:
    return bool(set(got.get("doubts") or []) & ASKED)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Концерт 15 декабря в 18:00 в Парке Победы", "Парк Победы"),
        ("Забег в Парке Дружбы 12 декабря в 11:00", "Парк Дружбы"),
        ("Ёлка 25 декабря в 11:00 во Дворце пионеров", "Дворец пионеров"),
        ("Спектакль 12 декабря в 18:00 в Доме культуры", "Дом культуры"),
        (
            "Концерт 20 декабря в 17:00 во Дворце культуры железнодорожников",
            "Дворец культуры железнодорожников",
        ),
        (
            "Встреча 15 декабря в 18:00 в Доме творчества детей и молодёжи",
            "Дом творчества детей и молодёжи",
        ),
        ("Митинг 9 мая в 10:00 на Площади Ленина", "Площадь Ленина"),
        ("Акция 12 декабря в 12:00 на Площади Победы", "Площадь Победы"),
    ],
)
def test_a_named_place_is_put_in_the_nominative_by_its_head(text: str, venue: str) -> None:
    got = _parse(text)
    assert got["venue"] == venue, got
    assert venue.split()[-1] not in str(got["title"]), got  # the genitive left no trace


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Встреча 10 декабря в 15:00 в библиотеке — филиале № 2", "библиотека — филиал № 2"),
        ("Лекция 11 декабря в 16:00 в музее — филиале «Дом купца»", "музей — филиал «Дом купца»"),
        ("Собрание 14 декабря в 18:00 в школе — интернате № 3", "школа-интернат № 3"),
    ],
)
def test_an_apposition_after_a_dash_is_inflected_with_its_head(text: str, venue: str) -> None:
    got = _parse(text)
    assert str(got["venue"]).lower() == venue.lower(), got
    assert "филиал" not in str(got["title"]), got
    assert "интернат" not in str(got["title"]), got


@pytest.mark.parametrize(
    "text",
    [
        "Экскурсия 15 декабря 2207 в 10:00",
        "Экскурсия 15 декабря 2207, 10:00",
        "Турнир 20 декабря 2100",
        "Концерт 18 декабря 3026.",
        "Поход с 15 по 20 декабря 2207",
        "Ярмарка 15.12.2207 в 10:00",
        "Ярмарка 15/12/2207",
        "Ярмарка 15.12.2207г. в 10:00",
        "Ярмарка 2207-12-15 в 10:00",
    ],
)
def test_a_slip_year_without_a_year_word_is_asked(text: str) -> None:
    got = _parse(text)
    assert "impossible_date" in (got["doubts"] or []), got  # type: ignore[operator]
    assert "2207" not in str(got["title"]), got
    assert "2100" not in str(got["title"]), got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Экскурсия 15 декабря 2026 в 10:00", "2026-12-15T10:00"),
        ("Встреча 15 декабря, 1500 участников, в 10:00", "2026-12-15T10:00"),
        ("Концерт 20 декабря 2062 в 18:00", "2062-12-20T18:00"),
        ("Субботник 12 декабря 2026", "2026-12-12"),
    ],
)
def test_a_readable_year_or_a_count_is_not_asked(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    assert "impossible_date" not in (got["doubts"] or []), got  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "Дискотека в субботу ночью",
        "Наблюдение за звёздами ночью 12 декабря",
        "Ночью 12 декабря пройдёт наблюдение за звёздами",
        "Дискотека в ночь на субботу",
        "Квест в ночь с пятницы на субботу",
        "Наблюдение за звёздами в субботу в ночное время",
    ],
)
def test_a_night_of_a_named_day_is_asked_never_the_day_alone(text: str) -> None:
    got = _parse(text)
    assert got["start"] is not None, got
    assert "T" not in str(got["start"]) or not str(got["start"]).endswith("12:00"), got
    assert _asked(got), got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Дискотека 12 декабря ночью в 11", "2026-12-12T23:00"),
        ("Дискотека в субботу ночью в 2", "2026-12-05T02:00"),
        ("Наблюдение 12 декабря ночью в 10 часов", "2026-12-12T22:00"),
    ],
)
def test_a_bare_hour_at_night_is_a_night_hour(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got


@pytest.mark.parametrize(
    "text",
    [
        "Турнир 9 марта в 28:00",
        "Турнир 9 марта, 25:00",
        "Концерт 12 декабря с 28:00 до 30:00",
        "Концерт 12 декабря в 15:75",
        "Концерт 12 декабря с 10:00 до 28:00",
    ],
)
def test_an_impossible_clock_is_doubted(text: str) -> None:
    got = _parse(text)
    assert "impossible_time" in (got["doubts"] or []), got  # type: ignore[operator]
    assert _asked(got), got
    assert "28" not in str(got["title"]), got
    assert "25" not in str(got["title"]), got


@pytest.mark.parametrize(
    "text",
    [
        "Турнир 9 марта в 18:00",
        "Турнир 9 марта в 24:00",
        "Турнир 9 марта, 28 участников, в 10:00",
        "Эстафета 9 марта, время 10:28, финиш в 12:00",
    ],
)
def test_a_possible_clock_is_not_doubted(text: str) -> None:
    got = _parse(text)
    assert "impossible_time" not in (got["doubts"] or []), got  # type: ignore[operator]

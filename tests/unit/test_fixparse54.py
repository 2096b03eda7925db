"""fixparse54: review53's parser findings (items 1, 3, 4, 6, 9), each read as a general rule.

1. «в ночь (с X) на Y» with an evening clock is the evening before Y; a clock past midnight
   is Y's morning (as the numeric «в ночь на 5 декабря» already is).
3. A numeric slip-year date needs a date's place: not a document's number after «№», not a
   dashed number beside a readable date (a phone, an account), not inside a longer run.
4. «онлайн» as the first half of a hyphenated noun («онлайн-вебинар») is still the venue.
6. An impossible clock that reads as minutes:seconds (a race result «до 28:00», «время:
   25:30») is no doubt when the message writes a possible clock; a range's impossible end
   («с 10:00 до 28:00») and a lone impossible clock still are.
9. A hyphenated head whose second half is an inanimate noun in the accusative is put in the
   nominative («Экскурсию-квест» → «Экскурсия-квест»); a count word before a weekday
   («в два воскресенья») is no title.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

TUESDAY = datetime.fromisoformat("2026-12-01T12:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, TUESDAY))


def _doubts(got: dict[str, object]) -> list[str]:
    return list(got.get("doubts") or [])  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Квест в ночь с пятницы на субботу в 23:00 в школе", "2026-12-04T23:00", None),
        ("Дискотека в ночь на субботу в 22:00 в ДК", "2026-12-04T22:00", None),
        ("Наблюдение звёзд в ночь на субботу в 23:30", "2026-12-04T23:30", None),
        ("Дискотека в ночь на субботу с 22:00 до 02:00", "2026-12-04T22:00", "2026-12-05T02:00"),
        ("Вечеринка в ночь со среды на четверг в 21:00", "2026-12-02T21:00", None),
        ("Дежурство в ночь на воскресенье в 20:00 в лагере", "2026-12-05T20:00", None),
        ("Дискотека в ночь на субботу в 01:00", "2026-12-05T01:00", None),
        ("Квест в ночь с пятницы на субботу в 2:00", "2026-12-05T02:00", None),
        ("Квест в ночь на 5 декабря в 23:00", "2026-12-04T23:00", None),
    ],
)
def test_a_night_into_a_weekday_puts_an_evening_clock_on_the_day_before(
    text: str, start: str, end: str | None
) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    if end is not None:
        assert got["end"] == end, got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Согласно приказу № 15-11-3021 собрание родителей пройдёт 17 декабря в 18:00 "
            "в актовом зале",
            "2026-12-17T18:00",
        ),
        ("Концерт 15 декабря в 18:00, справки: 21-12-3456", "2026-12-15T18:00"),
        ("Счёт 12-03-2500 оплачен, концерт 15 декабря в 18:00", "2026-12-15T18:00"),
        ("Договор №12.03.2500 подписан, ярмарка 16 декабря в 10:00", "2026-12-16T10:00"),
        ("Лекция 18 декабря в 15:00, код заявки 5-10-12-3030", "2026-12-18T15:00"),
        ("Выставка 19 декабря в 12:00, артикул 11-11-2222-7", "2026-12-19T12:00"),
    ],
)
def test_a_document_or_phone_number_is_no_slip_year(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    assert "impossible_date" not in _doubts(got), got


@pytest.mark.parametrize(
    "text",
    [
        "Концерт 15.12.2207 в 18:00",
        "Ярмарка пройдёт 16/12/2100 в 10:00",
        "Собрание 2207-12-15 в 18:00",
        "Концерт 15-12-2207 в 18:00",
    ],
)
def test_a_numeric_date_with_a_slip_year_is_still_asked(text: str) -> None:
    got = _parse(text)
    assert "impossible_date" in _doubts(got), got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("15 декабря в 15:00 — онлайн-вебинар «Нейросети», ссылка придёт позже", None),
        ("Онлайн-встреча с родителями 15 декабря в 18:00", None),
        ("Онлайн-конференция для 9 классов 16 декабря в 14:00", None),
    ],
)
def test_online_as_a_hyphenated_first_half_is_the_venue(text: str, title: str | None) -> None:
    got = _parse(text)
    assert got["venue"] == "онлайн", got


def test_a_school_room_as_a_compound_first_half_is_still_no_room() -> None:
    got = _parse("Встреча 15 декабря в 18:00 в библиотеке-филиале № 2")
    assert got["venue"] != "библиотека", got


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Лыжная гонка для 9Б 12 декабря в 11:00 у школы. Норматив ГТО на 5 км — до 28:00",
            "2026-12-12T11:00",
        ),
        ("Лыжная гонка 12 декабря в 11:00 у школы. Лучшее время: 25:30", "2026-12-12T11:00"),
        ("Кросс 13 декабря в 10:00 на стадионе, результат призёров — до 35:40", "2026-12-13T10:00"),
        ("Забег 14 декабря, старт в 9.30. Контрольное время 45:00", "2026-12-14T09:30"),
    ],
)
def test_a_race_result_beside_a_possible_clock_is_no_doubt(text: str, start: str) -> None:
    got = _parse(text)
    assert got["start"] == start, got
    assert "impossible_time" not in _doubts(got), got


@pytest.mark.parametrize(
    "text",
    [
        "Концерт 12 декабря с 10:00 до 28:00",
        "Концерт 12 декабря 10:00-25:30",
        "Турнир 9 марта в 28:00",
        "Концерт 12 декабря в 15:75, сбор в 14:00",
        "Лыжная гонка 12 декабря, лучшее время: 25:30",
    ],
)
def test_an_impossible_clock_without_a_possible_one_is_still_doubted(text: str) -> None:
    got = _parse(text)
    assert "impossible_time" in _doubts(got), got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Экскурсию-квест «Тайны леса» проведём 15 декабря в 10:00",
            "Экскурсия-квест «Тайны леса»",
        ),
        ("Игру-викторину «Знатоки» проведём 16 декабря в 12:00", "Игра-викторина «Знатоки»"),
        ("Встречу-диалог «Профессии» проведём 17 декабря в 14:00", "Встреча-диалог «Профессии»"),
    ],
)
def test_a_hyphenated_head_in_the_accusative_is_put_in_the_nominative(
    text: str, title: str
) -> None:
    got = _parse(text)
    assert got["title"] == title, got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ёлка в два воскресенья: 13 и 20 декабря в 11:00", "Ёлка"),
        ("Ярмарка в три субботы: 5, 12 и 19 декабря в 10:00", "Ярмарка"),
        ("Субботник в две пятницы, 11 и 18 декабря, в 14:00", "Субботник"),
    ],
)
def test_a_count_of_weekdays_is_no_title(text: str, title: str) -> None:
    got = _parse(text)
    assert got["title"] == title, got

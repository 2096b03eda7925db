"""The event's start among several dates and clocks (eleventh round, starts14). Every case is
written for this file (none is copied from a real-post set); each rule has cases it must not
change:

- a size in millimetres, centimetres or a weight ("от 20 до 300 мм", "около 12 см", "до 15
  кг") is a measure, never a clock, as thousands and distances already were;
- a date with its year opening a line and followed by a comma and the body of a news item
  ("05.12.2026, /ИТАР/ Городской центр …", "04.12.2026, Калуга.") is the item's dateline when
  it is not after the post's own day; a date written month first with the month in the
  nominative ("Суббота, Декабрь 5, 2026") is a site template's header, never the event's day
  (a Russian writer puts the day first and the month in the genitive);
- a sentence saying the event happens «сегодня» / «завтра» with its hours, ahead of a later
  sentence naming another dated activity, is the event's: its day is the post's today or
  tomorrow, and the later date belongs to the other activity.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-12-01T09:00")  # a Tuesday


def _parse(text: str, now: datetime = NOW) -> dict[str, object]:
    return intent_to_json(parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "10 декабря в музее откроется выставка минералов. Посетители увидят кристаллы "
            "размером от 20 до 300 мм и друзы весом до 15 кг.",
            "2026-12-10",
            None,
        ),
        (
            "В библиотеке 10 декабря пройдёт мастер-класс по оригами. Из листа размером около "
            "12 см дети сложат журавлика.",
            "2026-12-10",
            None,
        ),
        # unchanged: the event's own clock stays
        (
            "10 декабря в 15:00 в музее откроется выставка минералов. Посетители увидят "
            "кристаллы размером от 20 до 300 мм.",
            "2026-12-10T15:00",
            None,
        ),
    ],
)
def test_measures_are_not_clocks(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Зимние сборы юных лыжников пройдут в декабре\n\n01.12.2026, /ИТАР/ Городской центр "
            "детского спорта проведёт сборы для школьников.\n\nС 14 по 18 декабря в спортивной "
            "школе пройдут сборы юных лыжников. С 21 по 25 декабря состоятся сборы биатлонистов.",
            "2026-12-14",
            "2026-12-18",
        ),
        (
            "Вторник, Декабрь 1, 2026\nОбщество\n\nКонцерт хора «Радуга» пройдёт 12 декабря в "
            "доме культуры. Приглашаются все желающие, вход свободный.",
            "2026-12-12",
            None,
        ),
        # unchanged: the event's day opening a line, ahead of the post's day, stays the event
        (
            "Приглашаем на концерт хора.\n15.12.2026, в 18:00 концерт пройдёт в доме культуры. "
            "Вход свободный для всех жителей района.",
            "2026-12-15T18:00",
            None,
        ),
    ],
)
def test_page_datelines_are_not_the_event(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Жителей приглашают на акцию «Свет памяти». Она пройдёт сегодня с 16 до 19 часов "
            "в городском сквере. Участники прочтут стихи. Там же 3 декабря с 11 часов пройдёт "
            "возложение венков.",
            "2026-12-01T16:00",
            "2026-12-01T19:00",
        ),
        (
            "Школьников приглашают на турнир по шахматам. Он состоится завтра в 15:00 в "
            "актовом зале гимназии. Награждение победителей пройдёт 10 декабря в 12:00.",
            "2026-12-02T15:00",
            None,
        ),
    ],
)
def test_relative_day_lead_sentence(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "В гимназии 12 и 13 декабря пройдёт день открытых дверей. Прийти можно будет с 10 "
            "до 17 часов в любой из этих дней, экскурсии проведут старшеклассники.",
            "2026-12-12T10:00",
            "2026-12-12T17:00",
        ),
        # the daily hours of a span of days: the span, all day (starts42; was the first day's)
        (
            "С 14 по 16 декабря в библиотеке пройдёт книжная ярмарка. Она открыта во все дни "
            "с 11:00 до 18:00, вход свободный.",
            "2026-12-14",
            "2026-12-16",
        ),
        # unchanged: a programme's slot over several days is no daily hours
        (
            "С 14 по 18 декабря в спортивной школе пройдут сборы юных лыжников. "
            "14:00 – 16:30 – регистрация и размещение участников.",
            "2026-12-14T14:00",
            None,
        ),
    ],
)
def test_daily_hours_of_several_days(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Турнир по мини-футболу переносится с 5-6 на 19-20 декабря. Это связано с ремонтом "
            "спортивного зала гимназии.",
            "2026-12-19",
            "2026-12-20",
        ),
        (
            "Лыжные сборы переносятся с 7-8 декабря на 14-15 декабря из-за оттепели.",
            "2026-12-14",
            "2026-12-15",
        ),
        # unchanged: single days
        ("Турнир по мини-футболу переносится с 5 на 12 декабря.", "2026-12-12", None),
    ],
)
def test_moved_pairs_of_days(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)

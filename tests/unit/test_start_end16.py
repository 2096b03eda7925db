"""The event's start and end among several dates and clocks (thirteenth round, starts16).
Every case is written for this file (none is copied from a real-post set); each rule has
cases it must not change:

- a date right after the negation «не» («пройдёт не 25 декабря», «не 12 декабря, а 19
  декабря») is the day the event is said not to be on («не позднее 10 декабря» is a bound);
- a line holding nothing but a clock and «сегодня» / «вчера», the clock first or the word with
  a comma («08:19 Сегодня», «Вчера, 14:05»), not after the post's own moment, is a news feed's
  stamp of the item («Сегодня в 18:00» on its line is the event's time);
- an English site template's labels before a date and a clock («Posted 30 ноября 2026,, 04:12»,
  «Modified …») mark the item's stamp, as «Опубликовано» does;
- «на N минут» after a verb of change («может быть увеличена на 30 минут», «сдвигается на
  час») is the amount of a change, never the event's length («на 2 часа» alone still is);
- «будет проходить до 20 декабря» says the last day the event runs, as «будет проводиться до»
  already did: never its start;
- a sentence saying pupils are back at their desks («в этот день школьники вновь сядут за
  парты») gives the day after the holidays, a side matter like «следующая встреча»: the
  holidays' own span is the post's event;
- a span from midnight to midnight on one line («19.12.2026 00:00 — 19.12.2026 00:00») is a
  site template's event without hours: its day stays, its clocks are no clock.
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
            "В этом году ёлка пройдёт не 25 декабря. Это связано с ремонтом актового зала "
            "школы. Праздник проведут 26 декабря в спортзале.",
            "2026-12-26",
            None,
        ),
        # unchanged: the day after «а» was already the event's
        (
            "Уважаемые родители! Концерт хора пройдёт не 12 декабря, а 19 декабря в актовом "
            "зале школы. Приглашаем всех желающих.",
            "2026-12-19",
            None,
        ),
        # unchanged: «не позднее» is a bound, read as the deadline
        (
            "Заявки на участие принимаются не позднее 10 декабря. Конкурс чтецов пройдёт 18 "
            "декабря в библиотеке школы, начало в 15:00.",
            "2026-12-18T15:00",
            None,
        ),
    ],
)
def test_a_negated_date_is_not_the_event_day(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Декада чтения пройдёт с 24 декабря по 6 января в библиотеках города. Читателей "
            "ждут встречи с писателями и викторины.\n\n08:19 Сегодня\n\nДругие новости",
            "2026-12-24",
            "2027-01-06",
        ),
        (
            "Декада чтения пройдёт с 24 декабря по 6 января в библиотеках города. Читателей "
            "ждут встречи с писателями и викторины.\n\nВчера, 14:05\n\nДругие новости",
            "2026-12-24",
            "2027-01-06",
        ),
        # unchanged: the event's time written the way a person writes it
        (
            "Концерт хора пройдёт в актовом зале школы. Приглашаем всех родителей и учеников."
            "\nСегодня в 18:00\nВход свободный.",
            "2026-12-01T18:00",
            None,
        ),
    ],
)
def test_a_feed_clock_with_today_is_a_stamp(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


def test_english_template_labels_mark_a_stamp() -> None:
    got = _parse(
        "Posted 30 ноября 2026,, 04:12\n\nModified 1 декабря 2026,, 08:23\n\nКонкурс снежных "
        "скульптур пройдёт 5 декабря в 13.30 в городском парке. Участвуют команды школ района."
    )
    assert (got["start"], got["end"]) == ("2026-12-05T13:30", None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Собеседование начинается 11 декабря в 9:00. Для некоторых участников "
            "продолжительность может быть увеличена на 30 минут.",
            "2026-12-11T09:00",
            None,
        ),
        ("Начало концерта 5 декабря сдвигается на час: в 19:00.", "2026-12-05T19:00", None),
        # unchanged: a length said with «на»
        ("Лекция 5 декабря в 15:00 на 2 часа", "2026-12-05T15:00", "2026-12-05T17:00"),
        ("Экскурсия 5 декабря в 10:00 на 1 час 30 минут", "2026-12-05T10:00", "2026-12-05T11:30"),
    ],
)
def test_a_change_by_minutes_is_no_length(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Турнир по шахматам\n19.12.2026 00:00 — 19.12.2026 00:00\nПриглашаем учащихся 5-9 "
            "классов на городской турнир по шахматам. Регистрация на месте.",
            "2026-12-19",
            None,
        ),
        # unchanged: an evening that ends at midnight
        (
            "Новогодняя дискотека\n31 декабря с 20:00 до 00:00\nПриглашаем учащихся 9-11 "
            "классов в актовый зал школы на праздник.",
            "2026-12-31T20:00",
            "2027-01-01T00:00",
        ),
    ],
)
def test_a_midnight_to_midnight_span_has_no_clock(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the span's last day after its onset: the event runs from one to the other
        (
            "Городская выставка рисунков открылась 1 декабря в холле школы. Она будет проходить "
            "до 20 декабря, приглашаем всех.",
            "2026-12-01",
            "2026-12-20",
        ),
        # only the last day written: no start is guessed (the bot asks), never that last day
        (
            "В течение недели в школах города будут проходить соревнования по баскетболу. "
            "Соревнования будут проходить до 6 декабря, время проведения – с 10.00 до 18.00.",
            None,
            None,
        ),
        # unchanged: the event's own day and its span
        (
            "В школах города пройдёт первенство по баскетболу среди команд. Игры будут проходить "
            "6 декабря с 10.00 до 18.00 в спортзале школы.",
            "2026-12-06T10:00",
            "2026-12-06T18:00",
        ),
        (
            "В школах города пройдёт первенство по баскетболу среди команд. Игры будут проходить "
            "с 3 по 6 декабря в спортзале школы.",
            "2026-12-03",
            "2026-12-06",
        ),
    ],
)
def test_running_until_a_day_names_its_last_day(
    text: str, start: str | None, end: str | None
) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the return to lessons is the day after the holidays, not the post's event
        (
            "Зимние каникулы у школьников начинаются с 28.12 и продлятся до 11.01. Третья "
            "четверть стартует 12 января, в этот день школьники вновь сядут за парты.",
            "2026-12-28",
            "2027-01-11",
        ),
        # unchanged: an event of its own on the first day back
        (
            "Зимние каникулы в школах района завершатся 11 января. После каникул, 12 января, в "
            "актовом зале пройдёт встреча с писателем. Приглашаем учеников 5–7 классов.",
            "2027-01-12",
            None,
        ),
    ],
)
def test_the_return_to_lessons_is_not_the_event(text: str, start: str, end: str | None) -> None:
    got = _parse(text)
    assert (got["start"], got["end"]) == (start, end)

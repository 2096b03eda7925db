"""Readings behind the misses of tests/data/real_posts_broad17.jsonl at first sight
(tests/data/fresh49.md), each checked in sentences of my own, not the set's posts."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parsed(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# Reading: «на сегодняшний день» and «по сегодняшний день» mean "as of now" and "to this
# day" — a status of the writing, never the event's day; the day the post names stays its
# start.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "В следующую пятницу в 15:00 в спортзале пройдёт турнир по волейболу. На "
            "сегодняшний день записались шесть команд.",
            "2024-03-12T09:00",
            "2024-03-22T15:00",
        ),
        (
            "В субботу в 11:00 ученики 5 класса поедут на экскурсию в старую мельницу. Она "
            "работает по сегодняшний день и мелет муку для пекарни.",
            "2024-04-10T09:00",
            "2024-04-13T11:00",
        ),
        (
            "В четверг, 14 ноября, в библиотеке состоится встреча с краеведом. На сегодняшний "
            "день свободных мест осталось немного.",
            "2024-11-11T09:00",
            "2024-11-14",
        ),
    ],
)
def test_as_of_today_is_no_day(text: str, now: str, start: str) -> None:
    got = _parsed(text, now)
    assert got["start"] == start


# Reading: a number before a noun phrase in the genitive — adjectives agreeing with it before
# the noun («около 20 сборных команд», «около 15 исследовательских работ», «в 12 сельских
# школ») — counts that noun, as a bare noun after it is counted («около 20 работ»): never an
# hour of the day.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Турнир по мини-футболу начнётся 12 марта в спорткомплексе «Юность». Заявки "
            "прислали около 20 дворовых команд.",
            "2024-03-01T09:00",
            "2024-03-12",
        ),
        (
            "Конференция юных краеведов пройдёт 5 апреля в районной библиотеке. Жюри "
            "рассмотрит около 15 исследовательских работ школьников.",
            "2024-03-20T09:00",
            "2024-04-05",
        ),
        (
            "Выставка откроется 3 февраля в музее. В ней участвуют ученики из 12 сельских "
            "школ района.",
            "2024-01-25T09:00",
            "2024-02-03",
        ),
    ],
)
def test_counted_noun_phrase_is_no_hour(text: str, now: str, start: str) -> None:
    got = _parsed(text, now)
    assert got["start"] == start


@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        ("Концерт 12 марта, начало около 18 часов.", "2024-03-01T09:00", "2024-03-12T18:00"),
        ("Встреча 12 марта в 7 вечера в актовом зале.", "2024-03-01T09:00", "2024-03-12T19:00"),
    ],
)
def test_hour_phrases_stay_hours(text: str, now: str, start: str) -> None:
    got = _parsed(text, now)
    assert got["start"] == start


# Reading: a news item's headline may end with the day it was put up («… приглашает на
# праздник 12.03.2024»): a numeric date with its year closing the post's first line after the
# headline's words, not after the post's own day, while the text below names the event's day,
# is the item's stamp, never the event's day.
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "Дом детского творчества приглашает школьников на весенний кросс 12.03.2024\n\n"
            "30 марта 2024 года в парке Победы состоится весенний легкоатлетический кросс. "
            "Участвуют школьники 5–11 классов.",
            "2024-03-12T14:00",
            "2024-03-30",
        ),
        (
            "Городская библиотека зовёт юных читателей на литературную игру 02.10.2023\n"
            "Игра «Знатоки сказок» пройдёт 14 октября в читальном зале.",
            "2023-10-03T09:00",
            "2023-10-14",
        ),
    ],
)
def test_headline_closing_date_is_a_stamp(text: str, now: str, start: str) -> None:
    got = _parsed(text, now)
    assert got["start"] == start


# ...while a headline's date ahead of the post is the event's own day
def test_headline_date_ahead_stays_the_day() -> None:
    got = _parsed(
        "Весенний кросс для школьников 30.03.2024\nСбор участников у входа в парк в 10:00.",
        "2024-03-12T14:00",
    )
    assert got["start"] == "2024-03-30T10:00"


# Reading: a place phrase opens at its own preposition — the words before the place noun
# («в старом парке») never hold another preposition: in «в полдень в Доме культуры» the
# place is «в Доме культуры» and «в полдень» stays the clock.
@pytest.mark.parametrize(
    ("text", "now", "start", "venue"),
    [
        (
            "Встреча с детским писателем состоится 14 марта в полдень в Доме культуры.",
            "2024-03-01T09:00",
            "2024-03-14T12:00",
            "культуры",
        ),
        (
            "Праздник двора пройдёт 8 июня в полдень в парке у пруда.",
            "2024-06-01T09:00",
            "2024-06-08T12:00",
            "парк",
        ),
    ],
)
def test_clock_before_place_keeps_its_time(text: str, now: str, start: str, venue: str) -> None:
    got = _parsed(text, now)
    assert got["start"] == start
    assert venue in str(got["venue"]).lower()

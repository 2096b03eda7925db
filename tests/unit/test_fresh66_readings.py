"""Readings behind the misses of tests/data/real_posts_broad29.jsonl at first sight
(tests/data/fresh66.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# A run told begun on a day just gone by (a verb of beginning in the past tense: «стартовал»,
# «началась», «открылась») and going on to a later day («продлится до …», «закончится …») began
# this year, not a year ahead.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Конкурс чтецов среди учеников младших классов стартовал в нашей школе 3 марта."
            " Он продлится до 24 марта. Участвовать могут все желающие.",
            "2023-03-03",
            "2023-03-24",
        ),
        (
            "Неделя математики началась в лицее 6 марта. Закончится неделя 17 марта"
            " награждением победителей. Ребят ждут викторины и турниры.",
            "2023-03-06",
            "2023-03-17",
        ),
    ],
)
def test_a_run_begun_days_ago_began_this_year(text: str, start: str, end: str) -> None:
    got = _parse(text, "2023-03-07T12:00")
    assert (got["start"], got["end"]) == (start, end)


def test_a_run_to_begin_keeps_its_coming_day() -> None:
    text = (
        "Конкурс чтецов среди учеников младших классов стартует в нашей школе 3 марта."
        " Он продлится до 24 марта. Участвовать могут все желающие."
    )
    assert _parse(text, "2023-03-07T12:00")["start"] == "2024-03-03"


def test_a_run_begun_days_ago_is_asked_as_begun_not_as_another_year() -> None:
    text = (
        "Конкурс чтецов среди учеников младших классов стартовал в нашей школе 3 марта."
        " Он продлится до 24 марта. Участвовать могут все желающие."
    )
    doubts = set(_parse(text, "2023-03-07T12:00").get("doubts") or [])
    assert not doubts & {"other_year", "year_guessed"}


# An end told in its own sentence by a verb of ending («Завершится олимпиада …», «закончится
# фестиваль …») after a start told by a verb of opening in the future («откроется 7 апреля»):
# the event's last day, a few words (a named day, a dash) between the verb and the date.
@pytest.mark.parametrize(
    "text",
    [
        "Олимпиада школьников по химии откроется в Казани 7 апреля. Завершится олимпиада"
        " 12 апреля торжественным награждением в актовом зале университета.",
        "Фестиваль детского кино откроется в городском кинотеатре 7 апреля. Закончится"
        " фестиваль в день рождения города - 12 апреля, показом фильмов-победителей.",
    ],
)
def test_an_end_told_by_its_own_verb(text: str) -> None:
    got = _parse(text, "2024-04-01T12:00")
    assert (got["start"], got["end"]) == ("2024-04-07", "2024-04-12")


_FILLER = (
    " По предварительным данным, в состязании примут участие около двухсот школьников из"
    " разных городов страны, сообщили в министерстве образования республики, а гостей"
    " разместят в общежитиях университета и в гостинице на набережной."
)


def test_an_end_naming_the_event_begun_far_before() -> None:
    text = (
        "Олимпиада школьников по химии откроется в Казани 7 апреля." + _FILLER + " Завершится"
        " олимпиада в день космонавтики - 12 апреля."
    )
    got = _parse(text, "2024-04-01T12:00")
    assert (got["start"], got["end"]) == ("2024-04-07", "2024-04-12")


def test_an_end_of_something_else_far_after_is_no_end() -> None:
    text = (
        "Олимпиада школьников по химии откроется в Казани 7 апреля." + _FILLER + " Завершится"
        " ремонт спортивного зала 20 апреля."
    )
    assert _parse(text, "2024-04-01T12:00")["end"] is None


# One lower-case word in quotes («зависнуть», «почитать») is a word used loosely, never the
# event's name, even when the post names no kind of event to take instead.
@pytest.mark.parametrize("word", ["«зависнуть»", "«почитать»"])
def test_a_loosely_quoted_word_is_no_title(word: str) -> None:
    text = (
        f"В детской библиотеке на каникулах прибавилось желающих {word} на абонементе. На"
        " творческую мастерскую 1 ноября пришли младшие школьники со своими родителями."
    )
    assert _parse(text, "2022-11-07T10:00")["title"] != word


def test_a_one_word_name_in_quotes_stays_the_title() -> None:
    text = (
        "В детской библиотеке на каникулах прибавилось желающих прийти в клуб «Лукоморье». На"
        " встречу 1 ноября пришли младшие школьники со своими родителями."
    )
    assert "Лукоморье" in str(_parse(text, "2022-11-07T10:00")["title"])


# A past plural of a verb of motion that pymorphy3 reads as likely an imperative of another
# verb («пришли»: прийти / прислать, «зашли»: зайти / заслать, «нашли»: найти / наслать) tells
# a report: the day just gone is this year's, not a year ahead.
@pytest.mark.parametrize("verb", ["пришли", "зашли"])
def test_a_past_plural_read_also_as_an_imperative_tells_a_report(verb: str) -> None:
    text = (
        f"На осенних каникулах в детской библиотеке было шумно. На творческое занятие 1 ноября"
        f" {verb} младшие школьники вместе с родителями и мастерили поделки из листьев."
    )
    got = _parse(text, "2022-11-07T10:00")
    assert got["start"] == "2022-11-01"


def test_an_imperative_alone_keeps_the_day_ahead() -> None:
    text = (
        "Дорогие ребята, на осенних каникулах библиотека ждёт вас! Приходи на творческое"
        " занятие 1 ноября вместе с родителями и мастери поделки из листьев."
    )
    assert _parse(text, "2022-11-07T10:00")["start"] == "2023-11-01"


# A line broken inside a sentence (a lower-case word opening the next line after a word) is
# one sentence: a name split by the break («День\nоткрытых дверей») keeps its frozen genitive.
def test_a_name_split_by_a_wrapped_line_keeps_its_form() -> None:
    text = (
        "22 октября девятиклассники школы посетили политехнический техникум во Всероссийский"
        " День\nоткрытых дверей. Побывали в цехах и мастерских, в музее техникума."
    )
    assert "День открытых дверей" in str(_parse(text, "2022-10-25T10:00")["title"])


def test_a_heading_line_before_a_lower_case_line_keeps_its_break() -> None:
    text = (
        "План проведения недели истории\nв гимназии № 5\nС 16 по 21 января пройдут викторины,"
        " конкурс стенгазет и интеллектуальные игры для учеников 5-11 классов."
    )
    assert "недел" in str(_parse(text, "2024-01-10T10:00")["title"]).lower()


# A Latin capital N before a number after a place noun is the number sign («гимназии N 12»,
# typed for «№»): the number names the place.
@pytest.mark.parametrize(("words", "number"), [("гимназии N 12", "12"), ("школе N5", "5")])
def test_a_latin_n_before_a_number_is_the_number_sign(words: str, number: str) -> None:
    text = (
        f"Вчера в {words} состоялось открытие городской олимпиады школьников. На неё прибыли"
        " двести ребят из всех школ района."
    )
    venue = str(_parse(text, "2024-01-18T10:00")["venue"])
    assert venue.endswith(number)

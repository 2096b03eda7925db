"""Readings behind the misses of tests/data/real_posts_broad32.jsonl at first sight
(tests/data/fresh70.md), each checked on sentences of our own, never the set's words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parse(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# «т» after a number is the abbreviated «тонна» (ГОСТ 8.417: «т»), as «кг» is the kilogram: a
# weight, never an hour («около 4 т мусора» is no 16:00).
@pytest.mark.parametrize(
    "text",
    [
        "Субботник пройдет 27 сентября. Школьники соберут около 4 т мусора.",
        "Субботник пройдет 27 сентября, соберём около 3 т бумаги.",
        "Акция пройдет 27 сентября: в прошлый раз сдали 2 т. макулатуры.",
        "27 сентября пройдет сбор вторсырья, цель — до 5 т пластика.",
    ],
)
def test_a_weight_in_tonnes_is_no_clock(text: str) -> None:
    got = _parse(text, "2019-09-20T12:00")
    assert (got["start"], got["end"]) == ("2019-09-27", None)


# what the reading leaves alone: a clock before a word that merely begins with «т»
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Субботник пройдет 27 сентября около 4 часов дня.", "2019-09-27T16:00"),
        ("Субботник пройдет 27 сентября в 10 тоже у школы.", "2019-09-27T10:00"),
        ("Субботник пройдет 27 сентября в 15:00 т. е. после уроков.", "2019-09-27T15:00"),
    ],
)
def test_a_clock_before_other_words_stays(text: str, start: str) -> None:
    assert _parse(text, "2019-09-20T12:00")["start"] == start


# a duration put before its verb («В течение трёх дней … будет проходить слёт»), as Russian word
# order allows an adverbial to open the clause, tells the event's last day as «будет проходить
# в течение трёх дней» does; not when the verb's subject is something else than the event
@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Сегодня в Казани открывается турнир. В течение трёх дней в спортзале будет проходить "
            "турнир по волейболу.",
            "2018-04-22",
        ),
        (
            "Фестиваль откроется сегодня. В течение двух дней на площади пройдут концерты.",
            "2018-04-21",
        ),
        (
            "Сегодня в лицее открывается форум. В течение трёх дней будет проходить регистрация "
            "гостей.",
            None,
        ),
        ("Сегодня открывается выставка. В течение двух дней мы готовили залы.", None),
    ],
)
def test_a_duration_put_before_its_verb_tells_the_end(text: str, end: str | None) -> None:
    got = _parse(text, "2018-04-20T10:00")
    assert (got["start"], got["end"]) == ("2018-04-20", end)


# a day inside a relative clause («…, которая 16 декабря открылась …,») belongs to that clause's
# verb: told there in the past, it is this year's day gone, whatever the main clause's tense
# («работает» of the thing the clause describes); a future verb there keeps the year ahead
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Выставка, которая 16 декабря открылась в музее, работает до конца месяца.",
            "2016-12-16",
        ),
        (
            "В библиотеке, которая 16 декабря открылась после ремонта, проходят мастер-классы.",
            "2016-12-16",
        ),
        (
            "Каток, который 16 декабря откроется в парке, будет работать до марта.",
            "2017-12-16",
        ),
    ],
)
def test_a_day_in_a_relative_clause_takes_its_verbs_tense(text: str, start: str) -> None:
    assert _parse(text, "2016-12-21T12:00")["start"] == start


# the first or last day of a season named (the Russian calendar seasons: summer is June to
# August, autumn September to November, winter December to February, spring March to May):
# «в первый день лета», «в первый летний день» is 1 June, «в последний день зимы» the end of
# February — the coming one, as «в День защиты детей» is; «первый день летней смены» is no
# season's day
@pytest.mark.parametrize(
    ("text", "now", "start"),
    [
        (
            "В первый день лета в школе откроется лагерь «Родничок».",
            "2023-05-25T12:00",
            "2023-06-01",
        ),
        (
            "В первый летний день в парке пройдет праздник для детей.",
            "2023-05-25T12:00",
            "2023-06-01",
        ),
        ("В последний день лета в парке пройдет праздник.", "2023-05-25T12:00", "2023-08-31"),
        ("В первый осенний день в школе пройдет линейка.", "2023-08-25T12:00", "2023-09-01"),
        (
            "В последний день зимы на площади пройдут проводы зимы.",
            "2024-01-25T12:00",
            "2024-02-29",
        ),
        ("В первый день весны в ДК пройдет концерт.", "2023-12-25T12:00", "2024-03-01"),
        ("В первый зимний день в библиотеке пройдет встреча.", "2023-11-25T12:00", "2023-12-01"),
    ],
)
def test_a_seasons_first_or_last_day_is_its_date(text: str, now: str, start: str) -> None:
    assert _parse(text, now)["start"] == start


def test_a_sessions_first_day_is_no_seasons_day() -> None:
    got = _parse("В первый день летней смены 5 июня пройдет линейка.", "2023-05-25T12:00")
    assert got["start"] == "2023-06-05"


# a named day told in the past a few days after it is this year's day gone, as «1 июня в школе
# прошел праздник» is: a report, not next year's day (the rule of told_past.day_gone)
@pytest.mark.parametrize(
    "text",
    [
        "В первый день лета в школе прошел праздник.",
        "В первый летний день в парке состоялся концерт для детей.",
        "В День защиты детей в школе прошел праздник.",
    ],
)
def test_a_named_day_told_in_the_past_is_this_years(text: str) -> None:
    assert _parse(text, "2023-06-05T15:00")["start"] == "2023-06-01"


def test_a_named_day_ahead_after_it_passed_is_next_years() -> None:
    got = _parse("В первый день лета в школе пройдет праздник.", "2023-06-05T15:00")
    assert got["start"] == "2024-06-01"


# the same for a named day's celebration told done («Празднование Дня России прошло в парке»,
# posted three days after 12 June): this year's, not next year's
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Празднование Дня России прошло в парке.", "2023-06-12"),
        ("В рамках празднования Первомая в школе прошел субботник.", "2023-05-01"),
    ],
)
def test_a_celebration_told_done_is_this_years(text: str, start: str) -> None:
    assert _parse(text, "2023-06-15T15:00")["start"] == start


def test_a_celebration_ahead_after_its_day_is_next_years() -> None:
    got = _parse("Празднование Дня России пройдет в парке.", "2023-06-15T15:00")
    assert got["start"] == "2024-06-12"

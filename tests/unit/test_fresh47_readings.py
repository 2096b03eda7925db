"""Readings behind the misses of tests/data/real_posts_broad15.jsonl at first sight
(tests/data/fresh47.md), each checked in sentences of my own, not the set's posts."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parsed(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        (
            "Ярмарка открыла работу в субботу, 6 апреля, сообщили в администрации района. "
            "Покупателей ждут в 11 часов.",
            "2024-04-06T15:00",
            "2024-04-06",
        ),
        (
            "Каток начал работу в пятницу, 1 декабря, рассказали в управлении спорта. "
            "Сеансы катания проходят в 12 часов.",
            "2023-12-01T15:00",
            "2023-12-01",
        ),
        (
            "Библиотека возобновила работу во вторник, 5 марта, сообщили в администрации. "
            "Читателей ждут в 10 часов.",
            "2024-03-05T12:00",
            "2024-03-05",
        ),
    ],
)
def test_a_weekday_in_apposition_with_a_date_goes_with_that_date(
    text: str, now: str, day: str
) -> None:
    # «в субботу, 6 апреля»: the weekday names the date written beside it. When that date is
    # set aside (a report's day, a day gone by), the weekday is the same day and goes with
    # it; read alone it would silently move the event to the same weekday a week later.
    got = _parsed(text, now)
    start = got["start"]
    assert start is None or str(start).startswith(day), start


def test_a_weekday_apposition_reads_its_date_with_the_verb_around_it() -> None:
    # «в субботу, 18 мая, юные художники покажут …, сообщает пресс-служба»: the date between
    # commas is the weekday's; the verb of its day is in the clause after it (a future one:
    # the event's day, not the report's)
    got = _parsed(
        "В городском парке в субботу, 18 мая, юные художники покажут свои работы, сообщает "
        "пресс-служба администрации. Начало в 12:00.",
        "2024-05-16T10:00",
    )
    assert got["start"] == "2024-05-18T12:00", got["start"]
    # «окружающей среды, 4 сентября»: an environment, no weekday beside the date
    got = _parsed(
        "Как рассказали в департаменте охраны окружающей среды, 12 сентября в парке пройдёт "
        "экологическая акция «Чистый берег». Сбор участников в 11 часов у входа.",
        "2024-09-05T10:00",
    )
    assert got["start"] == "2024-09-12T11:00", got["start"]


@pytest.mark.parametrize("pronoun", ["где-то", "где-нибудь", "где-либо"])
def test_an_indefinite_where_is_no_label_of_the_place(pronoun: str) -> None:
    # «где-то», «где-нибудь», «где-либо» are indefinite pronouns (here inside a name), never
    # the label «Где: …» / «Где — …» whose value is the place
    got = _parsed(
        "Все выходные будут праздновать День птиц лекциями и прогулками. 14 марта программа "
        "откроется в 11:00 экскурсией «Кто живёт в дупле?». В 13:00 гости отправятся на "
        f"прогулку «Ответ {pronoun} рядом», посвящённую приметам, связанным с птицами. "
        "В 14:00 пройдёт лекция о перелётах.",
        "2026-03-10T10:00",
    )
    venue = str(got["venue"] or "")
    assert "рядом" not in venue, venue
    assert "посвящ" not in venue, venue


@pytest.mark.parametrize(
    ("text", "district"),
    [
        (
            "Городской субботник пройдёт в Перми. Уборка начнётся 12 мая в Кировском районе "
            "Перми, сообщили в администрации. Волонтёры уберут дворы, скверы и берег реки.",
            "кировский район",
        ),
        (
            "Экологический марафон стартует в Самаре. Первая акция пройдёт 20 апреля в "
            "Октябрьском районе Самары, сообщает пресс-служба. Школьники высадят деревья.",
            "октябрьский район",
        ),
    ],
)
def test_a_district_of_the_town_is_narrower_than_the_town(text: str, district: str) -> None:
    # «в Кировском районе Перми»: a district named with its town in the genitive is where
    # the event is, narrower than the town the headline names («пройдёт в Перми»)
    got = _parsed(text, "2024-04-10T10:00")
    assert district in str(got["venue"] or "").lower(), got["venue"]

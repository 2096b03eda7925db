"""Readings fresh54 added after broad22's first sight (tests/data/fresh54.md), each checked on
sentences written for the test, not on the set's posts."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2024-03-01T12:00")


def _parsed(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "МАУ «ЦДТ» проведет городской конкурс чтецов\n"
            "15 марта в Доме культуры пройдет городской конкурс чтецов.",
            "конкурс чтецов",
        ),
        (
            "ГБУ «Спортивная школа олимпийского резерва» проведёт первенство по плаванию\n"
            "Соревнования пройдут 16 марта в бассейне «Дельфин».",
            "первенство по плаванию",
        ),
        (
            "МБУК «Радуга» проведет онлайн-викторину по истории края\n"
            "Викторина пройдет 20 марта на сайте учреждения.",
            "викторин",
        ),
    ],
)
def test_a_quoted_name_after_a_legal_form_is_the_organisations(text: str, kind: str) -> None:
    """«МАУ «ЦДТ» проведёт конкурс …»: the quoted name after an institution's legal form
    (муниципальное/государственное … учреждение) names the organiser, never the event."""
    title = str(_parsed(text)["title"])
    assert kind in title.lower()
    for name in ("ЦДТ", "Спортивная школа", "Радуга"):
        assert name not in title


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Соревнования пройдут 08 .03.2024 в спортивном зале.", "2024-03-08", None),
        (
            "Весенние каникулы в нашей школе пройдут с 23.03.2024 г. – 31 .03.2024 г.",
            "2024-03-23",
            "2024-03-31",
        ),
        ("Сдать работы нужно до 5 .04.2024, конкурс пройдёт 12.04.2024.", "2024-04-12", None),
    ],
)
def test_a_space_slipped_before_a_dated_days_dot(text: str, start: str, end: str | None) -> None:
    """«08 .03.2024»: a space typed before the dot of a numeric date with its four-digit year
    is a slip, the date read as written without it (the date was lost, a range's end too)."""
    got = _parsed(text)
    assert (got["start"], got["end"]) == (start, end)


def test_a_spaced_dot_without_a_year_stays_unread() -> None:
    """«в 10 .30» has no year: no date is made of a number and a dotted one."""
    got = _parsed("Сбор в 10 .30 у входа, экскурсия 15 марта.")
    assert str(got["start"]).startswith("2024-03-15")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "20 марта - открытый турнир по шашкам для школьников. Место: 5 школа, пр. Мира 14 "
            "(12/04), начало в 11:00, регистрация до 18 марта.",
            "2024-03-20T11:00",
        ),
        (
            "Соревнования по дартсу 23 марта в 10:00. Адрес: ул. Садовая 7(3/1), спортзал.",
            "2024-03-23T10:00",
        ),
    ],
)
def test_a_slashed_pair_in_brackets_after_an_address_number_is_no_date(
    text: str, start: str
) -> None:
    """«пр. Мира 14 (12/04)»: a slashed pair in brackets right after a number is the
    building's number of an address, never 12 April that took the start."""
    assert _parsed(text)["start"] == start


def test_a_slashed_date_in_brackets_after_a_word_is_still_a_date() -> None:
    """«Экскурсия на завод (16/05)»: after a word, the bracketed pair is the day."""
    assert _parsed("Экскурсия на завод (16/05) для 8 классов.")["start"] == "2024-05-16"

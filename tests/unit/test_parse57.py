"""parse57: general misreadings of round 35, each read as a rule. Sentences written for the
test.

1. An institution's legal form before its name («в ФГБОУ ВО «…»», «в ГБОУ ВПО Московском
   …», «в МБУК Центральной библиотеке») is no place: the venue is the name.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

TUESDAY = datetime.fromisoformat("2026-12-01T12:00")


def _parse(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, TUESDAY, day_in_period=True))


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Олимпиада по химии 9 декабря в 11:00 в ФГБОУ ВО «Псковский государственный "
            "университет»",
            "Псковский государственный университет",
        ),
        (
            "Курсы для завучей 10 декабря в 15:00 в ГБОУ ВПО Тверском областном институте",
            "Тверской областной институт",
        ),
        ("Лекция о театре 11 декабря в 13:00 в МБУК Городской библиотеке", "Городская библиотека"),
        (
            "Мастер-класс 14 декабря в 16:00 в УВПО Новгородском техническом институте",
            "Новгородский технический институт",
        ),
    ],
)
def test_a_legal_form_before_an_institutions_name_is_no_place(text: str, venue: str) -> None:
    got = _parse(text)
    assert got.get("venue") == venue, got
    for form in ("ФГБОУ", "ГБОУ", "ВПО", "МБУК", "УВПО"):
        assert form not in str(got.get("title")), got


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Турнир по шашкам 12 декабря в 10:00 в МАОУ СОШ №7", "МАОУ СОШ №7"),
        ("Экскурсия 12 декабря в 10:00 в МГУ", "МГУ"),
    ],
)
def test_an_organisations_own_abbreviation_stays(text: str, venue: str) -> None:
    assert _parse(text).get("venue") == venue


# 4. A chat line's title keeps no word whose own content was read elsewhere: a later sentence
#    or clause left with only the event's placeholder («Мероприятие состоится …») or a
#    detail's label («, время 15:00»), and a room's owner stays with its room («в актовом зале
#    школы» is the venue, never «… школы» in the title).


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Приглашаем на спектакль театральной студии. Мероприятие состоится 15 декабря в 17:00.",
            "Спектакль театральной студии",
        ),
        (
            "Зовём на викторину по истории. Событие пройдёт 16 декабря в 14:00",
            "Викторина по истории",
        ),
        ("Эстафета 17 декабря, время 12:30", "Эстафета"),
        ("Лыжные гонки 18 декабря, дата 18.12, время 10:00", "Лыжные гонки"),
    ],
)
def test_a_placeholder_or_label_left_alone_leaves_the_title(text: str, title: str) -> None:
    assert _parse(text)["title"] == title


@pytest.mark.parametrize(
    ("text", "title", "venue"),
    [
        ("Лекция пройдёт 18.12.2026г. в актовом зале школы.", "Лекция", "актовый зал школы"),
        (
            "Спектакль пройдёт 18.12.2026г. в актовом зале гимназии.",
            "Спектакль",
            "актовый зал гимназии",
        ),
        (
            "Турнир по баскетболу 19 декабря в 11:00 в спортивном зале лицея",
            "Турнир по баскетболу",
            "спортзал лицея",
        ),
    ],
)
def test_a_rooms_owner_stays_with_its_room(text: str, title: str, venue: str) -> None:
    got = _parse(text)
    assert (got["title"], got.get("venue")) == (title, venue), got


def test_a_label_with_its_own_words_stays() -> None:
    assert "Мероприятие" in str(
        _parse("Концерт 12 декабря в 18:00. Мероприятие для всей семьи")["title"]
    )


def test_a_label_inside_a_quoted_name_stays() -> None:
    got = _parse("Квиз «Кино, время, музыка» 12 декабря в 15:00")
    assert "«Кино, время, музыка»" in str(got["title"]), got

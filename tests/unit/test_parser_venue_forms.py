"""Venue forms read by their grammar, not by the wording of one post: a street type after
its adjective name (шоссе, проезд, аллея, набережная, площадь), an abbreviation with a
conjunction's small letter inside ("ЦПКиО", "ДКиТ") and its "им. …", and a capitalised place
phrase before its bracketed address ("на Певческом поле (пр. Дежнева, 1)")."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.place_words import find_address
from bot.core.language.places import find_venue

NOW = datetime.fromisoformat("2026-11-30T12:00")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("по адресу: Алтуфьевское шоссе, дом 97. Вход свободный", "Алтуфьевское шоссе, дом 97"),
        ("Ждём вас на Ленинградском шоссе, д. 5", "Ленинградском шоссе, д. 5"),
        ("Адрес: Театральный проезд, 3", "Театральный проезд, 3"),
        ("Встречаемся: проезд Шокальского, 31", "проезд Шокальского, 31"),
        ("Кленовая аллея, 2 — вход со двора", "Кленовая аллея, 2"),
        ("Дворцовая площадь, 1", "Дворцовая площадь, 1"),
        ("Стартуем у входа: Приморская набережная, 14", "Приморская набережная, 14"),
    ],
)
def test_street_type_after_its_name(text: str, address: str) -> None:
    found = find_address(text)
    assert found is not None
    assert address in found.group(0)


@pytest.mark.parametrize(
    "text",
    [
        "Ребятам 12 лет, новое шоссе 2 года строили.",
        "Новая аллея 3 раза в год закрыта.",
        "Для детей от 7 лет, 25 человек.",
    ],
)
def test_a_count_after_a_street_word_is_no_address(text: str) -> None:
    assert find_address(text) is None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("1 июня в ЦПКиО им. А.С. Щербакова состоится праздник.", "ЦПКиО им. А.С. Щербакова"),
        ("Ярмарка пройдёт 5 декабря в ДКиТ.", "ДКиТ"),
        ("Олимпиада пройдёт 3 декабря в КГТУ.", "КГТУ"),
    ],
)
def test_abbreviations_with_small_letters(text: str, venue: str) -> None:
    assert find_venue(text, None) == venue


@pytest.mark.parametrize(
    ("text", "place", "street"),
    [
        (
            "В субботу на Певческом поле (пр.Дежнева, 1) пройдёт праздник.",
            "Певческое поле",
            "Дежнева",
        ),
        (
            "Субботник пройдёт на Комсомольском острове (ул. Речная, 4).",
            "Комсомольский остров",
            "Речная",
        ),
        ("Игра пройдёт во Дворце пионеров (ул. Мира, 12).", "Дворец пионеров", "Мира"),
    ],
)
def test_a_place_named_before_its_bracketed_address(text: str, place: str, street: str) -> None:
    venue = find_venue(text, None) or ""
    assert place.lower() in venue.lower()
    assert street in venue


def test_a_whole_post_keeps_the_named_place_and_its_address() -> None:
    text = (
        "Библиотека приглашает школьников на встречу с писателем.\n"
        "В библиотеке № 57 пройдёт встреча. Мероприятие состоится 5 декабря в 12:30 "
        "по адресу: Алтуфьевское шоссе, дом 97. Вход свободный."
    )
    venue = intent_to_json(parse_message(text, NOW)).get("venue") or ""
    assert "57" in venue
    assert "Алтуфьевское шоссе" in venue
    assert "12:30" not in venue
    assert "декабр" not in venue

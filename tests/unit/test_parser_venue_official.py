"""Venues written the official way (issue 10, point 5): an institution's full name with its
quoted short name, a run of abbreviations with a number ("МАОУ СОШ №5"), an organisation
before its address, a room with its floor, a hall of a named place ("в выставочном зале
библиотеки …"). A venue never swallows a date, a phone or the floor's brackets. Sentences
written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.places import find_venue

NOW = datetime.fromisoformat("2026-11-30T10:00")


def _venue(text: str) -> object:
    return intent_to_json(parse_message(text, NOW))["venue"]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Лекция пройдёт 14 декабря в 17:00 в Государственном бюджетном профессиональном "
            "образовательном учреждении Калининградской области «Колледж информационных "
            "технологий и строительства» по адресу ул. Театральная, 2.",
            "Колледж информационных технологий и строительства, ул. Театральная, 2",
        ),
        (
            "Семинар состоится 3 марта на базе муниципального автономного учреждения "
            "дополнительного образования «Дом детского творчества» города Пензы. Начало в 10:00.",
            "Дом детского творчества",
        ),
    ],
)
def test_an_institutions_quoted_name_is_the_venue(text: str, venue: str) -> None:
    assert find_venue(text, None) == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Турнир по волейболу в МАОУ СОШ №5 12.12.2026 в 10:00", "МАОУ СОШ №5"),
        ("Смотр строя 23 февраля в 11:00 в МБОУ СОШ № 12", "МБОУ СОШ № 12"),
        (
            "Спектакль в ДК «Октябрь» (ул. Мира, 5, тел. 22-33-44) 14 декабря в 17:00.",
            "ДК «Октябрь», ул. Мира, 5",
        ),
        ("Собрание 14 декабря в 17:00 в актовом зале (3 этаж)", "актовый зал, 3 этаж"),
        ("Репетиция 4 марта в 15:00 в спортзале, 2 этаж", "спортзал, 2 этаж"),
        (
            "КГТУ приглашает на лекцию 7 декабря в 13:00 в актовом зале (2 этаж)",
            "актовый зал КГТУ, 2 этаж",
        ),
        (
            "Выставка работает с 10 по 20 декабря в выставочном зале библиотеки им. А. П. "
            "Чехова, ежедневно с 10:00 до 18:00, 0+.",
            "выставочный зал библиотеки им. А. П. Чехова",
        ),
    ],
)
def test_chat_lines_written_the_official_way(text: str, venue: str) -> None:
    got = str(_venue(text))
    assert got == venue
    for piece in ("12.12", "22-33", "10:00", "0+", "("):
        assert piece not in got

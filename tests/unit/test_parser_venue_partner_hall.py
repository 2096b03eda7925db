"""A partner's post about its own premises (issue 10, point 5): "актовый зал" or
"конференц-зал" in a post where an organisation invites to its building is that
organisation's hall, never the school's; a school's own notice keeps the school's hall.
Sentences written for these tests (institutions not in the corpora)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.place_nouns import partner_host

NOW = datetime.fromisoformat("2026-11-30T10:00")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "БФУ им. И. Канта приглашает школьников на день открытых дверей 6 декабря в 12:00 в "
            "актовом зале главного корпуса (ул. А. Невского, 14).",
            "БФУ",
        ),
        (
            "Областная детская библиотека приглашает ребят на встречу с писателем 10 декабря в "
            "15:00 в конференц-зале.",
            "Областная детская библиотека",
        ),
        (
            "КГТУ приглашает школьников 11 классов на профориентационную встречу 7 декабря в "
            "13:00 в актовом зале.",
            "КГТУ",
        ),
        (
            "Томский политехнический университет проводит 12 декабря в 14:00 олимпиаду по физике."
            " Олимпиада пройдёт в актовом зале.",
            "Томский политехнический университет",
        ),
        (
            "Центр детского творчества «Радуга» приглашает на новогодний концерт 24 декабря в "
            "17:00 в актовом зале. Вход свободный.",
            "Центр детского творчества «Радуга»",
        ),
        (
            "Уральский колледж технологий и предпринимательства приглашает на лекцию 5 декабря в "
            "16:00, актовый зал, 2 этаж.",
            "Уральский колледж технологий и предпринимательства",
        ),
    ],
)
def test_the_partners_hall_names_the_partner(text: str, owner: str) -> None:
    assert partner_host(text) == owner
    venue = str(intent_to_json(parse_message(text, NOW))["venue"])
    assert venue.startswith(("актовый зал", "конференц-зал"))
    assert owner in venue


@pytest.mark.parametrize(
    "text",
    [
        "Уважаемые родители! 18 декабря в 18:00 в актовом зале школы состоится общешкольное "
        "родительское собрание. Явка обязательна.",
        "Концерт к Дню матери 27 ноября в 15:00 в актовом зале",
        "Классный час для 7-х классов 3 декабря в 14:00 в актовом зале, приглашаем родителей.",
    ],
)
def test_the_schools_own_notice_keeps_the_schools_hall(text: str) -> None:
    assert partner_host(text) is None
    venue = str(intent_to_json(parse_message(text, NOW))["venue"])
    assert venue.startswith("актовый зал")
    assert "," not in venue

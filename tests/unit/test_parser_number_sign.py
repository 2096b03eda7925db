"""A number sign and its number are one name (leftovers26, from walkfix26's found and left):
«… в гимназии №1, 9-11 классы» was title «… в гимназии №» with «1» read as a grade, because
the grade list «1, 9-11 классы» began at the number of «№1»."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message

NOW = datetime.fromisoformat("2026-11-30T10:00")


@pytest.mark.parametrize(
    ("text", "venue", "title", "grades"),
    [
        (
            "Олимпиада по истории 5 декабря в 12:00 в гимназии №1, 9-11 классы",
            "гимназия №1",
            "Олимпиада по истории",
            [9, 10, 11],
        ),
        (
            "Викторина 5 декабря в 12:00 в гимназии № 2, 5, 6 классы",
            "гимназия № 2",
            "Викторина",
            [5, 6],
        ),
        ("Концерт 5 декабря в 15:00 в школе № 5, 7-9 классы", "школа № 5", "Концерт", [7, 8, 9]),
        ("Спектакль 5 декабря в 15:00 в школе №3, 7-х классов", "школа №3", "Спектакль", [7]),
        ("Собрание 5 декабря в 15:00, кабинет № 214, 8 класс", "каб. 214", "Собрание", [8]),
    ],
)
def test_a_numbered_place_keeps_its_number(
    text: str, venue: str, title: str, grades: list[int]
) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert (got["venue"], got["title"], got["grades"]) == (venue, title, grades)


@pytest.mark.parametrize(
    ("text", "venue", "title"),
    [
        ("Конференция 5 декабря в 15:00 в СОШ №12", "СОШ №12", "Конференция в СОШ №12"),
        ("Семинар 5 декабря в 15:00 в СОШ № 7, 8-11 классы", "СОШ № 7", "Семинар в СОШ № 7"),
        ("Турнир 5 декабря в 15:00 в лицее №1 им. Канта", "лицей №1 им. Канта", "Турнир"),
        (
            "Турнир 5 декабря в 15:00 в гимназии №1 имени Канта, 5-7 классы",
            "гимназия №1 имени Канта",
            "Турнир",
        ),
        (
            "Лекция 5 декабря в 15:00 в лицее № 2 им. А. С. Пушкина",
            "лицей № 2 им. А. С. Пушкина",
            "Лекция",
        ),
    ],
)
def test_a_school_abbreviation_or_name_keeps_its_number(text: str, venue: str, title: str) -> None:
    """«в СОШ №12» was venue «СОШ»; «в лицее №1 им. Канта» was title «Турнир им. Канта»."""
    got = intent_to_json(parse_message(text, NOW))
    assert (got["venue"], got["title"]) == (venue, title)

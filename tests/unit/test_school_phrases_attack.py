"""Attacks on the school phrase (bot.core.language.schools): forms a methodist writes, and
words that look like a school phrase but are not one. A wrong reading here files an event
in the wrong schools or mangles its date, so each case checks what would be stored."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.dialog import Dialog
from bot.core.language.meaning import AddEvents, AddForSchools
from bot.core.language.schools import for_schools
from bot.core.language.understand import understand

NOW = datetime.fromisoformat("2026-11-30T12:00")


def named(text: str) -> list[tuple[str | None, str | None]]:
    found = for_schools(text)
    assert found is not None, text
    return [(m.kind, m.number) for m in found[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Лекция 15 декабря в 15:00 для учеников гимназии №32 и лицея №23",
            [("гимназия", "32"), ("лицей", "23")],
        ),
        ("Лекция 15 декабря в 15:00 для учащихся лицея №23", [("лицей", "23")]),
        ("Лекция 15 декабря в 15:00 для МАОУ СОШ №5", [("школа", "5")]),
        ("Лекция 15 декабря в 15:00 для МБОУ гимназии №32", [("гимназия", "32")]),
        ("Лекция 15 декабря в 15:00, для школ №32, №23", [("школа", "32"), ("школа", "23")]),
        ("Лекция 15 декабря в 15:00 для школ №32 и №5", [("школа", "32"), ("школа", "5")]),
    ],
)
def test_more_ways_to_name_the_schools(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected
    found = for_schools(text)
    assert found is not None
    assert "№" not in found[1]  # nothing of the phrase is left for the title


@pytest.mark.parametrize(
    "text",
    [
        "Концерт для школы 15 декабря в 15:00",  # was read as «школа №1» and «5 декабря»
        "Лекция для гимназии 15 декабря в 15:00",
        "Лекция для лицея 23 декабря в 15:00",  # a date, not «лицей №2» and «3 декабря»
        "Лекция для школы 5 классов 15 декабря в 15:00",  # classes, not «школа №5»
        "Концерт в школе №86 15 декабря в 15:00",  # held AT a school
        "Концерт ко дню школы 15 декабря в 15:00",
        "Олимпиада для школьников 15 декабря в 15:00",
        "Олимпиада для 10 школ города 15 декабря в 15:00",
    ],
)
def test_a_date_or_a_venue_is_no_school_phrase(text: str) -> None:
    assert for_schools(text) is None
    intent = understand(text, Dialog(), NOW)
    assert isinstance(intent, AddEvents), intent
    assert intent.drafts[0].start is not None
    assert intent.drafts[0].start.day == (23 if "23 декабря" in text else 15)


def test_a_date_after_the_school_keeps_its_day() -> None:
    intent = understand("Экскурсия для лицея 23, 15 декабря в 15:00", Dialog(), NOW)
    assert isinstance(intent, AddForSchools)
    assert intent.draft.start is not None
    assert (intent.draft.start.day, intent.draft.start.hour) == (15, 15)
    assert intent.draft.title is not None
    assert intent.draft.title.strip(" ,") == intent.draft.title


def test_no_space_is_left_before_a_comma() -> None:
    found = for_schools("Экскурсия для лицея 23, 15 декабря в 15:00")
    assert found is not None
    assert found[1] == "Экскурсия, 15 декабря в 15:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Лекция 15 декабря в 15:00, 10 классы, в гимназию 32 и в лицей 23",
            [("гимназия", "32"), ("лицей", "23")],
        ),
        (
            "Лекция 15 декабря в 15:00, 10 классы, в гимназию №32 и лицей №23",
            [("гимназия", "32"), ("лицей", "23")],
        ),
        (
            "Мастер-класс 3 марта в 10:00 в школу №5, гимназию №32 и лицей №23",
            [("школа", "5"), ("гимназия", "32"), ("лицей", "23")],
        ),
    ],
)
def test_into_two_schools_is_for_them(text: str, expected: list[tuple[str, str]]) -> None:
    """«в гимназию 32 и в лицей 23» (where an event goes): was an event of the sender's
    school alone titled «Лекция, в гимназию 32 и в лицей 23», the others never got it."""
    assert named(text) == expected
    intent = understand(text, Dialog(), NOW)
    assert isinstance(intent, AddForSchools)
    assert intent.draft.title is not None
    assert "32" not in intent.draft.title


@pytest.mark.parametrize(
    "text",
    [
        "Лекция 15 декабря в 15:00 в гимназии №32",  # the venue
        "Лекция 15 декабря в 15:00 в гимназии №32 и лицее №23",  # held at both: venues
        "Экскурсия в лицей №23 15 декабря в 15:00",  # one school: where it goes
    ],
)
def test_at_or_into_one_school_is_no_list_of_schools(text: str) -> None:
    assert for_schools(text) is None

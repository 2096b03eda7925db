"""The spoken-word vocabulary (bot.core.language.spoken) and the short period question
(understanding.plan_questions.period_question): cases written for these tests (walk
2026-12-02r, #4, #16)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.dialog import Dialog
from bot.core.language.commands import SetClassCommand, parse_command
from bot.core.language.meaning import Ask
from bot.core.language.spoken import standard
from bot.core.language.understand import understand

NOW = datetime(2026, 12, 3, 10, 0)  # noqa: DTZ001 - Thursday, naive wall-clock time


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("че на некст неделе", "что на след неделе"),
        ("Чё в некст четверг?", "Что в след четверг?"),
        ("шо есть на выхах", "что есть на выходных"),
        ("а на выхи што будет", "а на выходные что будет"),
        ("седня чо", "сегодня что"),
        ("ой я в 9Б", "я в 9Б"),
        ("Блин, я из 10А", "я из 10А"),
        ("короче запиши меня на 2 плз", "запиши меня на 2 пожалуйста"),
    ],
)
def test_spoken_words_read_as_the_standard_ones(typed: str, read: str) -> None:
    assert standard(typed) == read


@pytest.mark.parametrize(
    "kept",
    [
        "Клуб «Некст» 10 декабря в 15:00",  # a quoted name stays as typed
        "Некст-квиз 10 декабря",  # part of a hyphenated word
        "чехол и шорты",  # a longer word that opens with «че», «шо»
        "ой",  # an opener alone says something of its own
        "Лекция о космосе 9 декабря в 15:00",
    ],
)
def test_other_words_are_kept(kept: str) -> None:
    assert standard(kept) == kept


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("че на некст неделе", date(2026, 12, 7), date(2026, 12, 13)),
        ("на некст неделе", date(2026, 12, 7), date(2026, 12, 13)),
        ("на следующей неделе?", date(2026, 12, 7), date(2026, 12, 13)),
        ("а на след неделе что там", date(2026, 12, 7), date(2026, 12, 13)),
        ("шо есть на выхах", date(2026, 12, 5), date(2026, 12, 6)),
    ],
)
def test_a_spoken_question_about_a_period(text: str, first: date, last: date) -> None:
    intent = understand(text, Dialog(), NOW)
    assert isinstance(intent, Ask), intent
    assert (intent.query.start, intent.query.end) == (first, last)


def test_a_spoken_question_keeps_its_class() -> None:
    intent = understand("на след неделе чо есть для 9б", Dialog(), NOW)
    assert isinstance(intent, Ask), intent
    assert intent.query.audience.classes == frozenset({"9Б"})
    assert intent.query.start == date(2026, 12, 7)


@pytest.mark.parametrize("text", ["ой я в 9Б", "я 9б", "я в 9 б"])
def test_a_class_said_in_passing(text: str) -> None:
    intent = understand(text, Dialog(), NOW)
    assert intent == SetClassCommand("9Б"), intent


def test_a_number_is_no_class() -> None:
    assert parse_command("я 10 минут") is None


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("что на следущей неделе", "что на следующей неделе"),
        ("в следущий вторник что есть?", "в следующий вторник что есть?"),
        ("а в следущую среду", "а в следующую среду"),
        ("что в следущем месяце", "что в следующем месяце"),
        ("Следущий год какой", "Следующий год какой"),
        ("на следущий день", "на следующий день"),
        ("в следущей четверти", "в следующей четверти"),
    ],
)
def test_next_misspelt_before_a_period_is_next(typed: str, read: str) -> None:
    """«следующий» with its «ю» left out gets it back in the period phrase it opens."""
    assert standard(typed) == read


@pytest.mark.parametrize(
    "kept",
    [
        "Квест Следущий уровень 15 декабря в 15:00, 9А",  # a title's word, not a period
        "следущее занятие кружка",
        "следущий шаг",
        "Следущий неделями не приходил",  # «недел-» only as the period's own forms
    ],
)
def test_next_misspelt_before_other_words_is_kept(kept: str) -> None:
    """Before: every «следущ-» became «след», a title's word too (review57, #8)."""
    assert standard(kept) == kept

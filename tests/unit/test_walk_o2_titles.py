"""Titles keep no audience phrase (newcomer walk 2026-12-02o, #16): the writer's own class
(«мой класс», «для моего класса»), the class noun after a lettered class («для 9Б класса»),
a list of lessons («2 и 3 уроком»), «старшая школа» (grades 10–11)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventDraft, EventIntent

NOW = datetime.fromisoformat("2026-12-02T10:00")  # the school's naive wall clock


def _event(text: str) -> EventDraft:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Поход в кино 11 декабря в 14:00, мой класс", "Поход в кино"),
        ("Экскурсия в планетарий 11 декабря в 14:00 для моего класса", "Экскурсия в планетарий"),
        ("Чаепитие с нашим классом 11 декабря в 14:00", "Чаепитие"),
        ("Конкурс «Мой класс» 11 декабря в 14:00", "Конкурс «Мой класс»"),  # a name in quotes
    ],
)
def test_the_writers_own_class_is_no_part_of_the_title(text: str, title: str) -> None:
    assert _event(text).title == title


@pytest.mark.parametrize(
    "text",
    [
        "Беседа 11 декабря в 14:00 для 7В класса",
        "Беседа 11 декабря в 14:00 для 7 «В» класса",
        "Беседа для 7в класса 11 декабря в 14:00",
        "Беседа 11 декабря в 14:00, 7В класс",
    ],
)
def test_the_class_noun_after_a_lettered_class_is_the_audiences(text: str) -> None:
    event = _event(text)
    assert event.title == "Беседа"
    assert event.audience.classes == frozenset({"7В"})


def test_a_class_hour_keeps_its_adjective() -> None:
    event = _event("7В классный час 11 декабря в 14:00")
    assert event.title == "Классный час"
    assert event.audience.classes == frozenset({"7В"})


@pytest.mark.parametrize("lessons", ["4 и 5 уроком", "на 4-5 уроках", "4, 5 урок"])
def test_a_list_of_lessons_is_a_time_not_a_title_word(lessons: str) -> None:
    event = _event(f"Урок памяти 11 декабря {lessons}, 8А")
    assert event.title == "Урок памяти"
    assert "lesson_time" in event.doubts


def test_the_senior_school_is_grades_10_and_11() -> None:
    event = _event("Дебаты для старшей школы 11 декабря в 14:00")
    assert event.title == "Дебаты"
    assert event.audience.grades == frozenset({10, 11})


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Поход в театр 18 декабря (время уточним)", "Поход в театр"),
        ("Поход в театр 18 декабря (время и место уточняются)", "Поход в театр"),
        ("Поход в театр 18 декабря, время будет уточнено", "Поход в театр"),
        ("Поход в театр 18 декабря в 12:00 (место сообщим позже)", "Поход в театр"),
        ("Спектакль «Время уточним» 18 декабря в 12:00", "Спектакль «Время уточним»"),
    ],
)
def test_a_detail_to_be_given_later_is_a_note_not_the_title(text: str, title: str) -> None:
    # walk 2026-12-02o, #15: «(время уточним)» stayed in the saved title
    assert _event(text).title == title

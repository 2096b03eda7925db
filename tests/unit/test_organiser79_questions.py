"""organiser79: a numbered partner's number stays on its name in a question, and a count
question keeps whose events it counts. Sentences my own; the console tests
(tests/integration/test_organiser79_console.py) ask them of the real bot."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents_query import parse_query, with_holder
from bot.core.language.meaning import Ask
from bot.core.language.understanding.plan_questions import count_question

NOW = datetime.fromisoformat("2026-12-07T10:00")  # Monday, school wall-clock time


@pytest.mark.parametrize(
    ("question", "organiser"),
    [
        ("что у Лицея номер 5", "Лицея № 5"),
        ("что у Лицея №5 в декабре?", "Лицея № 5"),
        ("что у Лицея № 5 в декабре?", "Лицея № 5"),
        ("что у Лицея 5 в декабре", "Лицея № 5"),
        ("что у Гимназии N 7?", "Гимназии № 7"),
        ("что у Лицея номер 5 для 9Б?", "Лицея № 5"),
        ("что у Кванториума 3 мероприятия?", "Кванториума"),  # a count, not its number
        ("что у Музея янтаря нового?", "Музея янтаря"),
        ("что у КГТУ лекций в декабре?", "КГТУ"),  # what is asked, not the name's tail
    ],
)
def test_the_organiser_a_question_names(question: str, organiser: str) -> None:
    query = parse_query(question, NOW)
    assert query is not None
    assert query.organiser == organiser


def test_a_lower_case_numbered_holder() -> None:
    query = parse_query("что у лицея номер 23 в декабре?", NOW)
    assert query is not None
    assert with_holder(query, "что у лицея номер 23 в декабре?").holder == "лицея № 23"


@pytest.mark.parametrize(
    ("question", "organiser", "title"),
    [
        ("сколько у КГТУ лекций в декабре?", "КГТУ", "лекций"),
        ("а у КГТУ сколько лекций в декабре?", "КГТУ", "лекций"),
        ("Сколько мероприятий у КГТУ в декабре?", "КГТУ", None),
        ("У Лицея номер 5 сколько экскурсий в декабре", "Лицея № 5", "экскурсий"),
        ("сколько Экскурсий на неделе", None, "экскурсий"),
        ("СКОЛЬКО МЕРОПРИЯТИЙ В ДЕКАБРЕ", None, None),
    ],
)
def test_a_count_keeps_whose_events(
    question: str, organiser: str | None, title: str | None
) -> None:
    asked = count_question(question, NOW)
    assert isinstance(asked, Ask)
    assert asked.count
    assert (asked.query.organiser, asked.query.title) == (organiser, title)


@pytest.mark.parametrize("said", ["у нас сколько стоит", "у Кванториума сколько мест?"])
def test_a_fronted_holder_before_a_price_or_seats_is_no_count(said: str) -> None:
    assert count_question(said, NOW) is None

"""Newcomer walk 2026-12-03y: the words read for a student's question only the organiser can
answer (Y3), a field of a named saved event (Y2) and another school (Y5), with counter-cases."""

from __future__ import annotations

import pytest

from bot.core.dialog import EditableField
from bot.core.language.edit_phrases import parse_edit
from bot.core.language.organiser_questions import organiser_question
from bot.core.language.schools import mine_at_school


@pytest.mark.parametrize(
    "text",
    [
        "а за это баллы дадут?",
        "а сертификат будет?",
        "грамоту дадут?",
        "а это засчитают как волонтерские часы?",
        "а можно уйти с 7 урока на квест?",
        "отпустят с уроков?",
        "мама спрашивает можно ли ей со мной",
    ],
)
def test_questions_for_the_organiser(text: str) -> None:
    assert organiser_question(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Сертификаты участникам выдадут 15 декабря",  # an announcement, no question
        "когда зачёт по физике?",  # a class test in the plan
        "оценка 4",
        "Олимпиада 15 декабря в 15:00, дипломы победителям?",
    ],
)
def test_not_questions_for_the_organiser(text: str) -> None:
    assert organiser_question(text) is None


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("место у квеста: НИС «Витязь»", "квеста", "НИС «Витязь»"),
        ("в квесте место неправильное, должно быть НИС «Витязь»", "квесте", "НИС «Витязь»"),
        ("неправильное место у квеста, должно быть: ауд. 5", "квеста", "ауд. 5"),
        ("у лекции неверное место, правильно — ауд. 5", "лекции", "ауд. 5"),
    ],
)
def test_a_field_of_a_named_event(text: str, reference: str, value: str) -> None:
    edit = parse_edit(text)
    assert edit is not None
    assert (edit.field, edit.reference, edit.value) == (EditableField.VENUE, reference, value)


def test_a_place_near_something_is_no_edit() -> None:
    assert parse_edit("место у входа в музей") is None


@pytest.mark.parametrize(
    "text",
    ["а с гимназией №32 что?", "что запланировано с каждой школой?", "работаю ещё с одной школой"],
)
def test_another_school_asked_about(text: str) -> None:
    assert mine_at_school(text) is not None


@pytest.mark.parametrize(
    "text", ["что у нас запланировано со школой?", "Лекция 15 декабря для другой школы"]
)
def test_no_other_school_asked_about(text: str) -> None:
    assert mine_at_school(text) is None

"""chat78's readers, each in several shapes (tests/data/chat78.md). Sentences mine."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.dialog import EditableField
from bot.core.language.answers import Asked, edit
from bot.core.language.audience_said import audience_said, names_parents
from bot.core.language.leftovers import tidy_title
from bot.core.language.title_more import without_more_opener
from bot.core.models import Audience, EventDraft


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Ещё одна встреча с ветераном", "Встреча с ветераном"),
        ("ещё одна лекция о космосе", "лекция о космосе"),
        ("Ещё один интересный мастер-класс по керамике", "Интересный мастер-класс по керамике"),
        ("Ещё одни соревнования по шахматам", "Соревнования по шахматам"),
        ("Еще одно открытое занятие", "Открытое занятие"),
        ("Ещё экскурсия в музей", "Экскурсия в музей"),
        # no event noun next: the words are the name's
        ("Ещё не вечер", "Ещё не вечер"),
        ("Ещё раз о главном", "Ещё раз о главном"),
        ("Ещё одна", "Ещё одна"),
        ("Лекция ещё одна", "Лекция ещё одна"),
    ],
)
def test_one_more_opening_a_title_is_no_part_of_the_name(title: str, kept: str) -> None:
    assert without_more_opener(title) == kept


def test_a_chat_lines_leftover_title_loses_one_more() -> None:
    assert tidy_title("Ещё одна встреча с ветераном   в актовом зале").startswith(
        "Встреча с ветераном"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("это мероприятие для родителей", "родителей"),
        ("Это мероприятие только для родителей 9А.", "родителей 9А"),
        ("для 9-х классов", "9-х классов"),
        ("оно теперь для 10-11 классов", "10-11 классов"),
        ("только для учителей", "учителей"),
        ("это для девятых классов", "девятых классов"),
        ("мероприятие для классных руководителей", "классных руководителей"),
        # no change of whom the event is for
        ("для родителей и учеников", None),
        ("для родителей и детей", None),
        ("для 9А что на неделе?", None),
        ("для меня", None),
        ("Лекция для родителей 15 декабря в 18:00", None),
    ],
)
def test_whom_an_event_is_for_said_of_it(text: str, value: str | None) -> None:
    assert audience_said(text) == value


@pytest.mark.parametrize(
    ("value", "classes", "parents"),
    [
        ("родителей", frozenset({"9А"}), True),  # the event's own classes' parents
        ("родители 9Б", frozenset({"9Б"}), True),
        ("9Б, родители", frozenset({"9Б"}), True),
        ("9Б", frozenset({"9Б"}), False),
    ],
)
def test_the_parents_named_as_the_classes_answer(
    value: str, classes: frozenset[str], parents: bool
) -> None:
    draft = EventDraft(title="Лекция", start=None, audience=Audience(classes=frozenset({"9А"})))
    now = datetime.fromisoformat("2026-12-07T10:00")  # school wall clock
    new = edit(draft, Asked(None, EditableField.AUDIENCE, True), EditableField.AUDIENCE, value, now)
    assert new is not None
    assert (new.audience.classes, new.audience.parents) == (classes, parents)


def test_a_parents_value_with_children_is_not_the_parents_alone() -> None:
    assert names_parents("родители 9А")
    assert names_parents("9А, родители")
    assert not names_parents("родители и дети")
    assert not names_parents("9А")


def test_the_staff_named_for_a_parents_event_are_the_staff() -> None:
    """«только для учителей» on a card made «родители 9А» showed «родители педагогов»."""
    parents = Audience(classes=frozenset({"9А"}), parents=True)
    draft = EventDraft(title="Встреча с психологом", start=None, audience=parents)
    now = datetime.fromisoformat("2026-12-07T10:00")  # school wall clock
    asked = Asked(None, EditableField.AUDIENCE, True)
    new = edit(draft, asked, EditableField.AUDIENCE, "учителей", now)
    assert new is not None
    assert new.audience == Audience(staff=True)
    kept = edit(draft, asked, EditableField.AUDIENCE, "9Б", now)  # a parents' meeting stays one
    assert kept is not None
    assert kept.audience == Audience(classes=frozenset({"9Б"}), parents=True)

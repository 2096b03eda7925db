"""«Отмена отменяется! …», «… всё в силе»: an event said to stand as planned, told from an
announcement («Лекция состоится …») and from a cancellation (newcomer walk 2026-12-02n)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.dialog import Dialog
from bot.core.language.cancel_phrases import cancel_reference, still_on_reference
from bot.core.language.meaning import StillOn
from bot.core.language.understand import understand

NOW = datetime(2026, 12, 2, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Отмена отменяется! Концерт хора 17 декабря состоится", "концерт хора 17 декабря"),
        ("Отмену отменили, экскурсия в порт пройдёт по плану", "экскурсия в порт"),
        ("Квиз 20 декабря — всё в силе", "квиз 20 декабря"),
        ("Мастер-класс остаётся в силе!", "мастер-класс"),
        ("Отмена отменяется, квиз «Химия» будет", "квиз «химия»"),
        ("Отмена отменяется!", ""),
    ],
)
def test_a_still_on_message_names_its_event(text: str, reference: str) -> None:
    assert still_on_reference(text) == reference
    assert cancel_reference(text) is None
    assert understand(text, Dialog(), NOW) == StillOn(reference)


@pytest.mark.parametrize(
    "text",
    [
        "Лекция состоится 15 декабря в 15:00, 9А",  # an announcement
        "Концерт хора 15 декабря не состоится",  # a cancellation
        "Экскурсия в силе ли?",  # a question
        "Лекция о законе в силе 15 декабря в 15:00\nЭкскурсия 16 декабря в 11:00",  # a plan
    ],
)
def test_other_messages_are_not_still_on(text: str) -> None:
    assert still_on_reference(text) is None

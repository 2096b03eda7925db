"""A withdrawn cancellation and a cancel mark without a day (adversarial walk 2026-12-02n,
#12): «Отмена отменяется!» says the event stands, so it never asks to cancel; «Отмена!
<title>» without a day looks the event up by its title like any other cancel."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.language.cancel_phrases import cancel_reference
from bot.core.language.meaning import CancelByText
from bot.core.language.understand import Dialog, understand

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Kaliningrad"))


@pytest.mark.parametrize(
    "text",
    [
        "Отмена отменяется! Концерт хора 18 декабря состоится",
        "Отмена отменяется, квиз «Химия» будет",
        "Отмену отменили: турнир по шахматам 20 декабря пройдёт",
        "Отмена отменена! Экскурсия в музей состоится",
    ],
)
def test_a_withdrawn_cancellation_cancels_nothing(text: str) -> None:
    assert cancel_reference(text) is None
    assert not isinstance(understand(text, Dialog(), NOW), CancelByText)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Отмена! Концерт хора", "концерт хора"),
        ("ОТМЕНА: квиз «Химия»", "квиз «химия»"),
        ("Отменено — турнир по шахматам", "турнир по шахматам"),
    ],
)
def test_a_cancel_mark_without_a_day_looks_the_event_up(text: str, title: str) -> None:
    intent = understand(text, Dialog(), NOW)
    assert isinstance(intent, CancelByText), intent
    assert intent.reference.lower() == title

"""A pasted plan's heading is not an event the bot «did not understand» (the newcomer walk
saw «План мероприятий КГТУ на декабрь 2026» listed under «Не понял эти строки»), while a
line that looks like a broken event still is."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.dialog import Dialog
from bot.core.language.meaning import AddEvents
from bot.core.language.understand import understand

NOW = datetime(2026, 12, 10, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time
LINES = (
    "1. Лекция по робототехнике 15 декабря в 15:00, 9 классы\n"
    "2. Экскурсия в лабораторию 17 декабря в 11:00, 10А"
)


def skipped(text: str) -> tuple[str, ...]:
    intent = understand(text, Dialog(), NOW)
    assert isinstance(intent, AddEvents)
    assert len(intent.drafts) == 2
    return intent.skipped


@pytest.mark.parametrize(
    "heading",
    [
        "План мероприятий КГТУ на декабрь 2026",
        "График выездов музея в школы",
        "Расписание занятий кружка:",
        "Мероприятия на вторую четверть:",
        "ПЛАН РАБОТЫ С ГИМНАЗИЕЙ",
    ],
)
def test_a_heading_is_not_listed_as_not_understood(heading: str) -> None:
    assert skipped(f"{heading}\n{LINES}") == ()


def test_a_broken_event_line_is_still_shown() -> None:
    broken = "3. Концерт в актовом зале, 8 классы"
    assert skipped(f"План на декабрь\n{LINES}\n{broken}") == (broken,)

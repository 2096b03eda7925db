"""fiximport54 (review53 #7, #8): the pieces of the plan-file import — a room column, a day
typed twice in its cell, a merged heading or approval line. Sentences written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.exports.day_cells import listed_days
from bot.exports.importer import _merged_event, match_columns
from bot.exports.texts import load_labels

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


@pytest.mark.parametrize(
    ("header", "venue", "audience"),
    [
        (["Дата", "Мероприятие", "Кабинет"], 2, None),
        (["Дата", "Мероприятие", "Каб."], 2, None),
        (["Дата", "Мероприятие", "Помещение"], 2, None),
        (["Дата", "Мероприятие", "Аудитория", "Классы"], 2, 3),
        (["Дата", "Мероприятие", "Класс", "Аудитория"], 3, 2),
        (["Дата", "Мероприятие", "Аудитория"], None, 2),
        (["Дата", "Мероприятие", "Место", "Аудитория", "Кл."], 2, 4),
    ],
)
def test_a_room_column_is_the_place(header: list[str], venue: int, audience: int) -> None:
    columns = match_columns(header, load_labels())
    assert columns.get("venue") == venue, columns
    assert columns.get("audience") == audience, columns


@pytest.mark.parametrize(
    ("cell", "days"),
    [
        ("23.12\n23.12", ["23.12"]),
        ("5.01\n05.01", ["5.01"]),
        ("17 декабря\n17 декабря", ["17.12"]),
        ("14.12, 14.12, 16.12", ["14.12", "16.12"]),
        ("14.12\n15.12", ["14.12", "15.12"]),
        ("14.12.2026\n14.12.2027", ["14.12.2026", "14.12.2027"]),
    ],
)
def test_a_day_named_twice_in_its_cell_is_listed_once(cell: str, days: list[str]) -> None:
    assert listed_days(cell) == days


@pytest.mark.parametrize(
    "line",
    [
        "Раздел 2. Работа с родителями 10 декабря",
        "IV. Мероприятия к Новому году 28 декабря",
        "3.1. Мероприятия в рамках недели науки 9 декабря",
        "Утверждаю: заведующая Петрова А.А., 01.09.2026",
        "УТВЕРЖДЕНО приказом от 29.08.2026 № 45",
        "Согласовано на педсовете 30.08.2026",
        "Принято 28.08.2026, протокол № 1",
        "План мероприятий на 15 декабря в 10:00",
        "Глава 1 с 1 по 20 декабря",
    ],
)
def test_heading_and_approval_lines(line: str) -> None:
    assert _merged_event(5, [line] * 4, NOW, None, True) is None


@pytest.mark.parametrize(
    "line",
    [
        "Планетарий: выезд 16 декабря в 11:00, 4Б",
        "Мероприятие для 7 классов 18 декабря в 12:00",
        "Праздничный концерт 22 декабря в 17:00 для всей школы",
        "Принятие в пионеры 19 декабря в 10:00, 3 классы",
    ],
)
def test_event_lines_are_no_headings(line: str) -> None:
    row = _merged_event(5, [line] * 4, NOW, None, True)
    assert row is not None
    assert "no_audience" not in row.draft.doubts, row


def test_a_merged_line_with_a_day_but_neither_clock_nor_classes_is_no_event() -> None:
    """«Неделя безопасности 14 декабря»: a heading with a day (no clock, no classes)."""
    assert _merged_event(5, ["Неделя безопасности 14 декабря"] * 4, NOW, None, True) is None
    held = _merged_event(5, ["Вебинар 14 декабря в 15:00"] * 4, NOW, None, True)
    assert held is not None
    assert "no_audience" in held.draft.doubts
    free = _merged_event(5, ["Вебинар 14 декабря в 15:00"] * 4, NOW, None, False)
    assert free is not None
    assert "no_audience" not in free.draft.doubts

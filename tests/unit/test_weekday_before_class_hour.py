"""«в пятницу классный час», «во вторник классный час»: a weekday before «классный час» is no
grade (eighteenth round, branch fixleft21, found while testing «Всем 9А и 9Б, в пятницу
классный час в 14:00», which was grade 5 plus 9А, 9Б and lost its day). An ordinal grade
before a class word is an ordinal adjective: its stem and an adjective's ending («девятых»,
«третьи», «пятым»), not any word that opens with the stem («пятницу», «вторник»)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.audience import parse_audience
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent


@pytest.mark.parametrize(
    "text", ["в пятницу классный час", "Во вторник классный час в 14:00", "пятница, классный час"]
)
def test_a_weekday_is_no_grade(text: str) -> None:
    audience = parse_audience(text)
    assert not audience.grades, text


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("для девятых классов", {9}),
        ("девятые, десятые классы", {9, 10}),
        ("пятых-седьмых классов", {5, 6, 7}),
        ("третьи классы", {3}),
        ("первым классам", {1}),
        ("одиннадцатые классы", {11}),
        ("девятиклассники", {9}),
    ],
)
def test_ordinal_grades_are_still_read(text: str, grades: set[int]) -> None:
    assert set(parse_audience(text).grades) == grades, text


def test_the_class_hour_keeps_its_day_and_classes() -> None:
    intent = parse_message(
        "Всем 9А и 9Б, в пятницу классный час в 14:00", datetime.fromisoformat("2026-12-07T10:00")
    )
    assert isinstance(intent, EventIntent)
    draft = intent.draft
    assert (set(draft.audience.grades), set(draft.audience.classes)) == (set(), {"9А", "9Б"})
    assert draft.start == datetime.fromisoformat("2026-12-11T14:00")
    assert draft.title == "Классный час"

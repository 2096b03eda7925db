"""«8-е», «10-е, 11-е», «5-е и 6-е»: a grade's number with the ordinal ending written after a
hyphen names the whole grade («восьмые»), not class «8Е» (adversarial walk 2026-12-02o,
finding 2). The class letter Е is written in capitals or joined («8-Е», «8Е»); a day's
ordinal («на 11-е», «11-е декабря») is no grade. Cases written for the rule."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.audience import parse_audience
from bot.core.language.intents import parse_message

NOW = datetime(2026, 12, 2, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


@pytest.mark.parametrize(
    ("text", "grades", "classes"),
    [
        ("Экскурсия на фабрику, 6-е", {6}, set()),
        ("Квиз, 10-е, 11-е", {10, 11}, set()),
        ("Квиз для ребят: 3-е и 4-е", {3, 4}, set()),
        ("Олимпиада, 7-е, 8Б", {7}, {"8Б"}),
        # counter-cases: the letter Е of a class, a day's ordinal
        ("Олимпиада, 7-Е", set(), {"7Е"}),
        ("Олимпиада, 7Е", set(), {"7Е"}),
        ("Олимпиада на 11-е", set(), set()),
        ("Олимпиада 11-е декабря", set(), set()),
    ],
)
def test_a_grade_with_its_ordinal_ending(text: str, grades: set[int], classes: set[str]) -> None:
    audience = parse_audience(text)
    assert (set(audience.grades), set(audience.classes)) == (grades, classes)


def test_an_event_for_the_eighth_grades_keeps_its_day_and_time() -> None:
    got = intent_to_json(parse_message("Экскурсия на фабрику 11 декабря в 12:00, 8-е", NOW))
    assert (got["start"], got["grades"], got["classes"]) == ("2026-12-11T12:00", [8], [])


@pytest.mark.parametrize("text", ["Олимпиада на 11-е в 15:00", "Олимпиада 11-е декабря в 15:00"])
def test_a_days_ordinal_is_the_day(text: str) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert (got["start"], got["grades"], got["classes"]) == ("2026-12-11T15:00", [], [])

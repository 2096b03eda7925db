"""files74: birth years as the audience («2010–2012 г.р.», «для детей 2011 года рождения») read
as grades by the school year of the event's day (bot.core.language.birth_years), in a chat
line through the real parser. Sentences are my own."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.birth_years import born_span, grades_born
from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - a school's wall clock


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("2010–2012 г.р.", (2010, 2012)),
        ("2010-2012 гг.р.", (2010, 2012)),
        ("для детей 2011 года рождения", (2011, 2011)),
        ("юноши 2009-2010 годов рождения", (2009, 2010)),
        ("2012 г. р.", (2012, 2012)),
        ("(2013 г.р. и младше)", (2013, None)),
        ("2010 г.р. и старше", (None, 2010)),
        ("в 2012 году", None),
        ("с 2010 по 2012 год", None),
    ],
)
def test_birth_years_are_read(text: str, span: tuple[int | None, int | None] | None) -> None:
    found = born_span(text)
    assert (None if found is None else (found.first, found.last)) == span


@pytest.mark.parametrize(
    ("span", "day", "grades"),
    [
        # school year 2026/27: born 2010 -> grade 10 (started grade 1 in September 2017)
        ((2010, 2012), date(2026, 12, 9), {8, 9, 10}),
        ((2011, 2011), date(2027, 3, 1), {9}),
        # a September day is of the next school year: one grade up
        ((2011, 2011), date(2027, 9, 10), {10}),
        ((2013, None), date(2026, 12, 9), {1, 2, 3, 4, 5, 6, 7}),
        ((None, 2010), date(2026, 12, 9), {10, 11}),
        ((2020, 2021), date(2026, 12, 9), set()),  # preschoolers: no grade
        ((2008, 2009), date(2026, 12, 9), {11}),  # 2008 would be a 12th grade: left out
    ],
)
def test_grades_by_the_school_year(
    span: tuple[int | None, int | None], day: date, grades: set[int]
) -> None:
    assert grades_born(span[0], span[1], day) == frozenset(grades)


@pytest.mark.parametrize(
    ("line", "grades", "title"),
    [
        (
            "Первенство по мини-футболу 12 декабря в 10:00 для детей 2011 года рождения, спортзал",
            {9},
            "Первенство по мини-футболу",
        ),
        ("Лыжная гонка 2010–2012 г.р. 20 января в 11:00, стадион", {8, 9, 10}, "Лыжная гонка"),
        ("Шахматный турнир 15 декабря в 15:00, 2013 г.р. и младше", {1, 2, 3, 4, 5, 6, 7}, None),
    ],
)
def test_a_chat_line_gets_the_grades(line: str, grades: set[int], title: str | None) -> None:
    intent = parse_message(line, NOW)
    assert isinstance(intent, EventIntent), intent
    assert intent.draft.audience.grades == frozenset(grades), intent.draft.audience
    assert "г.р" not in intent.draft.title, intent.draft.title
    assert "рождения" not in intent.draft.title, intent.draft.title
    if title is not None:
        assert intent.draft.title == title


def test_named_classes_win_over_birth_years() -> None:
    intent = parse_message("Турнир 12 декабря в 10:00, 9А, 2011 г.р.", NOW)
    assert isinstance(intent, EventIntent)
    assert intent.draft.audience.classes == frozenset({"9А"})

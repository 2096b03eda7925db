"""«всем 8-м: в среду …» is every 8th class (grade 8), not the class 8М (eighteenth round,
branch fixleft21): the dative plural «всем» before a number with the lower-case ordinal ending
«-м» («восьмым»), or before an ordinal word in «-ым» that ends the phrase, names the grade, as
«для 8-х» and «8-м классам» do. A capital letter or no hyphen is still a class."""

from __future__ import annotations

import pytest

from bot.core.language.audience import parse_audience


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("всем 8-м: в среду экскурсия в музей", {8}),
        ("Всем 9-м и 10-м, в пятницу олимпиада", {9, 10}),
        ("Всем 7-ым! Завтра классный час", {7}),
        ("Всем восьмым! Завтра субботник", {8}),
        ("всем третьим: экскурсия в 10:00", {3}),
        # the forms already read as grades stay so
        ("для 9-х", {9}),
        ("8-м классам: экскурсия", {8}),
        ("Всем 8-м классам", {8}),
    ],
)
def test_all_of_a_grade_is_the_grade(text: str, grades: set[int]) -> None:
    audience = parse_audience(text)
    assert (set(audience.grades), set(audience.classes)) == (grades, set()), text


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        ("Всем 8М: в среду экскурсия", {"8М"}),
        ("Всем 8-М: в среду экскурсия", {"8М"}),
        ("Экскурсия: 10 а, 10 м", {"10А", "10М"}),
        ("Экскурсия для 9м в актовом зале", {"9М"}),
    ],
)
def test_a_class_is_still_a_class(text: str, classes: set[str]) -> None:
    audience = parse_audience(text)
    assert (set(audience.grades), set(audience.classes)) == (set(), classes), text


@pytest.mark.parametrize(
    "text", ["Всем 4-м участникам забега — медали", "Всем первым участникам — подарки"]
)
def test_an_ordinal_of_a_noun_is_no_audience(text: str) -> None:
    audience = parse_audience(text)
    assert not audience.grades, text
    assert not audience.classes, text

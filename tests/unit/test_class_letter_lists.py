"""«9а,б»: a letter alone after a class names another class of the same grade (newcomer walk
2026-12-01e, finding 2) — unless the letter is a word of its own («в», «а», «и», «к») that
the list does not end on. Cases written for the rule, with counter-cases."""

from __future__ import annotations

import pytest

from bot.core.language.audience import parse_audience


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        ("9а,б", {"9А", "9Б"}),
        ("для 6а, б, в", {"6А", "6Б", "6В"}),
        ("11б и в", {"11Б", "11В"}),
        ("7а, б и г классы", {"7А", "7Б", "7Г"}),
        ("5а,б 14 декабря", {"5А", "5Б"}),  # a letter that is no word needs no list end
        ("8в, г в 15:00", {"8В", "8Г"}),
        ("10а и 10б", {"10А", "10Б"}),
        # counter-cases: the letter is a preposition or a conjunction of the sentence
        ("9а, в актовом зале", {"9А"}),
        ("10б, а также родители", {"10Б"}),
        ("для 8а, в 15:00", {"8А"}),
        ("6б, к 12 часам", {"6Б"}),
        ("и б", set()),  # no class before the letter
    ],
)
def test_a_letter_alone_takes_the_grade_of_the_class_before_it(
    text: str, classes: set[str]
) -> None:
    assert set(parse_audience(text).classes) == classes

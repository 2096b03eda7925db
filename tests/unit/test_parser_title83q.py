"""Concise titles where a post names its event in quotes (round 83, title83q): a letter in
quotes designating a building is no name, so a line that only says where stays no heading.
Posts written for each rule as schools, colleges and libraries write them, not copied from a
corpus."""

from __future__ import annotations

import pytest

from bot.core.language.title_place import is_place_fragment
from tests.title_probe import card_title


@pytest.mark.parametrize(
    ("phrase", "place"),
    [
        ("во дворе корпуса «В»", True),
        ('в спортивном зале корпуса "Б"', True),
        ("на крыльце здания «2А»", True),
        # a name in quotes, or an event noun, still makes the phrase more than a place
        ("в зале «Мир»", False),
        ("Ярмарка во дворе корпуса «В»", False),
    ],
)
def test_a_quoted_building_letter_leaves_a_place_only_a_place(phrase: str, place: bool) -> None:
    assert is_place_fragment(phrase) is place


def test_a_courtyard_line_with_a_building_letter_is_no_heading() -> None:
    text = (
        "Время и место\n"
        "12 декабря 2026 г. 14:00\n"
        "во дворе корпуса «В»\n"
        "«Зимние забавы» – весёлый праздник первого снега, который колледж проводит каждый год. "
        "Студентов и гостей ждут горячий чай, хороводы и народные игры."
    )
    assert "зимние забавы" in card_title(text).lower()

"""A bare number right after a school's noun is the school's number, "№" left out ("в лицее
8 пройдёт …", "в школе-гимназии 4"), when a verb, a mark or the clause's end follows it; a
counted word or a month after it is no number of the school ("в школе 5 классов", "в школе
15 мая") (place_words.right_words; venue49)."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("15 мая в лицее 8 пройдёт олимпиада по программированию.", "лицей 8"),
        ("Городская олимпиада по химии пройдёт 15 мая в школе-гимназии 4.", "школа-гимназия 4"),
        ("Олимпиада пройдёт 15 мая в гимназии 2, начало в 10:00.", "гимназия 2"),
    ],
)
def test_a_bare_number_after_a_school_is_its_number(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue


@pytest.mark.parametrize(
    "text",
    [
        "Олимпиада по химии пройдёт в школе 15 мая.",
        "15 мая в школе 5 классов напишут олимпиаду по химии.",
    ],
)
def test_a_month_or_a_counted_word_is_no_number_of_the_school(text: str) -> None:
    assert parsed_venue(text) == "школа"

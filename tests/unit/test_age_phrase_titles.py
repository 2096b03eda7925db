"""Round 19 (branch fixsmall19): the words an age range hangs on («в возрасте от 17 лет»,
«возрастом 7–12 лет») belong to the age, never to the title (bot.core.language.post_ages).
Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.dialog import Dialog
from bot.core.language.meaning import AddEvents
from bot.core.language.post_ages import take_ages
from bot.core.language.tokens import Scanner
from bot.core.language.understand import understand

NOW = datetime.fromisoformat("2026-12-03T10:00")  # school wall-clock


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Турнир по шахматам, в возрасте от 17 лет, 20 декабря в 12:00", (17, 99)),
        ("Турнир по шахматам в возрасте 10–14 лет 20 декабря в 12:00", (10, 14)),
        ("Турнир по шахматам, возрастом от 10 лет, 20 декабря в 12:00", (10, 99)),
        ("Турнир по шахматам, возрастом до 14 лет, 20 декабря в 12:00", (0, 14)),
        ("Турнир по шахматам для детей в возрасте от 7 до 12 лет 20 декабря в 12:00", (7, 12)),
        ("Турнир по шахматам, возраст 12+, 20 декабря в 12:00", (12, 99)),
    ],
)
def test_an_age_phrase_is_never_left_in_the_title(text: str, ages: tuple[int, int]) -> None:
    meaning = understand(text, Dialog(), NOW)
    assert isinstance(meaning, AddEvents)
    [draft] = meaning.drafts
    assert "возраст" not in draft.title.lower(), draft.title
    assert draft.title.startswith("Турнир по шахматам"), draft.title
    assert draft.ages == ages


def test_the_age_noun_is_taken_with_its_range() -> None:
    sc = Scanner("турнир в возрасте от 17 лет")
    assert take_ages(sc) == (17, 99)
    assert sc.remainder().split() == ["турнир"]
    far = Scanner("возраст участников турнира от 17 лет")  # not right before the range
    assert take_ages(far) == (17, 99)
    assert "возраст" in far.remainder()

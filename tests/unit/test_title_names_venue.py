"""A title's part that repeats the venue, and a line that would name the venue twice (walk r,
2026-12-02, #21): compared by lemmas, so word forms and case do not matter."""

from __future__ import annotations

import pytest

from bot.core.language.title_place import without_venue_segment
from bot.core.titles import names_venue


@pytest.mark.parametrize(
    ("title", "venue", "expected"),
    [
        ("Экскурсия в музей янтаря, музей янтаря", "музей янтаря", "Экскурсия в музей янтаря"),
        ("Экскурсия, Музей Янтаря", "музей янтаря", "Экскурсия"),
        ("Лекция, актовый зал", "актовом зале", "Лекция"),
        # counter-cases: another place, a part that only shares a word, the first part
        ("Экскурсия, музей янтаря", "актовый зал", "Экскурсия, музей янтаря"),
        ("Концерт, зал славы", "актовый зал", "Концерт, зал славы"),
        ("Музей янтаря", "музей янтаря", "Музей янтаря"),
        ("Квест «Сокровища», 2 тур", None, "Квест «Сокровища», 2 тур"),
    ],
)
def test_a_part_repeating_the_venue_leaves_the_title(
    title: str, venue: str | None, expected: str
) -> None:
    assert without_venue_segment(title, venue) == expected


@pytest.mark.parametrize(
    ("title", "venue", "named"),
    [
        ("Экскурсия в музей янтаря", "музей янтаря", True),
        ("Встреча в каб. 12", "каб. 12", True),
        ("Ночь в музее", "музей", True),
        ("Лекция о космосе", "ауд. 204", False),
        ("Экскурсия в музей", "музей янтаря", False),  # the venue says more than the title
        ("Лекция", None, False),
        ("Лекция", "", False),
    ],
)
def test_a_title_names_the_venue_when_it_holds_every_word(
    title: str, venue: str | None, named: bool
) -> None:
    assert names_venue(title, venue) is named

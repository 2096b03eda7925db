"""chat78's readers, each in several shapes (tests/data/chat78.md). Sentences mine."""

from __future__ import annotations

import pytest

from bot.core.language.leftovers import tidy_title
from bot.core.language.title_more import without_more_opener


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Ещё одна встреча с ветераном", "Встреча с ветераном"),
        ("ещё одна лекция о космосе", "лекция о космосе"),
        ("Ещё один интересный мастер-класс по керамике", "Интересный мастер-класс по керамике"),
        ("Ещё одни соревнования по шахматам", "Соревнования по шахматам"),
        ("Еще одно открытое занятие", "Открытое занятие"),
        ("Ещё экскурсия в музей", "Экскурсия в музей"),
        # no event noun next: the words are the name's
        ("Ещё не вечер", "Ещё не вечер"),
        ("Ещё раз о главном", "Ещё раз о главном"),
        ("Ещё одна", "Ещё одна"),
        ("Лекция ещё одна", "Лекция ещё одна"),
    ],
)
def test_one_more_opening_a_title_is_no_part_of_the_name(title: str, kept: str) -> None:
    assert without_more_opener(title) == kept


def test_a_chat_lines_leftover_title_loses_one_more() -> None:
    assert tidy_title("Ещё одна встреча с ветераном   в актовом зале").startswith(
        "Встреча с ветераном"
    )

"""chat66: a heading that the next sentence repeats and narrows («Приглашаем на концерт» /
«Концерт хора пройдёт …») is not a part of the title of its own. Sentences are my own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime(2026, 12, 1, 10, 0)  # noqa: DTZ001 - the parser takes naive wall-clock time


@pytest.mark.parametrize(
    ("post", "title"),
    [
        (
            "Приглашаем на мастер-класс\nМастер-класс по гончарному делу пройдёт 15 декабря.",
            "Мастер-класс по гончарному делу",
        ),
        (
            "Приглашаем на концерт\nКонцерт хора пройдёт 18 декабря в 17:00 в актовом зале.",
            "Концерт хора",
        ),
        ("Олимпиада\nОлимпиада по химии пройдёт 18 декабря в 10:00.", "Олимпиада по химии"),
        (
            "Экскурсия!\nЭкскурсия в музей янтаря состоится 20 декабря в 12:00.",
            "Экскурсия в музей янтаря",
        ),
    ],
)
def test_a_heading_the_next_sentence_repeats_is_dropped(post: str, title: str) -> None:
    found = parse_message(post, NOW)
    assert isinstance(found, EventIntent)
    assert found.draft.title == title


def test_a_heading_not_repeated_is_kept() -> None:
    """Guard: «Неделя науки» over «Лекция о вулканах …» — the next line does not repeat it."""
    found = parse_message("Неделя науки\nЛекция о вулканах пройдёт 18 декабря в 17:00.", NOW)
    assert isinstance(found, EventIntent)
    assert "Неделя науки" in found.draft.title or "Лекция о вулканах" in found.draft.title

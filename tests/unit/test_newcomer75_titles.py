"""newcomer75: «для» with the pupils' noun before the grades («для учеников 5-х классов»,
«для учащихся 5–6 классов») is read as one audience span, so a title never keeps a stray
«для» before the quoted name («Конкурс чтецов для «Зимние строки»» before). Sentences are my
own, in several shapes (tests/data/newcomer75.md)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import EventIntent, parse_message

NOW = datetime.fromisoformat("2026-12-07T10:00")  # school wall clock, as the parser reads it


def _draft(text: str) -> EventIntent:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent


@pytest.mark.parametrize(
    ("text", "title", "grades"),
    [
        (
            "Конкурс чтецов для учеников 5-х классов «Зимние строки» 16 декабря в 15:00",
            "Конкурс чтецов «Зимние строки»",
            {5},
        ),
        (
            "Конкурс чтецов для учащихся 5–6 классов «Зимние строки» 16 декабря в 15:00",
            "Конкурс чтецов «Зимние строки»",
            {5, 6},
        ),
        (
            "Викторина для учеников 7-х классов «Знатоки истории» 16 декабря в 15:00, каб. 12",
            "Викторина «Знатоки истории»",
            {7},
        ),
        (
            "18 декабря в 14:00 мастер-класс для школьников 8 классов «Робототехника»",
            "Мастер-класс «Робототехника»",
            {8},
        ),
        (
            "Квест для обучающихся 9-11 классов «Тайны Кёнигсберга» 19 декабря в 12:00",
            "Квест «Тайны Кёнигсберга»",
            {9, 10, 11},
        ),
    ],
)
def test_the_pupils_noun_goes_with_its_for(text: str, title: str, grades: set[int]) -> None:
    """The title has no «для» left over; the audience is the grades named."""
    draft = _draft(text).draft
    assert draft.title == title
    assert set(draft.audience.grades) == grades


@pytest.mark.parametrize(
    "text",
    [
        # «для» with the grades alone was one span already
        "Конкурс чтецов для 5-х классов «Зимние строки» 16 декабря в 15:00",
        "Для учащихся 5-х классов 16 декабря в 15:00 конкурс чтецов «Зимние строки»",
    ],
)
def test_other_shapes_keep_their_titles(text: str) -> None:
    """Shapes the change does not touch read the same name."""
    assert _draft(text).draft.title == "Конкурс чтецов «Зимние строки»"

"""fix67: a sentence or clause never ends at the dot of an abbreviation («ул.», «каб.»,
«руб.», «т. е.»): the card's meeting point and the bring note read on past it."""

from __future__ import annotations

import pytest

from bot.core.language.cancel_phrases import called_off_reference
from bot.core.language.meeting import gathering
from bot.core.language.sentences import dot_ends_sentence
from bot.core.language.student_asks import bring_note


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Поездка в театр 3 марта. Сбор у входа в ДК (ул. Садовая, 7) в 17:30.",
            "у входа в ДК (ул. Садовая, 7) в 17:30",
        ),
        ("Лекция в среду. Встречаемся у каб. 14 в 9:50, затем идём в зал.", "у каб. 14 в 9:50"),
        ("Экскурсия по заводу. Сбор у проходной, пр. Мира 3.", "у проходной"),
    ],
)
def test_gathering_reads_past_an_abbreviation(text: str, said: str) -> None:
    assert gathering(text) == said


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "Мастер-класс по лепке. Возьмите с собой 200 руб. на материалы. Начало в 15:00.",
            "Возьмите с собой 200 руб. на материалы.",
        ),
        (
            "Консультация для выпускников. Принесите черновики в каб. 12 заранее.",
            "Принесите черновики в каб. 12 заранее.",
        ),
        (
            "Нужна форма одежды, т. е. спортивный костюм и кеды. Вход по списку.",
            "Нужна форма одежды, т. е. спортивный костюм и кеды.",
        ),
        ("Игра на свежем воздухе! Возьмите воду и перекус", "Возьмите воду и перекус"),
    ],
)
def test_bring_note_sentence_keeps_abbreviations(text: str, note: str) -> None:
    assert bring_note(text) == note


@pytest.mark.parametrize(
    ("text", "dot", "ends"),
    [
        ("Сбор у дома (ул. Мира, 2).", 15, False),
        ("Плата 100 руб. за вход.", 13, False),
        ("Это т. е. всё.", 5, False),
        ("Встреча в школе. Начало в 9:00.", 15, True),
    ],
)
def test_dot_ends_sentence(text: str, dot: int, ends: bool) -> None:
    assert text[dot] == "."
    assert dot_ends_sentence(text, dot) is ends


def test_a_called_off_letter_reads_past_an_abbreviation() -> None:
    """Before: «… на ул. Мира отменяется» was split at «ул.»: the day and the calling-off
    stood in two «sentences», and the letter called nothing off."""
    text = "Уважаемые родители! Концерт 5 декабря в ДК на ул. Мира отменяется."
    assert called_off_reference(text, "Концерт") == "Концерт 5 декабря"

"""review76: «нам нужно быть в форме?» (what to wear) and «мы должны быть в 11?» (when)
were read as chat75's «must I go?» and answered «Запись у меня по желанию …». «быть в …»
tells a state or a place one is in, and a number after «в»/«к» is a clock: neither names
the event one must go to. Sentences are my own."""

from __future__ import annotations

import pytest

from bot.core.language.organiser_questions import organiser_question


@pytest.mark.parametrize(
    "text",
    [
        "нам нужно быть в форме?",
        "мы должны быть в 11?",
        "мне надо быть в 9:30?",
        "нам обязательно быть в костюмах?",
        "мне нужно быть в школе?",
        "мы должны прийти в 10?",
    ],
)
def test_a_state_or_a_clock_is_no_must_i_go(text: str) -> None:
    asked = organiser_question(text)
    assert asked is None or not asked.optional, asked


@pytest.mark.parametrize(
    "text",
    [
        "мне обязательно идти?",
        "нам надо быть на экскурсии?",
        "мы должны идти в музей?",
        "мне нужно ехать в театр?",
        "мне обязательно присутствовать на лекции?",
    ],
)
def test_must_i_go_is_still_read(text: str) -> None:
    asked = organiser_question(text)
    assert asked is not None, text
    assert asked.optional, asked

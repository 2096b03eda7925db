"""Patterns rewritten for speed read exactly what their plain forms read, and each speed gate
is a necessary condition of the pattern it guards: checked on every text of the parser's
corpora (whole posts and each line), dense made-up lines and lines written to sit on the
edges of the rewrite (a newline after a full stop, a text ending in punctuation, a digit
other than 0-9, upper-case prepositions)."""

from __future__ import annotations

import re

import pytest

from bot.core.language import sentences, spaced_clock, weekday_abbreviations
from tests.unit.test_scanner_anchors import _texts

EDGES = [
    "",
    ".",
    "!\n",
    "\n\n\nКонцерт.\n\nНачало в 18 00.  Вход свободный?!  Да",
    "Итак...\nВстреча!!! \tв 9 30?\r\nКонец.",
    "ул. Карбышева, д. 5. В. И. Ленина!\n",
    "Во 18 00, На 9 30, С 10 00 до 12 30, к 7 05; в 5 10 классах, на 10 15 человек",
    "в ١٨ 00 и в 18\u00a000, в ٩ 30, в 18\n30, в 24 00, в 23 55, в 9 31",
    "в 18 00, 1 00, 10 00 лет, до 2 50 руб",
]


def _lines() -> list[str]:
    out = list(EDGES)
    for text in _texts():
        out.append(text)
        out.extend(line for line in text.splitlines() if line.strip())
    return out


LINES = _lines()


def test_sentence_end_reads_as_its_plain_form() -> None:
    plain = re.compile(r"[.!?]+\s+|\n+")
    for text in LINES:
        fast = [m.span() for m in sentences._SENTENCE_END.finditer(text)]
        assert fast == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "Во 18 00 начало",
        "сбор в ٩ 30 у входа",
        "в 18\u00a000 концерт",
        "С 10 00 до 12 30",
        "к 7 05",
    ],
)
def test_spaced_clock_gate_holds_wherever_a_spaced_time_is(text: str) -> None:
    assert spaced_clock._SPACED.search(text) is not None
    assert spaced_clock._SPACED_GATE.search(text) is not None


def test_spaced_clock_gate_is_a_necessary_condition() -> None:
    gate = spaced_clock._SPACED_GATE
    for text in LINES:
        for m in spaced_clock._SPACED.finditer(text):
            assert gate.search(m.group(0)) is not None, m.group(0)
        if spaced_clock._SPACED.search(text):
            assert gate.search(text) is not None


CLIPPED = [
    "Встреча во втр. в 18:00",
    "Приходите В ПЯТН к 10",
    "к птн. сдать работы",
    "на Воскр запланирован поход",
    "в срд и в чтг: кружок",
    "во вскр; в сбт; в пнд, в понед, во втрн, в четв",
]


@pytest.mark.parametrize("text", CLIPPED)
def test_clipped_weekday_hints_hold_wherever_a_clipped_weekday_is(text: str) -> None:
    low = text.lower()
    assert weekday_abbreviations._CLIPPED.search(text) is not None
    assert any(hint in low for hint in weekday_abbreviations._CLIPPED_HINTS)
    assert weekday_abbreviations.expand_weekdays(text) != text


def test_clipped_weekday_hints_are_a_necessary_condition() -> None:
    hints = weekday_abbreviations._CLIPPED_HINTS
    for text in [*LINES, *CLIPPED]:
        for m in weekday_abbreviations._CLIPPED.finditer(text):
            assert any(hint in m.group(2).lower() for hint in hints), m.group(0)


def test_a_text_the_lower_case_cannot_speak_for_is_searched_as_it_is() -> None:
    # an emoji lies outside lowered.py's safe characters: the hints are not looked at
    assert weekday_abbreviations.expand_weekdays("🎉 во втр. в 18:00") == "🎉 во вторник в 18:00"


def test_a_case_variant_letter_in_a_clipped_weekday_is_left_as_written() -> None:
    # U+1C80 is a form of "в" that re.IGNORECASE equates with "в" but str.lower() keeps apart:
    # _CLIPPED matches it, and the word is kept rather than the message failing
    assert weekday_abbreviations.expand_weekdays("во ᲀтр. в 18:00") == "во ᲀтр. в 18:00"

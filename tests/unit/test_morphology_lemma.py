"""morphology.lemma and word_lemma: the one dictionary-form helper the title and venue rules
share (review41: five private copies in title_offer, title_opening, title_phrase,
title_announced and place_checks), read against pymorphy3 itself."""

from __future__ import annotations

import pymorphy3
import pytest

from bot.core.language.morphology import lemma, word_lemma

_MORPH = pymorphy3.MorphAnalyzer()


@pytest.mark.parametrize(
    "word", ["Музея", "КОНКУРСА", "лекции", "Ёлки", "турниры", "стали", "IT", "2026", "—", ""]
)
def test_lemma_is_the_likeliest_readings_normal_form(word: str) -> None:
    reading = _MORPH.parse(word.lower())[0]
    assert lemma(word) == reading.normal_form
    assert word_lemma(word) == (reading.normal_form if reading.tag.POS else None)


def test_lemma_keeps_yo_and_reads_case_blind() -> None:
    assert lemma("Ёлки") == "ёлка"  # no ё/е unifying (asked_event.lemma does that)
    assert lemma("МУЗЕЯ") == lemma("музея") == "музей"


def test_word_lemma_is_none_for_what_is_no_word() -> None:
    assert word_lemma("2026") is None
    assert word_lemma("—") is None
    assert word_lemma("состоится") == "состояться"

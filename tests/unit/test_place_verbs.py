"""The one vocabulary of verbs of taking place (place_verbs.py): every row's forms are forms
of its lemma (pymorphy3), and each reader gets the part it reads."""

from __future__ import annotations

import re

import pytest

from bot.core.language.morphology import analyzer
from bot.core.language.place_verbs import _TABLE, FORM_STARTS, IN_CLAUSE, LEMMAS, RIGHT_AFTER


def _lexeme(lemma: str) -> list[str]:
    """Every form of `lemma` (a verb's dictionary form), with "будет"/"будут" before its
    infinitive and short participles (the compound future and passive)."""
    forms: set[str] = set()
    for parse in analyzer().parse(lemma):
        if parse.normal_form != lemma or parse.tag.POS not in ("INFN", "VERB"):
            continue
        for form in parse.lexeme:
            forms.add(form.word)
            if form.tag.POS in ("INFN", "PRTS"):
                forms.update({f"будет {form.word}", f"будут {form.word}"})
    return sorted(forms)


@pytest.mark.parametrize(("lemma", "pattern", "event"), [row for row in _TABLE if row[1]])
def test_every_form_of_a_row_is_a_form_of_its_lemma(lemma: str, pattern: str, event: bool) -> None:
    lexeme = _lexeme(lemma)
    assert any(re.fullmatch(pattern, form.replace("ё", "е")) for form in lexeme) or any(
        re.fullmatch(pattern, form) for form in lexeme
    )
    assert (lemma in LEMMAS) == event


def test_each_reader_reads_its_part() -> None:
    assert IN_CLAUSE.search("концерт состоится в зале") is not None
    assert IN_CLAUSE.search("выставка будет работать в фойе") is not None
    assert RIGHT_AFTER.match(" пройдёт в Пушкино") is not None
    assert RIGHT_AFTER.match(" проведут в Пушкино") is None  # the organiser's: in the clause only
    assert {"состояться", "объявляться", "заработать"} <= LEMMAS
    assert "провести" not in LEMMAS  # "проведут": the organiser's verb, its subject no event


def test_every_title_lemma_begins_like_a_form_it_parses() -> None:
    for lemma in LEMMAS:
        assert lemma.startswith(FORM_STARTS) or any(
            form.startswith(FORM_STARTS) for form in _lexeme(lemma)
        )

"""One record per word form: what the parser's stages ask of a word (its pymorphy3 readings,
lemma, part of speech), read once per process and shared by every stage that reads words.

Before this record each stage asked pymorphy3 again through its own memo (`first_pos`,
title_visits' `_lemma`, `word_lemma` …), each reading the likeliest reading's tag anew;
speed66 measured the first reading of a new form by these memos as most of what a post the
process has not read costs over one it has. `form(word)` is remembered per word as written
(beneath it `morphology.parses`, per lower-cased word) and its fields are plain values."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True, slots=True)
class WordForm:
    """A word form's facts, from pymorphy3 (OpenCorpora):

    readings: its analyses, most likely first (Parse with tag_records' tags);
    lemma: the likeliest reading's dictionary form, the word lower-cased when it has none;
    pos: the likeliest reading's part of speech: None when the word has no reading, ""
      when that reading has none (digits, Latin, punctuation).

    Only what several stages ask is kept (a field is computed for every new form, asked or
    not); a stage's own question of the readings stays its own memo."""

    readings: tuple[Any, ...]
    lemma: str
    pos: str | None

    @property
    def word_lemma(self) -> str | None:
        """The lemma when the likeliest reading is a word (has a part of speech), else None."""
        return self.lemma if self.pos else None


@lru_cache(maxsize=16384)
def form(word: str) -> WordForm:
    """The record of `word` (any case; remembered per word as written)."""
    from bot.core.language.morphology import parses  # morphology reads its lemmas here

    found = parses(word)
    if not found:
        return WordForm(found, word.lower(), None)
    first = found[0]
    return WordForm(found, str(first.normal_form), first.tag.POS or "")

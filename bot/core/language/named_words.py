"""The words a person named an event by, for a reply to quote back: each in its dictionary
form, in the order written («лекцию о космосе 10 декабря» → лекция, космос), never the
leftover forms a question's parse keeps («лекция космосе»; attack 2026-12-02s #6b).
Pure: no store.
"""

from __future__ import annotations

from bot.core.language.cancel_phrases import reference_lemmas
from bot.core.language.morphology import parses

_FUNCTION_WORDS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})  # OpenCorpora parts of speech


def content_lemmas(lemmas: frozenset[str]) -> frozenset[str]:
    """`lemmas` without prepositions, conjunctions and particles («про», «для», «или»):
    the words that name an event, each of which a title must have."""
    return frozenset(
        lemma
        for lemma in lemmas
        if not (found := parses(lemma)) or found[0].tag.POS not in _FUNCTION_WORDS
    )


def title_words(reference: str) -> list[str]:
    """The words of `reference` that name an event, each in its dictionary form and in the
    order written, without days, numbers and prepositions (see the module docstring)."""
    words: list[str] = []
    for token in reference.split():
        for lemma in sorted(content_lemmas(reference_lemmas(token))):
            if lemma not in words:
                words.append(lemma)
    return words

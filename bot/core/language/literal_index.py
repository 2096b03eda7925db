"""Which of the rules' prefilter literals a text holds, found in one pass over it.

Every rule pattern and gate of the Scanner has a prefilter: a few literals of which each match
holds one (prefilter.required_literals). The Scanner used to look for each literal with its
own `literal in text` (a scan of the text per literal, ~90 per long post: 4 % of the parser's
instructions). Here every literal any plan has asked about is put in one Aho-Corasick
automaton (pyahocorasick, a C library), which reads a text once and reports every occurrence
of every literal, overlapping ones included; the Scanner then reads the literals' presence
from a set. `literal in text` holds exactly when the automaton reports `literal` for `text`
(both compare code points; tests/unit/test_literal_index.py).

A literal registered after a text was scanned is not in that scan's vocabulary: the Scanner
still looks for it with `in`.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

_VOCABULARY: set[str] = set()
_automaton: ahocorasick.Automaton | None = None
_scanned_vocabulary: frozenset[str] = frozenset()


def register(literals: Iterable[str]) -> None:
    """Add `literals` to what `scan` reports (the automaton is rebuilt on the next scan)."""
    global _automaton
    fresh = [literal for literal in literals if literal and literal not in _VOCABULARY]
    if fresh:
        _VOCABULARY.update(fresh)
        _automaton = None


def scan(text: str) -> tuple[frozenset[str], set[str]]:
    """(the literals looked for, those of them `text` holds): each literal of the first set
    is in the second exactly when `literal in text`."""
    global _automaton, _scanned_vocabulary
    automaton = _automaton
    if automaton is None:
        automaton = ahocorasick.Automaton()
        for literal in _VOCABULARY:
            automaton.add_word(literal, literal)
        automaton.make_automaton()
        _automaton = automaton
        _scanned_vocabulary = frozenset(_VOCABULARY)
    if not _scanned_vocabulary:
        return _scanned_vocabulary, set()
    return _scanned_vocabulary, {literal for _, literal in automaton.iter(text)}

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
from operator import itemgetter

import ahocorasick

_VOCABULARY: set[str] = set()
# the automaton and the vocabulary it was built from, as one value: plan files are parsed in
# worker threads beside the event loop, and a scan must never pair an automaton with a larger
# vocabulary than it holds (a literal missing from it would read as absent)
_INDEX: tuple[ahocorasick.Automaton, frozenset[str]] | None = None
# the literal of an (end, literal) hit: mapped over the hits in C, not unpacked in a Python loop
_LITERAL = itemgetter(1)


def register(literals: Iterable[str]) -> None:
    """Add `literals` to what `scan` reports (the automaton is rebuilt on the next scan)."""
    global _INDEX
    fresh = [literal for literal in literals if literal and literal not in _VOCABULARY]
    if fresh:
        _VOCABULARY.update(fresh)
        _INDEX = None


def scan(text: str) -> tuple[frozenset[str], set[str]]:
    """(the literals looked for, those of them `text` holds): each literal of the first set
    is in the second exactly when `literal in text`."""
    global _INDEX
    index = _INDEX
    if index is None or len(index[1]) != len(_VOCABULARY):
        vocabulary = frozenset(_VOCABULARY)  # one C call: a consistent snapshot
        automaton = ahocorasick.Automaton()
        for literal in vocabulary:
            automaton.add_word(literal, literal)
        if vocabulary:
            automaton.make_automaton()
        index = _INDEX = (automaton, vocabulary)
    automaton, vocabulary = index
    if not vocabulary:
        return vocabulary, set()
    return vocabulary, set(map(_LITERAL, automaton.iter(text)))

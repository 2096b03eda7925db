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

import re
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import Any

import ahocorasick

from bot.core.language.re_internals import constants as _k
from bot.core.language.re_internals import parser as _p

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


# -- a pattern's matches found from its opening literals ------------------------------------
# A pattern whose branches all open with literal strings ("парк|музе|…" behind a look-behind)
# gives `re` nothing to skip to when the strings' first letters are most of the alphabet: it
# tries every branch at every letter of a long post. OpeningIndex reads the post once with an
# Aho-Corasick automaton of the opening strings and tries the pattern only where one occurs.

_MIN_OPENING = 3  # an opening as long as this (or the whole branch) is selective enough
_MAX_CLASS = 8  # a class of at most this many characters is spelt out, one string each


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of `pattern` opens with one (read from its parsed code:
    literals, small classes, groups, alternations and optional parts, zero-width assertions
    skipped), or None when some match might open with none of them (an empty opening, an
    unknown construct first, a case-insensitive pattern)."""
    if _p is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        found, _ = _extend(list(_p.parse(pattern.pattern, pattern.flags)), frozenset({""}))
    except Exception:  # an unexpected tree: no index
        return None
    if not found or "" in found:
        return None
    return found


def _extend(items: list[tuple[Any, Any]], heads: frozenset[str]) -> tuple[frozenset[str], bool]:
    """(the openings `heads` grow into over `items`, whether all of `items` was read): reading
    may stop early at any point, a shorter opening still opens every match."""
    for op, arg in items:
        if all(len(h) >= _MIN_OPENING for h in heads):
            return heads, False
        if op is _k.LITERAL:
            heads = frozenset(h + chr(arg) for h in heads)
        elif op is _k.IN:
            chars = _class_chars(arg)
            if chars is None:
                return heads, False
            heads = frozenset(h + c for h in heads for c in chars)
        elif op in (_k.ASSERT, _k.ASSERT_NOT, _k.AT):
            continue  # zero-width: the match's characters open after it
        elif op is _k.SUBPATTERN:
            heads, whole = _extend(list(arg[3]), heads)
            if not whole:
                return heads, False
        elif op is _k.BRANCH:
            grown = [_extend(list(branch), heads) for branch in arg[1]]
            heads = frozenset().union(*(g for g, _ in grown))
            if not all(whole for _, whole in grown):
                return heads, False
        elif op in (_k.MAX_REPEAT, _k.MIN_REPEAT) and arg[0] == 0 and arg[1] == 1:
            taken, whole = _extend(list(arg[2]), heads)
            if not whole:
                return heads | taken, False
            heads = heads | taken
        else:
            return heads, False
    return heads, True


def _class_chars(items: list[tuple[Any, Any]]) -> list[str] | None:
    chars: list[str] = []
    for op, arg in items:
        if op is _k.LITERAL:
            chars.append(chr(arg))
        elif op is _k.RANGE and arg[1] - arg[0] < _MAX_CLASS:
            chars += [chr(c) for c in range(arg[0], arg[1] + 1)]
        else:
            return None  # a negated class, a category, a wide range
    return chars if len(chars) <= _MAX_CLASS else None


class OpeningIndex:
    """`pattern.finditer(text)` (the same matches, in order) for a pattern whose `openings`
    are known: tried only at the offsets where an opening occurs, left to right, each from
    where the last match ended, as `finditer` goes on. A match can open nowhere else, so the
    leftmost match at or after a position is the first of those offsets where `match` finds
    one (its look-behinds read the text before the offset, as in a search)."""

    def __init__(self, pattern: re.Pattern[str], strings: frozenset[str]) -> None:
        self.pattern = pattern
        self._automaton = ahocorasick.Automaton()
        for string in strings:
            self._automaton.add_word(string, len(string))
        self._automaton.make_automaton()

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`self.pattern.finditer(text)`: the same Match objects, in order, tried only at the
        offsets (characters of `text`) where one of the opening strings begins."""
        starts = sorted({end - size + 1 for end, size in self._automaton.iter(text)})
        match, pos = self.pattern.match, 0
        for at in starts:
            if at < pos:
                continue
            m = match(text, at)
            if m is not None:
                yield m
                pos = m.end() if m.end() > at else at + 1

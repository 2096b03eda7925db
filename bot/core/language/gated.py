"""Compiled patterns that skip a text holding none of the strings every match needs.

A rule's pattern is often searched over a whole long post that cannot match it: "день|недел|
ночь|декад|месячник" costs `re` a try at each "д", "н" and "м" of the post, a pattern
opening with `\\s`, `\\b` or a lookbehind a try at every position. `gated` wraps a compiled,
case-sensitive pattern with its required literals (prefilter.required_literals read as
written: strings of which every match contains at least one); a call on a text holding none
of them returns what `re` would return for a text with no match (None, [], an empty iterator,
the text itself from `sub`) without running `re`. A match lies inside the string searched, so
the test on the whole string is a necessary condition for every method, whatever `pos` and
`endpos` say; it is never sufficient, and a text holding a literal is searched by `re` as it
is. Same results as the pattern itself, call for call.

Whether a literal occurs in a long text is remembered for the last few texts (a post is
searched by many gated patterns, and several share literals such as "регистрац"): each is
looked for once per text with `in` (C speed, no regex).

The same idea as the Scanner's prefilter (tokens.py), for the patterns the rules search
directly on the post, its sentences or its windows. A pattern without such literals (no
literal of MIN_LENGTH characters in every match, case-insensitive, verbose) gets the empty
string as its only literal: always searched, so wrapping a pattern never changes what it finds.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from bot.core.language.prefilter import required_literals

MIN_LENGTH = 3  # "до", "в" occur in every post: a gate on them never skips anything
# texts at least this long have their literals remembered; a shorter one is looked through
# directly (a few `in` on a line cost less than hashing it into the memo)
LONG_TEXT = 160
_KEEP = 6  # texts remembered: the post, its normalised and lower-cased copies, a view

_SEEN: dict[str, dict[str, bool]] = {}


def holds_any(text: str, literals: tuple[str, ...]) -> bool:
    """Whether `text` contains one of `literals` (each remembered per long text)."""
    if len(text) < LONG_TEXT:
        return any(literal in text for literal in literals)
    known = _SEEN.get(text)
    if known is None:
        if len(_SEEN) >= _KEEP:
            del _SEEN[next(iter(_SEEN))]
        known = _SEEN[text] = {}
    for literal in literals:
        held = known.get(literal)
        if held is None:
            held = known[literal] = literal in text
        if held:
            return True
    return False


class Gated:
    """A compiled pattern behind its required-literal test (see the module docstring).

    Offers the methods of `re.Pattern[str]` the rules call (search, match, fullmatch,
    finditer, findall, sub, subn, split) with their signatures and results; `pattern`,
    `flags`, `groups` and `groupindex` are the wrapped pattern's, and `compiled` is the
    pattern itself (for a helper that needs a real `re.Pattern`)."""

    __slots__ = ("compiled", "flags", "groupindex", "groups", "literals", "pattern")

    def __init__(self, compiled: re.Pattern[str], literals: tuple[str, ...]) -> None:
        self.compiled = compiled
        self.literals = literals
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex

    def __repr__(self) -> str:
        return f"gated({self.compiled!r})"

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not holds_any(string, self.literals):
            return None
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not holds_any(string, self.literals):
            return None
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if not holds_any(string, self.literals):
            return None
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not holds_any(string, self.literals):
            return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if not holds_any(string, self.literals):
            return []
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        if not holds_any(string, self.literals):
            return string
        return self.compiled.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        if not holds_any(string, self.literals):
            return string, 0
        return self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        if not holds_any(string, self.literals):
            return [string]
        return self.compiled.split(string, maxsplit)


def gated(compiled: re.Pattern[str]) -> Gated:
    """`compiled` behind its required-literal test; with the empty string as its only
    literal (which every text holds: always searched) when it has no such literals
    (case-insensitive, verbose, or a match may hold none of MIN_LENGTH characters)."""
    found = None
    if not compiled.flags & re.IGNORECASE:  # else they would be looked for in every case
        found = required_literals(compiled, MIN_LENGTH, lower=False)
    if found is None:
        return Gated(compiled, ("",))
    return Gated(compiled, tuple(sorted(found, key=lambda s: (-len(s), s))))

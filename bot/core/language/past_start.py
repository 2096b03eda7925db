"""Twins of patterns that open with a choice of "^" or something else, for searches past the
text's first character.

A pattern such as `(?:^|[.!?\\n;,]\\s*)(?:[а-я]+\\s+){1,4}начн[её]тся…` can open its match at
the text's start with any letter, so the characters a match can open with (first_scan.py,
prefilter.with_first_chars) include every letter, and `re` tries the pattern at nearly every
position of a post. Without MULTILINE, "^" and "\\A" hold only at position 0 of the string,
whatever `pos` a search is given (`re` reads them against the string's real start), so a
search from position 1 on can only find matches that open with the other branches: here a
punctuation mark. `past_start` compiles the pattern with a first-character scan on those
characters alone; a search of the whole text is then `pattern.match(text)` at position 0 and
the twin's search from position 1 (`search_from`): the same match, spans and groups.
"""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan, first_chars
from bot.core.language.prefilter import MAX_FIRST
from bot.core.language.re_internals import parser as _p

_INLINE = re.compile(r"\(\?[aiLmsux-]+[):]")


def past_start(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A twin of `pattern` with a first-character scan valid for searches from position 1 on
    (see the module's doc), or None when leaving out the "^" branches narrows nothing, the
    pattern is case-folded, verbose, multi-line or has inline flags, or the parser is not
    the expected one."""
    flags = pattern.flags
    if _p is None or flags & (re.VERBOSE | re.IGNORECASE | re.MULTILINE):
        return None
    if not isinstance(pattern.pattern, str):
        return None
    if _INLINE.search(pattern.pattern):
        return None
    try:
        tree = list(_p.parse(pattern.pattern, flags))
        inside = first_chars(tree, MAX_FIRST, past_start=True)
        if inside is None or inside == first_chars(tree):
            return None  # the "^" branches open with characters the others open with too
        return compile_with_scan(f"(?=[{inside}])(?:{pattern.pattern})", flags)
    except Exception:  # an unexpected tree: no twin
        return None


def search_from(
    pattern: re.Pattern[str], later: re.Pattern[str] | None, text: str, pos: int = 0
) -> re.Match[str] | None:
    """`pattern.search(text, pos)`, read with its twin `later` (past_start) past position 0."""
    if later is None:
        return pattern.search(text, pos)
    if pos <= 0:
        m = pattern.match(text)
        if m is not None:
            return m
        pos = 1
    return later.search(text, pos)

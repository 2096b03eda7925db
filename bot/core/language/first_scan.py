"""Patterns opening with a lookahead on their first character, compiled so that `re` skips
to that character at C speed.

`re.search` tries a pattern at every position of the text unless the compiled code's INFO
block names the characters a match can open with (a literal prefix, or a charset when the
pattern's first element is a character class). A pattern opening with `\\b`, an optional
group, a lookbehind or a lookahead (`(?=[вн\\d])…`, prefilter.with_first_chars, tokens.initials)
gets no such charset: each position costs a call into the matcher (~60–90 ns on a long
post), where a charset costs a table lookup (~2 ns). `with_first_scan` compiles the pattern
with the charset of its leading lookahead in the INFO block: the matcher is then called only
where the lookahead can hold. The lookahead stays in the code, so the matches, their spans and
groups are the pattern's own (the INFO block only tells the search where to try; `match` and
`fullmatch` read only its minimum length).

`first_chars` (the characters a parsed pattern's matches can open with) is shared with
prefilter.with_first_chars, which writes them as a lookahead.

The code is built with the standard library's own compiler (`re._parser`, `re._compiler`,
CPython 3.11); anything unexpected gives the pattern as `re.compile` builds it.
"""

from __future__ import annotations

import re
from typing import Any

from bot.core.language.branch_trie import trie_branches, with_trie
from bot.core.language.possessive_runs import possessive_runs
from bot.core.language.re_internals import compiler as _c
from bot.core.language.re_internals import constants as _k
from bot.core.language.re_internals import parser as _p
from bot.core.language.re_internals import sre as _sre

_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


def with_first_scan(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, compiled with the charset of its leading lookahead ("(?=[…])", after any
    `\\b` or lookbehinds), else of the characters its matches can open with, as `re`'s
    first-character scan; `pattern` itself when neither is known, it already has a scan of
    its own, can match an empty string, ignores case or the compiler is not the expected
    one. Either way its alternations are compiled as tries (branch_trie.py) where that
    changes anything. Same matches, spans and groups."""
    return _scanned(pattern.pattern, pattern.flags) or with_trie(pattern)


def compile_with_scan(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` with the scan and the tries of `with_first_scan`, parsed
    once when a scan is known (the parser's regexes are compiled when the bot starts)."""
    return _scanned(source, flags) or with_trie(re.compile(source, flags))


def _scanned(source: str, flags: int) -> re.Pattern[str] | None:
    """The pattern compiled with a first-character scan, or None (see with_first_scan)."""
    if _c is None or flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        return _compiled(source, flags)
    except Exception:  # an unexpected tree or code: no scan
        return None


def _compiled(source: str, given: int) -> re.Pattern[str] | None:
    parsed = _p.parse(source, given)
    flags = given | parsed.state.flags
    if flags & re.IGNORECASE or flags & re.DEBUG:
        return None
    items = list(parsed.data)
    if items and items[0][0] is _k.AT and str(items[0][1]).startswith("AT_BEGINNING"):
        return None  # "\\A…", "^…": `re` tries the start (of each line) only, or knows better
    chars = _leading_lookahead(items)
    if chars is None:
        chars = _first_chars(parsed)
    if chars is None:
        return None
    trie_branches(parsed)  # same matches (branch_trie.py); after the first characters are read
    possessive_runs(parsed, flags)  # same matches (possessive_runs.py)
    code = _c._code(parsed, given)
    # INFO, skip, mask, min, max, …: no prefix or charset of its own, and never empty
    if code[0] is not _k.INFO or code[2] != 0 or code[3] == 0:
        return None
    charset, cased = _c._optimize_charset(chars)
    if cased:
        return None
    info = [_k.INFO, 0, _k.SRE_INFO_CHARSET, code[3], code[4]]
    _c._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    body = code[1 + code[1] :]
    groups = parsed.state.groups
    index_group: list[str | None] = [None] * groups
    for name, i in parsed.state.groupdict.items():
        index_group[i] = name
    found: re.Pattern[str] = _sre.compile(
        source, flags, info + body, groups - 1, parsed.state.groupdict, tuple(index_group)
    )
    return found


def _first_chars(parsed: Any) -> list[tuple[Any, Any]] | None:
    """The characters every match opens with (first_chars, a superset), as a parsed
    character class; None when unknown or when a match can be empty."""
    chars = first_chars(list(parsed.data))
    if chars is None:
        return None
    inner = list(_p.parse(f"[{chars}]").data)
    if len(inner) != 1:
        return None
    if inner[0][0] is _k.LITERAL:  # one character ("\\bчто…", "\\bсо?\\s+\\d…"): "[ч]" parses
        return [inner[0]]  # as a literal, not a class
    return list(inner[0][1]) if inner[0][0] is _k.IN else None


def _leading_lookahead(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    """The character set of a lookahead on one character among the zero-width elements
    that open a pattern (`\\b`, lookbehinds, negative lookarounds), else None."""
    for op, arg in items:
        if str(op) not in _ZERO_WIDTH:
            return None
        if op is _k.ASSERT and arg[0] == 1:  # a lookahead: (direction, subpattern)
            inner = list(arg[1].data)
            if len(inner) != 1:
                return None
            kind, value = inner[0]
            if kind is _k.IN:
                return list(value)
            if kind is _k.LITERAL:
                return [(kind, value)]
            return None
    return None


def first_chars(
    items: list[tuple[Any, Any]], most: int | None = None, past_start: bool = False
) -> str | None:
    """The inside of a regex character class holding every character a match of the parsed
    pattern `items` can open with (a superset: \\d spelt as ranges), or None when unknown,
    more than `most` items, or when the pattern can match the empty string. `past_start`:
    only matches opening past the string's first position count, so a branch opening with
    "^" or "\\A" (not multi-line: the caller checks) opens with nothing (past_start.py)."""
    first, nullable = _first(items, past_start)
    if nullable or not first or (most is not None and len(first) > most):
        return None
    return "".join(sorted(first))


def _first(items: list[tuple[Any, Any]], later: bool = False) -> tuple[set[str] | None, bool]:
    """(escaped first characters, whether the sequence can match the empty string)."""
    found: set[str] = set()
    for op, arg in items:
        if later and op is _k.AT and arg in (_k.AT_BEGINNING, _k.AT_BEGINNING_STRING):
            return found, False  # fails past position 0: nothing after it opens a match
        chars, nullable = _first_of(op, arg, later)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _first_of(op: Any, arg: Any, later: bool = False) -> tuple[set[str] | None, bool]:
    if op is _k.LITERAL:
        return {re.escape(chr(arg))}, False
    if op in (_k.AT, _k.ASSERT, _k.ASSERT_NOT):
        return set(), True  # zero width: the next element starts the match
    if op is _k.SUBPATTERN:
        if arg[1] & re.IGNORECASE:  # "(?i:…)": its letters open a match in either case
            return None, False
        return _first(list(arg[3]), later)
    if op is _k.ATOMIC_GROUP:
        return _first(list(arg), later)
    if op in (_k.MAX_REPEAT, _k.MIN_REPEAT, _k.POSSESSIVE_REPEAT):
        chars, nullable = _first(list(arg[2]), later)
        return chars, nullable or arg[0] == 0
    if op is _k.BRANCH:
        union: set[str] = set()
        empty = False
        for branch in arg[1]:
            chars, nullable = _first(list(branch), later)
            if chars is None:
                return None, False
            union |= chars
            empty = empty or nullable
        return union, empty
    if op is _k.IN:
        return _class_items(arg), False
    return None, False  # ".", a back reference, …: unknown


# \d and \s spelt out as ranges in a lookahead's class, so that `re` compiles the class into a
# bitmap instead of calling a Unicode category test at every position: every decimal digit
# other than 0-9 lies at U+0660 or above (a superset is enough for a lookahead), and \s is
# exactly the 29 characters str.isspace() accepts, all below U+3001
_DIGITS = r"0-9\u0660-\U0010ffff"
_SPACES = "".join(f"\\u{code:04x}" for code in range(0x3001) if chr(code).isspace())


def _class_items(items: list[tuple[Any, Any]]) -> set[str] | None:
    out: set[str] = set()
    for op, arg in items:
        if op is _k.LITERAL:
            out.add(re.escape(chr(arg)))
        elif op is _k.RANGE:
            out.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is _k.CATEGORY and arg is _k.CATEGORY_DIGIT:
            out.add(_DIGITS)
        elif op is _k.CATEGORY and arg is _k.CATEGORY_SPACE:
            out.add(_SPACES)
        else:
            return None  # a negated class, \w: too wide
    return out

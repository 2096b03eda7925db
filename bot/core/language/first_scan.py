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

The code is built with the standard library's own compiler (`re._parser`, `re._compiler`,
CPython 3.11); anything unexpected gives the pattern as `re.compile` builds it.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_c: Any
_p: Any
_k: Any
_sre: Any
try:  # the standard library's own regex compiler (CPython 3.11+; no type stubs)
    _c = importlib.import_module("re._compiler")
    _p = importlib.import_module("re._parser")
    _k = importlib.import_module("re._constants")
    _sre = importlib.import_module("_sre")
except ImportError:  # pragma: no cover - another Python: patterns as re.compile builds them
    _c = _p = _k = _sre = None

_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


def with_first_scan(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, compiled with the charset of its leading lookahead ("(?=[…])", after any
    `\\b` or lookbehinds), else of the characters its matches can open with, as `re`'s
    first-character scan; `pattern` itself when neither is known, it already has a scan of
    its own, can match an empty string, ignores case or the compiler is not the expected
    one. Same matches, spans and groups."""
    if _c is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return pattern
    try:
        return _compiled(pattern)
    except Exception:  # an unexpected tree or code: the pattern as it is
        return pattern


def _compiled(pattern: re.Pattern[str]) -> re.Pattern[str]:
    parsed = _p.parse(pattern.pattern, pattern.flags)
    flags = pattern.flags | parsed.state.flags
    if flags & re.IGNORECASE or flags & re.DEBUG:
        return pattern
    chars = _leading_lookahead(list(parsed.data))
    if chars is None:
        chars = _first_chars(parsed)
    if chars is None:
        return pattern
    code = _c._code(parsed, pattern.flags)
    # INFO, skip, mask, min, max, …: no prefix or charset of its own, and never empty
    if code[0] is not _k.INFO or code[2] != 0 or code[3] == 0:
        return pattern
    charset, cased = _c._optimize_charset(chars)
    if cased:
        return pattern
    info = [_k.INFO, 0, _k.SRE_INFO_CHARSET, code[3], code[4]]
    _c._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    body = code[1 + code[1] :]
    groups = parsed.state.groups
    index_group: list[str | None] = [None] * groups
    for name, i in parsed.state.groupdict.items():
        index_group[i] = name
    found: re.Pattern[str] = _sre.compile(
        pattern.pattern, flags, info + body, groups - 1, parsed.state.groupdict, tuple(index_group)
    )
    return found


def _first_chars(parsed: Any) -> list[tuple[Any, Any]] | None:
    """The characters every match opens with (prefilter's first-character analysis, a
    superset), as a parsed character class; None when unknown or when a match can be empty."""
    from bot.core.language.prefilter import first_chars  # prefilter compiles with this module

    chars = first_chars(list(parsed.data))
    if chars is None:
        return None
    inner = list(_p.parse(f"[{chars}]").data)
    return list(inner[0][1]) if len(inner) == 1 and inner[0][0] is _k.IN else None


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

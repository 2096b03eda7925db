"""Case-insensitive patterns searched as case-sensitive twins over the lower-cased post.

`re` matches a re.IGNORECASE pattern by lower-casing every character it tries, and gives such
a pattern none of its fast scans; the title's kind nouns (title_words.KIND) and the venue's
place nouns and addresses (places.py) are long case-insensitive alternations run over whole
posts. `finditer_i` lower-cases the post once and searches it with the pattern's twin (its
source lower-cased, compiled without re.I), then re-reads each hit with the pattern itself
at the same position: the same Match objects, in the same order, as `pattern.finditer`.

This is exact when every character of the post and of the pattern lies in `_SAFE` (ASCII,
Latin-1 punctuation and signs, basic Cyrillic, general punctuation, "№"): each such character
lower-cases to one character of the same set, the same one `re` uses, and no other character
of the set is case-equivalent to it (`re`'s extra case pairs, such as "в" and U+1C80, lead
outside the set). Checked when the module loads; any other post or pattern is searched with
the pattern itself.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any, Protocol

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.word_openings import WordOpenings, openings
from bot.core.language.word_openings import matches as word_matches

_SAFE_RANGES = ((0x00, 0x7F), (0xA0, 0xBF), (0x400, 0x45F), (0x2000, 0x206F), (0x2116, 0x2116))
_UNSAFE = re.compile(
    "[^" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in _SAFE_RANGES) + "]"
)
# \S, \W, \D, \B change meaning in lower case; \uXXXX, \xXX, \N{…}, octal and back references
# name characters the lower-casing of the source would not reach
_UNSAFE_ESCAPE = re.compile(r"\\[A-Zux0-9]")
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[):]")
# a named group's opening, "(?P<day>": lower-cased it reads "(?p<day>", no syntax of `re`; kept
# as written in the twin (a name is no character to match). A back reference "(?P=day)" is
# left lower-cased and the twin then fails to compile: the pattern is searched itself
_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<[A-Za-z_]\w*>")


def _checked() -> bool:
    """Whether lower-casing keeps every safe character safe and agrees with `re`'s own."""
    try:
        sre: Any = importlib.import_module("_sre")
        to_lower = sre.unicode_tolower
    except (ImportError, AttributeError):  # pragma: no cover - another Python
        return False
    for low, high in _SAFE_RANGES:
        for code in range(low, high + 1):
            lowered = chr(code).lower()
            if len(lowered) != 1 or ord(lowered) != to_lower(code) or _UNSAFE.match(lowered):
                return False
    return True


_ENABLED = _checked()
# id(pattern) -> (pattern, twin): a compiled pattern's hash is computed over its whole code on
# every lookup (CPython does not cache it); the entry keeps the pattern alive, so ids stay unique
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
# the texts last lower-cased (None: unsafe), least recently read first: a post and the short
# windows of it that the title and venue rules search between two searches of the whole post
_LOWERED: dict[str, str | None] = {}
_KEEP_LOWERED = 4


def twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a re.IGNORECASE pattern, or None when there is none."""
    known = _TWINS.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    source = pattern.pattern
    source = source[4:] if source.startswith("(?i)") else source
    found: re.Pattern[str] | None = None
    if (
        _ENABLED
        and pattern.flags & re.IGNORECASE
        and not pattern.flags & re.VERBOSE
        and not _UNSAFE_ESCAPE.search(source)
        and not _INLINE_FLAGS.search(source)
        and not _UNSAFE.search(source)
    ):
        found = _compiled_twin(source, pattern.flags & ~re.IGNORECASE)
    _TWINS[id(pattern)] = (pattern, found)
    return found


def _compiled_twin(source: str, flags: int) -> re.Pattern[str] | None:
    """`source` lower-cased (its named groups' openings as written, _NAMED_GROUP) and compiled
    with `flags`; None when that is no pattern `re` compiles. Every character of `source` is
    in _SAFE (twin checks it), so lower-casing keeps each at its offset."""
    low = source.lower()
    for m in _NAMED_GROUP.finditer(source):
        low = low[: m.start()] + m.group(0) + low[m.end() :]
    try:
        return compile_with_scan(low, flags)
    except re.error:  # "(?p=day)": a back reference lower-cased
        return None


# `str.lower` of the last few texts: the venue's and the draft's finders each lower-case the
# same post (about seven times a post: a third of the ~10,000 characters lower-cased a post)
_LOWER: dict[str, str] = {}
_KEEP_LOWER = 16


def lower(text: str) -> str:
    """`text.lower()`, remembered for the last few texts (one post is lower-cased by several
    finders: each reads it from here)."""
    low = _LOWER.get(text)
    if low is None:
        if len(_LOWER) >= _KEEP_LOWER:
            _LOWER.clear()
        low = _LOWER[text] = text.lower()
    return low


def lowered(text: str) -> str | None:
    """`text` in lower case (same length), or None when it holds a character outside _SAFE."""
    if text in _LOWERED:
        low = _LOWERED.pop(text)  # put back last: the least recently read goes first
    else:
        low = None if _UNSAFE.search(text) else lower(text)
        if len(_LOWERED) >= _KEEP_LOWERED:
            del _LOWERED[next(iter(_LOWERED))]
    _LOWERED[text] = low
    return low


# the matches of the last few (pattern, text) pairs: the title and the venue each search a
# post for the kind and place nouns (title_words.KIND, place_nouns.PLACE) more than once
# (one in eleven searches repeats one); Match objects are immutable and every caller gets
# its own iterator over the list. The entry keeps its pattern alive: its id stays unique.
_FOUND: dict[tuple[int, str], tuple[re.Pattern[str], list[re.Match[str]]]] = {}
_KEEP_FOUND = 16


def finditer_i(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a re.IGNORECASE pattern, searched on the lower case."""
    key = (id(pattern), text)
    known = _FOUND.get(key)
    if known is not None and known[0] is pattern:
        return iter(known[1])
    found = _matches(pattern, text)
    if len(_FOUND) >= _KEEP_FOUND:
        _FOUND.clear()
    _FOUND[key] = (pattern, found)
    return iter(found)


def finditer_span(
    pattern: re.Pattern[str], text: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos, endpos)` for a re.IGNORECASE pattern: its twin searched
    over the lower-cased `text` between the same bounds (a look-behind reads the text before
    `pos` in both, a look-ahead stops at `endpos` in both), each hit read again with `pattern`
    at the same offset and bounds. A window of a post (a sentence, a span) searched without
    a case-insensitive scan."""
    fast, low = twin(pattern), lowered(text)
    if fast is None or low is None:
        return pattern.finditer(text, pos, endpos)
    out: list[re.Match[str]] = []
    for hit in fast.finditer(low, pos, endpos):
        m = pattern.match(text, hit.start(), endpos)
        if m is None or m.end() != hit.end():  # never expected: read the window as it is
            return pattern.finditer(text, pos, endpos)
        out.append(m)
    return iter(out)


def search_i(pattern: re.Pattern[str], text: str, skip: int = 0) -> re.Match[str] | None:
    """`pattern.search(text)` for a re.IGNORECASE pattern, searched on the lower case.
    `skip`: a position before which the caller has proved the twin cannot match in the
    lower-cased text; the twin's search starts there (read only when the twin is used)."""
    fast, low = twin(pattern), lowered(text)
    if fast is None or low is None:
        return pattern.search(text)
    hit = fast.search(low, skip)
    if hit is None:
        return None
    m = pattern.match(text, hit.start())
    return m if m is not None and m.end() == hit.end() else pattern.search(text)


class _TwinFinder(Protocol):
    def finditer(self, text: str, /) -> Iterator[re.Match[str]]: ...


# id(pattern) -> (pattern, its twin's word-form index or None), as _TWINS
_OPENINGS: dict[int, tuple[re.Pattern[str], WordOpenings | None]] = {}


def _matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    fast = twin(pattern)
    known = _OPENINGS.get(id(pattern))
    if known is None or known[0] is not pattern:
        index = None if fast is None else openings(fast.pattern, fast.flags)
        known = _OPENINGS[id(pattern)] = (pattern, index)
    index = known[1]
    low = lowered(text) if index is not None else None
    if fast is None or index is None or low is None:
        return reread(pattern, text, fast)
    # a pattern opening only at a word's first letter: tried at the words that may open it
    return word_matches(pattern, text, low, fast, index, lambda: list(pattern.finditer(text)))


def reread(pattern: re.Pattern[str], text: str, fast: _TwinFinder | None) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))` for a re.IGNORECASE `pattern`: `fast` (its twin, or a
    literal_index.OpeningIndex over the twin) finds the hits in the lower-cased `text`, each
    read again with `pattern` at the same offset, so the Match objects are `pattern`'s own.
    `pattern.finditer` itself when `fast` is None or `text` holds a character outside _SAFE,
    or (never expected) when a hit does not read again to the same end."""
    low = lowered(text)
    if fast is None or low is None:
        return list(pattern.finditer(text))
    out: list[re.Match[str]] = []
    for hit in fast.finditer(low):
        m = pattern.match(text, hit.start())
        if m is None or m.end() != hit.end():  # never expected: read the post as it is
            return list(pattern.finditer(text))
        out.append(m)
    return out

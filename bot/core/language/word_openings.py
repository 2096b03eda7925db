"""A case-insensitive pattern that can open only at a word's first letter, found by word form.

The title's kind nouns (title_words.KIND: "(?<![а-яё])(?:лекци|семинар|…)…") are searched
over whole posts: `re` tries the pattern's twin (lowered.py) at every letter of the post, and
at all but the first letter of a word only to fail its look-behind. Such a pattern opens a
match only where a run of Cyrillic letters starts, and only when that run (the word form)
starts with one of the literal letters every alternative opens with ("лекци", "семинар",
…). So the post's word forms are read once (one `findall`), each distinct form is asked once
in the process whether it starts with one of those prefixes (remembered), and the pattern is
tried only at the runs of forms that do: the same matches, in the same order, as a scan.

`openings(source, flags)` derives the prefixes from the parsed pattern (re._parser) and gives
None for any pattern it cannot prove this of (no look-behind on [а-яё] first, an alternative
opening with a class or a group that may be empty, inline flags): those keep their scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.re_internals import constants as _k
from bot.core.language.re_internals import parser as _p

LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_RUN = compile_with_scan(r"[а-яё]+")
_KEEP_FORMS = 65_536  # distinct word forms remembered per pattern (cleared when full)
# the word forms of the last few texts read: several patterns' indexes read the same post
# (KIND and the title's other cues), 40 % of the characters read before were read again
_FORMS: dict[str, list[str]] = {}
_KEEP_TEXTS = 8


def forms(low: str) -> list[str]:
    """The runs of [а-яё] of `low`, in order (`_RUN.findall(low)`), remembered for the last
    few texts (the list is shared: callers do not change it)."""
    words = _FORMS.get(low)
    if words is None:
        if len(_FORMS) >= _KEEP_TEXTS:
            _FORMS.clear()
        words = _FORMS[low] = _RUN.findall(low)
    return words


class WordOpenings:
    """Where a pattern that opens at a word start may match in a lower-cased text."""

    def __init__(self, prefixes: tuple[str, ...]) -> None:
        self.prefixes = prefixes
        self._known: set[str] = set()  # forms already asked
        self._opening: set[str] = set()  # of those, the forms starting with a prefix

    def positions(self, low: str) -> list[int]:
        """The starts of the letter runs of `low` whose form starts with a prefix, ascending:
        every position where the pattern can open a match (`low` is lower case)."""
        words = forms(low)
        if not self._known.issuperset(words):  # set operations over the list: C loops
            if len(self._known) > _KEEP_FORMS:
                self._known.clear()
                self._opening.clear()
            # the forms not asked yet, read from the post's list: never a copy of `_known`
            # (symmetric_difference copied the whole set, up to _KEEP_FORMS forms, for each
            # new post: most of a new post's cost once a process has read a few hundred)
            unknown = set(words).difference(self._known)
            self._known.update(unknown)
            starts = self.prefixes
            self._opening.update(form for form in unknown if form.startswith(starts))
        found: list[int] = []
        for form in self._opening.intersection(words):
            size = len(form)
            at = low.find(form)
            while at >= 0:
                # the whole run, not a part of a longer one ("урок" in "уроки")
                if (not at or low[at - 1] not in LETTERS) and (
                    at + size == len(low) or low[at + size] not in LETTERS
                ):
                    found.append(at)
                at = low.find(form, at + size)
        found.sort()
        return found


def matches(
    pattern: re.Pattern[str],
    text: str,
    low: str,
    fast: re.Pattern[str],
    index: WordOpenings,
    fallback: Callable[[], list[re.Match[str]]],
) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))` for a re.IGNORECASE `pattern` whose case-sensitive
    twin `fast` opens only at the positions `index` gives in `low` (text lower-cased):
    `fast` tried there, left to right, each try at or after the previous match's end (as
    finditer goes on); each hit read again with `pattern` at the same offset. `fallback()`
    when a hit does not read again to the same end (never expected)."""
    out: list[re.Match[str]] = []
    done = 0
    for at in index.positions(low):
        if at < done:
            continue
        hit = fast.match(low, at)
        if hit is None:
            continue
        m = pattern.match(text, at)
        if m is None or m.end() != hit.end() or hit.end() == at:
            return fallback()
        out.append(m)
        done = hit.end()
    return out


def openings(source: str, flags: int = 0) -> WordOpenings | None:
    """The word-form index of a case-sensitive (lower-case) pattern `source`, or None when
    its matches are not proved to open only at a run of [а-яё] whose form starts with one of
    a known set of literal letter prefixes."""
    if _p is None or flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = _p.parse(source, flags)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    items = list(parsed.data)
    word_start = False
    while items and items[0][0] in (_k.ASSERT, _k.ASSERT_NOT, _k.AT):
        op, arg = items.pop(0)
        # zero width: each only narrows where a match opens; the look-behind on a letter
        # is what puts every match at a run's start
        word_start = word_start or (op is _k.ASSERT_NOT and _behind_letters(arg))
    if not word_start:
        return None
    prefixes = _prefixes(items)
    if not prefixes:
        return None
    return WordOpenings(tuple(sorted(prefixes)))


def _behind_letters(arg: Any) -> bool:
    """Whether a negative look-around `arg` is a look-behind on one character of a class
    holding every lower-case Cyrillic letter ("(?<![а-яё])", "(?<![а-яё-])")."""
    direction, sub = arg
    inner = list(sub.data)
    if direction != -1 or len(inner) != 1:
        return False
    op, value = inner[0]
    if op is _k.LITERAL:
        return False
    if op is not _k.IN or any(kind is _k.NEGATE for kind, _ in value):
        return False
    return all(_in_class(value, ch) for ch in LETTERS)


def _in_class(items: list[tuple[Any, Any]], ch: str) -> bool:
    code = ord(ch)
    for op, arg in items:
        if op is _k.LITERAL and arg == code:
            return True
        if op is _k.RANGE and arg[0] <= code <= arg[1]:
            return True
    return False


def _prefixes(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The literal letters every match of the sequence `items` opens with, one string per
    way it can open (each non-empty); None when some way opens otherwise (a class, a
    repeat, an empty alternative, a group with flags)."""
    if not items:
        return None
    op, arg = items[0]
    if op is _k.LITERAL:
        head = ""
        for kind, value in items:
            if kind is not _k.LITERAL or chr(value) not in LETTERS:
                break
            head += chr(value)
        if not head:
            return None
        rest = items[len(head) :]
        # the parser moves the letters its alternatives share out in front ("ле(?:кци|нт)")
        more = _prefixes(rest) if rest and rest[0][0] in (_k.SUBPATTERN, _k.BRANCH) else None
        return {head + tail for tail in more} if more else {head}
    if op is _k.SUBPATTERN:
        _, add, remove, sub = arg
        if add or remove:
            return None
        return _prefixes(list(sub.data))
    if op is _k.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            each = _prefixes(list(branch))
            if not each:
                return None
            found |= each
        return found
    return None

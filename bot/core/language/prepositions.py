"""Where a post's prepositions "в", "во" and "на" stand, found once per post and shared.

The venue stage reads a dozen phrases that open with one of these prepositions ("в
«Артеке»", "на ул. Ленина", "в 46 школе", "на площадке …", "в Заречной СОШ"), each by its
own pattern. Searching each pattern over the whole post made a dozen passes over the same
text, each trying every position; a post has ~6 such prepositions. `starts` finds them in
one pass (remembered for the last few posts) and `after_prepositions` tries a pattern only
there: its matches are those of `pattern.finditer(text)`, in the same order, for any
pattern whose every match opens at such a preposition (tests/unit/test_prepositions.py
checks each pattern read this way against its finditer).
"""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]

from bot.core.language.first_scan import first_chars

# "в", "во" or "на" in any case, after no Cyrillic letter (the text's start, a space, a
# bracket, a hyphen …) and before a space: opening with a class, `re` skips to its letters at
# C speed; the look-behind after the first letter reads the character before it
_OPENING = re.compile(r"[ВвНн](?<![А-ЯЁа-яё].)(?:(?<=[Вв])[Оо]?|(?<=[Нн])[Аа])\s")

# the prepositions' offsets in the last few texts: one post is read by several finders
_STARTS: dict[str, tuple[int, ...]] = {}
_KEEP_STARTS = 4


def starts(text: str) -> tuple[int, ...]:
    """The offsets of every "в", "во" and "на" (any case) in `text` standing after no
    Cyrillic letter and followed by whitespace, left to right."""
    known = _STARTS.get(text)
    if known is None:
        if len(_STARTS) >= _KEEP_STARTS:
            _STARTS.clear()  # (one call: safe beside a plan file's worker thread)
        known = _STARTS[text] = tuple(m.start() for m in _OPENING.finditer(text))
    return known


def after_prepositions(pattern: re.Pattern[str], text: str, before: int = 0) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))` for a pattern every match of which opens with "в",
    "во" or "на" after no Cyrillic letter and before whitespace, or `before` characters
    ahead of one (the one separator "(?:^|[\\s(,;])в\\s+…" reads first, before=1): the
    pattern is tried at those offsets only (`starts`), each at or after the end of the match
    before (as finditer goes on), so the matches are the same, found without a pass over
    the text. The condition is checked on a pattern's first use (`admissible`): a pattern
    that could open elsewhere raises ValueError instead of silently losing matches."""
    if (pattern, before) not in _ADMITTED:
        if not admissible(pattern, before):
            raise ValueError(f"pattern may open away from в/во/на (before={before}): {pattern}")
        _ADMITTED.add((pattern, before))
    found: list[re.Match[str]] = []
    end = 0
    for at in starts(text):
        at = max(0, at - before)
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


# the patterns (with their `before`) found admissible, each checked once
_ADMITTED: set[tuple[re.Pattern[str], int]] = set()
_PREPOSITION_LETTERS = frozenset("ВвНн")
_ESCAPED = re.compile(r"\\u[0-9a-f]{4}|\\.")


def admissible(pattern: re.Pattern[str], before: int = 0) -> bool:
    """Whether every match of `pattern` opens with «в», «во» or «на» (before=0), or, with
    before > 0, with one separator (whitespace or punctuation, no letter or digit) or at the
    text's start before one (review46 M5): read from the pattern's possible first
    characters (first_scan.first_chars). A pattern led by «у», «возле», a digit or a quote
    is not, and after_prepositions would miss its matches."""
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    opening = first_chars(items)
    if opening is None:
        return False
    if before == 0:
        return not _ESCAPED.search(opening) and set(opening) <= _PREPOSITION_LETTERS
    later = first_chars(items, past_start=True)
    if later is None:
        return False
    separators = _ESCAPED.sub("", later)
    at_start = set(_ESCAPED.sub("", opening)) - set(separators)
    return not any(ch.isalnum() for ch in separators) and at_start <= _PREPOSITION_LETTERS

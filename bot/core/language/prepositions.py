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
    the text."""
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

"""Words beginning with given stems, read one after another in a lower-cased text.

A pattern such as «stem1[а-яё]*\\s+stem2[а-яё]*» built for one title is a new pattern for
every title, a miss of `re`'s cache that costs more to compile than to search. When the
letters after a stem, the gap between two words and each stem's first letter are disjoint
classes, the pattern can match at a position in one way only (each letter run and each gap
taken whole), so it is read greedily with two fixed patterns instead. Used by title_mention
(a title's words before a quoted name) and title_apposed_name (before an unquoted one);
speed77, tests/data/speed77.md."""

from __future__ import annotations

import re


def stems_end(
    low: str, at: int, stems: list[str], letters: re.Pattern[str], gap: re.Pattern[str]
) -> int | None:
    """The offset in `low` (a lower-cased text) after words beginning with `stems` (lower
    case) written one after another from offset `at`: each stem, then what `letters` matches
    after it, `gap` (one match or more characters) between two words. None when a stem is not
    where it must stand or no gap precedes it. Exact as the joined pattern's match at `at`
    only when `letters`, `gap` and the stems' first letters match disjoint characters."""
    pos = at
    for i, stem in enumerate(stems):
        if i:
            space = gap.match(low, pos)
            if space is None:
                return None
            pos = space.end()
        if not low.startswith(stem, pos):
            return None
        rest = letters.match(low, pos + len(stem))
        pos = rest.end() if rest is not None else pos + len(stem)
    return pos

"""A word's whole-word occurrences in a text, found with `str.find` instead of a pattern
compiled for that word.

`(?<![letters])word(?![letters])` built per call (`re.escape(word)`) compiles a new pattern
for every new word: more distinct words than `re`'s cache holds (512) recompile on every pass,
~0.4 ms each. `spans` reads the same occurrences, in the same order, as that pattern's
`finditer`: the leftmost occurrence from where the last one ended whose neighbours are not
letters (two such occurrences never overlap: the word's own characters are letters).
"""

from __future__ import annotations

from collections.abc import Iterator

# the classes the title rules bound words with: [А-ЯЁа-яё-] and [а-яё]
CYRILLIC_OR_HYPHEN = frozenset([chr(c) for c in range(ord("А"), ord("я") + 1)] + ["Ё", "ё", "-"])
LOWER_CYRILLIC = frozenset([chr(c) for c in range(ord("а"), ord("я") + 1)] + ["ё"])


def spans(text: str, word: str, letters: frozenset[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of every occurrence of `word` (not empty) in `text` with no character of
    `letters` right before or right after it, left to right: the spans of
    `re.finditer(rf"(?<![letters]){re.escape(word)}(?![letters])", text)`."""
    size, length = len(word), len(text)
    at = text.find(word)
    while at != -1:
        end = at + size
        if (at == 0 or text[at - 1] not in letters) and (end == length or text[end] not in letters):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def occurs(text: str, word: str, letters: frozenset[str]) -> bool:
    """Whether `word` occurs in `text` with no character of `letters` right beside it."""
    return next(spans(text, word, letters), None) is not None

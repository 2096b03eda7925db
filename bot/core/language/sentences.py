"""Sentence boundaries in a post, aware of the abbreviations of addresses and names."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?]+\s+|\n+")
_ABBREVIATIONS = frozenset(
    [
        "ул",
        "г",
        "гг",
        "д",
        "им",
        "пр",
        "каб",
        "ауд",
        "т",
        "ст",
        "корп",
        "пер",
        "наб",
        "пл",
        "обл",
        "р-н",
        "кв",
        "стр",
        "эт",
        "мин",
        "руб",
        "тел",
        "см",
        "др",
    ]
)


_WORD_BEFORE = re.compile(r"([\w-]+)$")
_last: tuple[str, tuple[tuple[int, int], ...]] = ("", ())  # one post read several times


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; "ул. Карбышева" and "В. И. Ленина" do not end one."""
    global _last
    if _last[0] == text:
        return list(_last[1])
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group(0):
            word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if word and (word.group(1) in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue  # "ул. Карбышева", "В. И. Ленина"
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    _last = (text, tuple(spans))
    return spans

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


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; "ул. Карбышева" and "В. И. Ленина" do not end one."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        word = re.search(r"([\w-]+)$", text[max(0, m.start() - 12) : m.start()])
        if (
            "\n" not in m.group(0)
            and word
            and (word.group(1) in _ABBREVIATIONS or len(word.group(1)) == 1)
        ):
            continue  # "ул. Карбышева", "В. И. Ленина"
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans

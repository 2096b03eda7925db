"""A heading that names a series, and the body's item of it: "Абонемент «Музыка для
школьников»" above "Филармония приглашает на концерт «Сказки в музыке» из цикла «Музыка для
школьников»".

A cycle, a series or a subscription (цикл, серия, абонемент) is a run of events, never one
event a card could hold: when the body writes the heading's quoted name as what an item is
"из цикла / из серии / из абонемента" (or "в рамках цикла …") of, the item is the event and
the heading only its frame. Russian announcements of concerts, lectures and readings name
their series so ("лекция «Звёзды» из цикла «Космос рядом»", "встреча из серии «Читаем
вместе»"). Used by title.py (concise_title). Round 41 (tests/data/title75.md)."""

from __future__ import annotations

import re

# «…» of the heading written as the series of an item: "из цикла «…»", "из серии
# лекций «…»", "в рамках абонемента «…»"; at most one word between the frame noun and its name
_SERIES = re.compile(
    r"(?i)(?<![а-яё])(?:из|в\s+рамках)\s+(?:[а-яё]+\s+)?(?:цикла|серии|абонемента)"
    r"(?:\s+[а-яё]+)?\s*(«[^«»\n]{2,80}»)"
)
_QUOTED = re.compile(r"«[^«»\n]{2,80}»")


def names_series_of_item(text: str, heading: str, below: int) -> bool:
    """Whether `heading` (the post's heading line) holds a quoted name that the text from
    `below` (the heading's end offset) writes as the series of an item: "из цикла «X»",
    "из серии «X»", "в рамках абонемента «X»" (case-insensitive, the name compared without
    case). False when the heading has no quoted name or the body no such phrase."""
    names = {m.group(0).lower() for m in _QUOTED.finditer(heading)}
    if not names or "«" not in text[below:]:
        return False
    return any(m.group(1).lower() in names for m in _SERIES.finditer(text, below))

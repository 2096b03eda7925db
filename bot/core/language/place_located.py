"""A locating phrase after a bare place noun: "на площади перед Драмтеатром", "в сквере
возле Дома культуры", "на площадке у школы № 5". A square, a park or a ground alone is any
one of a town's many; the phrase that locates it by a named place is part of where the
event is, so the venue keeps it as written. Used by places.py.
"""

from __future__ import annotations

import re

from bot.core.language.place_nouns import PLACE
from bot.core.language.place_words import right_words

__all__ = ["located_by"]

# a locating preposition right after the noun, and the word it governs: a capitalised name
# ("перед Драмтеатром"), a quoted one ("у «Олимпа»") or a word to test as a place noun
_LOCATING = re.compile(
    r"[ \t]+((?:перед|возле|около|у|напротив|рядом[ \t]+со?)[ \t]+)"
    r"((?:[А-ЯЁа-яё-]+(?:ым|им|ой|ей|ого|его)[ \t]+){0,2})"  # "Саратовским", "городским"
    r"(«[^«»\n]{2,60}»|[А-ЯЁ][А-ЯЁа-яё-]+|[а-яё][а-яё-]{2,})(?![А-ЯЁа-яё-])"
)


def located_by(text: str, end: int) -> str:
    """The locating phrase right after a place noun ending at text[end] ("перед
    Драмтеатром", "возле Дома культуры", "у школы № 5"), with a leading space and as
    written; "" when none follows or the word after the preposition names no place (a
    capitalised name, a quoted one or a place noun: not "у входа", "перед началом")."""
    m = _LOCATING.match(text, end)
    if m is None:
        return ""
    word = m.group(3)
    if word[:1].islower() and PLACE.fullmatch(word) is None:
        return ""
    written = " ".join(f"{m.group(1)}{m.group(2)}{word}".split())
    return f" {written}{right_words(text, m.end())}".rstrip(".,;:")

"""A numbered building of a place written with a bare number before its noun: «в 3 корпусе
нашей школы», «во 2 здании гимназии», «в 5 павильоне ВДНХ». Russian writes the ordinal as
a bare number there (= «в 3-м корпусе»); a number before a plural («в 3 корпусах») is a
count and no place. Shown as the noun with its number: «корпус № 3 нашей школы» (the words
that name whose it is kept as written: place_words.right_words). Used by places.py."""

from __future__ import annotations

import re

from bot.core.language.place_words import right_words
from bot.core.language.prepositions import after_prepositions
from bot.core.language.tokens import Scanner

# «в»/«во»/«на», a bare number (no ending: «3-м» is an adjective the other readers take),
# the building noun in the singular locative
_NUMBERED = re.compile(
    r"(?i)(?<![\w-])(?:во?|на)\s+(\d{1,2})\s+(корпусе|здании|павильоне)(?![а-яё])"
)
_NOUNS = {"корп": "корпус", "здан": "здание", "пави": "павильон"}


def numbered_parts(text: str) -> list[tuple[int, str]]:
    """(offset of the number, shown place) of each numbered building `text` names after a
    preposition: «в 3 корпусе нашей школы» -> «корпус № 3 нашей школы», «во 2 здании» ->
    «здание № 2». Empty when there is none."""
    if "корпус" not in text and "здани" not in text and "павильон" not in text:
        return []  # most texts name none (the lower-case noun is how they are written)
    return [
        (m.start(1), _shown(m, right_words(text, m.end())))
        for m in after_prepositions(_NUMBERED, text)
    ]


def take_numbered_part(sc: Scanner) -> str | None:
    """The first numbered building a chat line names on its free text («Урок мужества 20
    декабря во 2 корпусе гимназии» -> «корпус № 2 гимназии»), taken with the words naming
    whose it is when they are free too; None when there is none."""
    for m in sc.find(_NUMBERED):
        right = right_words(sc.original, m.end())  # " гимназии": its words, one space apart
        if not sc.is_free(m.end(), m.end() + len(right)):
            right = ""
        sc.take(m.start(), m.end() + len(right))
        return _shown(m, right)
    return None


def _shown(m: re.Match[str], right: str) -> str:
    """The numbered building of match `m` as shown: its noun, «№», the number, then `right`
    (place_words.right_words: the words after it that name whose it is)."""
    return f"{_NOUNS[m.group(2)[:4].lower()]} № {m.group(1)}{right}"

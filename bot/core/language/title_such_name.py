"""A kind's quoted name given in another sentence and tied to it: before it and pointed
back to ("«Зимняя вахта». Областная военно-спортивная игра под таким названием пройдёт …":
"под таким названием" refers to the quoted name just written), or after it, the next sentence
opening with the kind's pronoun and "назывался" ("… прошёл отчётный концерт. В этом году он
назывался «…»": the pronoun of the kind's gender and number is the kind). Either way the name
is the kind's. Used by title_phrase.kind_phrase.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import parses

# "под таким названием", "с этим названием", "под тем же названием": within the kind's
# clause (no sentence mark before it)
_SUCH_NAME = re.compile(
    r"[^.!?;\n«»]{0,120}?\s(?:под|с)\s+(?:таким|этим|тем\s+же|этим\s+же)\s+названием(?![а-яё])",
    re.IGNORECASE,
)
# the last quoted name before the kind: «…» closed before it, with nothing quoted after it
_LAST_NAME = re.compile(r"«([^«»\n]{2,80})»[^«»]*$")
# how far back the name pointed to may stand (the heading or the sentence before)
_REACH = 240


def name_pointed_back(text: str, start: int, end: int) -> str | None:
    """The quoted name (with its marks) that the kind at text[start:end] is said to bear by
    "под таким названием" later in its clause; None when the clause says no such thing or
    no quoted name stands within _REACH characters before the kind."""
    if "назван" not in text[end : end + 160] or _SUCH_NAME.match(text, end) is None:
        return None
    found = _LAST_NAME.search(text, max(0, start - _REACH), start)
    return f"«{found.group(1)}»" if found is not None else None


# the kind's clause ends, and the next sentence opens (after at most three words: "В этом
# году") with a personal pronoun and a verb of being called, then the quoted name
_CALLED_NEXT = re.compile(
    r"[^.!?\n«»]{0,160}?[.!]\s+(?:[А-ЯЁа-яё]+\s+){0,3}?(он|она|оно|они)\s+"
    r"(?:назыв[а-яё]+|носил[а-яё]*\s+название|носит\s+название|получил[а-яё]*\s+название)"
    r"\s*[:—–-]?\s*(«[^«»\n]{2,80}»)",
    re.IGNORECASE,
)
# the pronoun that stands for a noun of each gender (one noun) or for the plural
_PRONOUN = {"masc": "он", "femn": "она", "neut": "оно"}


def name_called_next(text: str, start: int, end: int) -> str | None:
    """The quoted name (with its marks) the sentence after the kind at text[start:end] gives
    it by "он назывался «…»", the pronoun agreeing with the kind noun's gender or number
    (pymorphy3's likeliest reading); None when the next sentence says no such thing."""
    if "назыв" not in text[end : end + 260] and "назван" not in text[end : end + 260]:
        return None
    found = _CALLED_NEXT.match(text, end)
    if found is None:
        return None
    readings = parses(text[start:end].split()[-1])
    if not readings:
        return None
    tag = readings[0].tag
    pronoun = "они" if tag.number == "plur" else _PRONOUN.get(str(tag.gender), "")
    return found.group(2) if found.group(1).lower() == pronoun else None

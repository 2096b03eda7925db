"""A named place closing a one-line chat message after a comma: "Экскурсия «Янтарная комната»
8 декабря с 15:30 до 17:00 для 7А, Музей янтаря" gives "Музей янтаря".

Chat writers often put the place last, as a bare noun phrase in the nominative, the way a card
or a poster lists it. The clause is the venue when it is such a phrase and nothing else (read
with pymorphy3): adjectives agreeing with a place noun in the nominative ("Центральная детская
библиотека"), then what names it — a genitive chain ("Музей янтаря", "Дворец культуры
моряков"), "№ 5", a quoted name, "им. …"/"имени …". A clause holding a verb, a preposition or
any word outside such a phrase ("…, приходите всей семьёй") is left alone. Used by venue.py.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import parses, to_nominative
from bot.core.language.place_nouns import PLACE
from bot.core.language.tokens import Scanner

_LONGEST = 160  # characters: longer messages are posts, read by places.py
_MOST_WORDS = 7
# the last clause of the message, after its last comma (a full stop or "!" may close it)
_LAST_CLAUSE = re.compile(r",\s*([^,\n]{3,80}?)\s*[.!]?\s*$")
_WORD = re.compile(
    r"«[^«»]{1,40}»|\"[^\"]{1,40}\"|№\s*\d{1,4}[а-яА-Я]?|им\.|[А-ЯЁ]\.|[А-ЯЁа-яё-]+|\S+"
)
_INITIALS = re.compile(r"^(?:[А-ЯЁ]\.\s*){1,2}")


def trailing_place(sc: Scanner) -> str | None:
    """The place a one-line message names in its last clause (see the module docstring),
    taken from the message (so it leaves the title) and shown with its noun and adjectives in
    the nominative; None when the last clause is not such a place."""
    text = sc.original
    if "\n" in text.strip() or len(text) > _LONGEST or "," not in text:
        return None
    found = _LAST_CLAUSE.search(text)
    if found is None:
        return None
    words = _WORD.findall(_INITIALS.sub("", found.group(1)))
    if not words or len(words) > _MOST_WORDS:
        return None
    # the first place noun ("Центральная" begins like "центр" but is an adjective)
    head = next(
        (i for i, w in enumerate(words) if PLACE.fullmatch(w) and _nominative_noun(w)), None
    )
    if head is None:
        return None
    if not all(_agreeing_adjective(w) for w in words[:head]):
        return None
    if not _names_it(words[head + 1 :]):
        return None
    head_end = text.find(words[head], found.start(1)) + len(words[head])
    if not sc.is_free(found.start(1), head_end):
        return None  # another rule read these words already
    sc.take(found.start(), found.end())
    place = [*to_nominative(words[: head + 1]), *words[head + 1 :]]
    return " ".join(place)


def _nominative_noun(word: str) -> bool:
    """Whether a reading of `word` is a noun in the nominative ("Музей", "Библиотека")."""
    return any("NOUN" in p.tag and p.tag.case == "nomn" for p in parses(word)[:3])


def _agreeing_adjective(word: str) -> bool:
    """Whether `word` reads as an adjective in the nominative ("Центральная")."""
    return any(
        ("ADJF" in p.tag or "PRTF" in p.tag) and p.tag.case == "nomn" for p in parses(word)[:2]
    )


def _names_it(words: list[str]) -> bool:
    """Whether the words after the place noun only name it: genitives (nouns and their
    adjectives), "№ N", a quoted name, "им." and a name."""
    after_im = False
    for word in words:
        if word.startswith(("«", '"', "№")):
            continue
        if word == "им." or word.lower() == "имени":
            after_im = True
            continue
        if after_im and word[:1].isupper():
            continue  # "им. Чехова", "имени А. П. Чехова"
        if not word.replace("-", "").isalpha():
            return False
        found = parses(word)[:3]
        if found and found[0].tag.POS in ("PREP", "CONJ", "PRCL", "VERB", "INFN"):
            return False  # "…, приходите", "…, и музей": a clause of its own
        if not any(
            p.tag.case == "gent" and ({"NOUN", "ADJF", "PRTF"} & p.tag.grammemes) for p in found
        ):
            return False
    return True

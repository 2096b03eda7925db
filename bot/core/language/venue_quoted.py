"""A place named inside quotes with its own place noun: «в "Зелёном театре" в центре Пскова».

The quotes hold the place's whole name, adjectives and noun ("Зелёном театре"): the noun is
the place's head, not a word of a show's or a programme's title, when the quote opens right
after a preposition of place and every word between the quote and the noun is an adjective
or participle agreeing with the noun in case (pymorphy3). A title quoted after its own noun
("постановку «Волшебный театр»") opens after no preposition and stays no place.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import is_person_noun, parses

# a preposition of place, the quote and up to three words before the place noun
_OPENS = re.compile(
    r"(?<![а-яё])(?:в|во|на|у|возле|около)\s+[«\"]((?:[А-ЯЁа-яё-]+\s+){1,3})$", re.IGNORECASE
)


def quoted_adjectives(text: str, at: int, noun: str) -> list[str] | None:
    """The adjectives between a quote opened after a preposition of place and the place noun
    `noun` at text[at] ("в «Летнем театре»" -> ["Летнем"]), or None when the quote opens
    elsewhere or a word between does not agree with the noun (a title: "в «Весёлые старты
    в театре»")."""
    m = _OPENS.search(text, max(0, at - 60), at)
    if m is None:
        return None
    words = m.group(1).split()
    cases = {p.tag.case for p in parses(noun.split()[0]) if "NOUN" in p.tag}
    for word in words:
        if not any(
            ("ADJF" in p.tag or "PRTF" in p.tag) and p.tag.case in cases for p in parses(word)[:4]
        ):
            return None
    return words


# a quoted name closed right before an opening bracket: «спектакля «Золушка» (…»
_TITLE_BRACKET = re.compile(r"([А-ЯЁа-яё-]+)\s+[«\"][^«»\"\n]{1,60}[»\"]\s*\(\s*$")


def bracketed_after_title(text: str, first: int, noun: str) -> bool:
    """Whether the place phrase at text[first] opens a bracket right after a quoted name that
    follows a common noun, not a person ("спектакль «Золушка» (Театр юного зрителя)": where
    the show was seen; "актёр Петров (Театр …)" is whose). The phrase must be in the
    nominative, as an apposition is, and close the bracket within 80 characters."""
    if "(" not in text[max(0, first - 3) : first]:
        return False  # (a fast test: most place nouns open no bracket)
    m = _TITLE_BRACKET.search(text, max(0, first - 90), first)
    if m is None or ")" not in text[first : first + 80]:
        return False
    if not any(p.tag.case == "nomn" for p in parses(noun.split()[0])[:2]):
        return False
    found = parses(m.group(1))
    return bool(found) and "NOUN" in found[0].tag and not is_person_noun(m.group(1))

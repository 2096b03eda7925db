"""A place stated by a copula with «площадкой»: "Музей №2 станет 12 апреля площадкой для
встречи …", "Площадкой «Зарницы» стал … институт".

The instrumental «площадкой» (or «местом проведения») with a link verb («стать», «быть»,
«являться», pymorphy3 lemmas) says of the clause's nominative subject that the event is held
there: the subject is the venue as a preposition's place is. The place noun must have a
nominative reading of the verb's number (subject and verb agree), in either order.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import parses

_VENUE_WORD = re.compile(r"(?i)(?<![а-яё])(?:площадкой|местом\s+проведения)(?![а-яё])")
_LINKS = frozenset({"стать", "становиться", "быть", "являться"})
_CLAUSE_BREAKS = ".!?\n;"
_WORD = re.compile(r"[А-ЯЁа-яё]+")


def stated_by_copula(text: str, start: int, end: int, noun: str) -> bool:
    """Whether the place noun `noun` at text[start:end] is the subject of a link verb whose
    complement is «площадкой» in its clause ("Библиотека станет площадкой …"): not "Школа
    стала победителем" (no venue word), nor a genitive ("директор музея стал …")."""
    left = max(text.rfind(c, max(0, start - 200), start) for c in _CLAUSE_BREAKS) + 1
    stops = [i for c in _CLAUSE_BREAKS if (i := text.find(c, end, end + 200)) >= 0]
    clause = text[left : min(stops) if stops else min(len(text), end + 200)]
    if _VENUE_WORD.search(clause) is None:
        return False  # (a fast scan: most clauses have no «площадкой»)
    for word in _WORD.findall(clause):
        found = parses(word)[:1]
        if not found or found[0].tag.POS != "VERB" or found[0].normal_form not in _LINKS:
            continue
        number = found[0].tag.number
        return any(
            p.tag.case == "nomn" and p.tag.number == number
            for p in parses(noun.split()[0])[:3]
            if "NOUN" in p.tag
        )
    return False

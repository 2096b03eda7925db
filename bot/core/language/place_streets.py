"""A street address written without its street word, as Russian addresses often are: "(Ленина,
8)" in brackets after the place it locates, "на Малой Грузинской, 15" (a street name is an
adjective agreeing with the feminine "улица", or a person's name in the genitive). Read only
when the post has no address with a street word (place_words.find_address). Also an address
in the Latin script of the Baltic states, which Russian-language posts there give as the
street's sign reads ("Brīvības iela 85, Rīga", "Narva mnt. 5", "Gedimino pr. 9"). Used by
places.py.
"""

from __future__ import annotations

import re

from bot.core.language.first_scan import with_first_scan
from bot.core.language.lowered import lower
from bot.core.language.place_nouns import PLACE
from bot.core.language.place_words import street_nominative
from bot.core.language.prepositions import after_prepositions
from bot.core.language.title_words import word_parses as _parses

# "(Ленина, 8)", "(Советская, 12а)", "(Карла Маркса, д. 5)": the bracket's inside only
_BRACKETED = re.compile(
    r"(?<=\()\s*((?:[А-ЯЁ][а-яё]+\s+)?[А-ЯЁ][а-яё]{2,}),\s*(?:д\.\s*)?\d{1,3}[а-я]?(?=\s*\))"
)
# "на Малой Грузинской, 15": one or two capitalised feminine adjectives in the locative
_ON_STREET = re.compile(
    r"(?<=[Нн]а\s)((?:[А-ЯЁ][а-яё]+(?:ой|ей)\s+)?[А-ЯЁ][а-яё]+(?:ой|ей)),\s*(?:д\.\s*)?"
    r"\d{1,3}[а-я]?(?![\d.:])"
)
# both open with a look-behind: compiled with re's first-character scan (first_scan.py), so a
# post is tried only at spaces and capitals, with the same matches
_BRACKETED = with_first_scan(_BRACKETED)
_ON_STREET = with_first_scan(_ON_STREET)
# a street named after "на" with no house number ("на ул. Крещатик", "на улице Ленина", "на
# Невском проспекте", "на пр-те Мира"): the street itself, as a street festival or a parade
# is held on it; squares and embankments are place nouns (place_nouns.PLACE)
_STREET_ITSELF = re.compile(
    r"(?<![А-ЯЁа-яё-])[Нн]а\s+("
    r"(?:ул\.|улице|просп\.|проспекте|пр-те|пер\.|переулке)\s*"
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+)?"
    r"|[А-ЯЁ][а-яё]+(?:ой|ом)\s+(?:улице|проспекте|переулке))"
    r"(?![\w-])(?!\s*,?\s*(?:д\.|дом)?\s*\d)"
)
# an organisation's abbreviation or a place noun before the bracket: what it locates
_ORGANISATION = re.compile(r"[А-ЯЁ]{2,}")


# A street in Latvian, Estonian or Lithuanian: its name, then its kind in small letters (as
# those languages write it), then the house number; the postcode and the town after it if
# given. Latvian "iela", "bulvāris", "gatve", "prospekts", "laukums"; Estonian "tänav"/"tn",
# "maantee"/"mnt", "puiestee"/"pst", "tee", "väljak"; Lithuanian "gatvė"/"g.",
# "prospektas"/"pr.", "alėja"/"al.", "aikštė".
_LATIN_NAME = r"[A-ZÄÖÕÜŠŽĀČĒĢĪĶĻŅŪĄĘĖĮŲ][a-zäöõüšžāčēģīķļņūąęėįų'-]+"
_FOREIGN_STREET = re.compile(
    rf"(?<![\w.-])(?:{_LATIN_NAME}\s+){{0,2}}{_LATIN_NAME}\s+"
    r"(?:iel[aā]|bulvār(?:is|ī)|gatve|prospekt(?:s|as)|laukum[sā]|tänav|tn\.?|maantee|mnt\.?"
    r"|puiestee|pst\.?|tee|väljak|gatvė|g\.|pr\.|alėja|al\.|aikštė)"
    r"\s*\d{1,4}(?:[a-zA-Z]|/\d{1,3}|-\d{1,3})?(?![\w/])"
    rf"(?:,\s*(?:(?:LV|LT)-)?\d{{4,5}})?(?:,?\s+{_LATIN_NAME}(?=\s*[,.;)\n]|$))?"
)
_FOREIGN_KINDS = ("iel", "bulv", "gatv", "prosp", "laukum", "tänav", "tn", "maantee", "mnt", "pst")
_FOREIGN_KINDS_MORE = ("puiestee", "tee ", "väljak", "g.", "pr.", "al.", "aikšt")
# whether a text holds one of the kinds: one search (`re` skips to their first letters, all
# Latin) instead of seventeen `in` scans of a Cyrillic post (11 -> 4 us)
_FOREIGN_KIND = re.compile(
    "|".join(re.escape(kind) for kind in (*_FOREIGN_KINDS, *_FOREIGN_KINDS_MORE))
)


def foreign_street(text: str) -> re.Match[str] | None:
    """The first street address of `text` written in the Latin script of the Baltic states
    (_FOREIGN_STREET: "Tallinna mnt. 40, 21006 Narva"), or None."""
    if _FOREIGN_KIND.search(text) is None:
        return None
    return _FOREIGN_STREET.search(text)


def bare_street(text: str) -> re.Match[str] | None:
    """The first address of `text` written without a street word (see the module
    docstring), or None."""
    for m in _BRACKETED.finditer(text) if "(" in text else ():
        before = text[max(0, m.start() - 60) : m.start() - 1]
        if "." in before.rstrip()[-1:] or "\n" in before:
            before = before.rsplit("\n", 1)[-1]
        if not (PLACE.search(before) or _ORGANISATION.search(before)):
            continue  # "(Иванова, 12)": a person and an age, not an address
        if all(_street_word(w) for w in m.group(1).split()):
            return m
    for m in _ON_STREET.finditer(text):
        if all(_feminine_adjective(w) for w in m.group(1).split()):
            return m
    return None


def _street_word(word: str) -> bool:
    """A word of a street's name: a feminine adjective ("Советская") or a name in the
    genitive ("Ленина", "Маркса"), by pymorphy3's two likeliest readings."""
    for p in _parses(word)[:2]:
        if "ADJF" in p.tag and p.tag.gender == "femn" and p.tag.case == "nomn":
            return True
        if ({"Surn", "Name"} & p.tag.grammemes) and p.tag.case == "gent":
            return True
    return False


def _feminine_adjective(word: str) -> bool:
    """A feminine adjective in the locative ("Малой", "Грузинской"), pymorphy3."""
    return any(
        "ADJF" in p.tag and p.tag.gender == "femn" and p.tag.case == "loct" for p in _parses(word)
    )


def street_itself(text: str) -> list[tuple[int, str]]:
    """(offset, shown) of each street named after "на" with no house number (_STREET_ITSELF),
    the street word put back in the nominative ("улице Ленина" -> "улица Ленина"); whether
    it is the venue is the caller's to judge by the clause it stands in."""
    if "на " not in lower(text):
        return []
    found = after_prepositions(_STREET_ITSELF, text)
    return [(m.start(1), street_nominative(m.group(1))) for m in found]

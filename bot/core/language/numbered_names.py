"""The name in quotes after an institution's number: «МДОУ №14 «Солнышко»», «МБОУ СОШ № 3
«Гармония»» — a kindergarten or a school named by its number and by a name, both its own.

An event named right after the number («в СОШ № 5 «Весёлые старты» пройдут …») is no name of
the place: a quoted name holding a kind of event (title_words.KIND), or whose last word reads
first as a plural (an institution's name is one thing: «Солнышко», «Эврика», «Радуга»; an
event's may be several: «Весёлые старты», «Зимние забавы»), stays the event's.
"""

from __future__ import annotations

import re

from bot.core.language.title_words import is_kind_word, word_parses

# a number sign and its number closing the text before a quote: «МДОУ №14 »
NUMBER_BEFORE = re.compile(r"\s*№\s*\d{1,4}\s*$")
# the number sign and number of an institution, then its quoted name, in a place's name
_NUMBER_THEN_QUOTE = re.compile(r"№\s*\d{1,4}\s+(?=[«\"])")
_WORD = re.compile(r"[А-ЯЁа-яё]+")
# a quoted name's words up to its closing mark (or the line's end, when that is left out)
_QUOTED = re.compile(r"[«\"“]([^«»\"“”\n]{1,60})")


def names_the_institution(quoted: str) -> bool:
    """Whether `quoted` (a name in quotes, its marks included, right after an institution's
    number) is the institution's own name rather than an event's: no word of a kind of event
    in it and its last word read first (pymorphy3) as no plural."""
    words = _WORD.findall(quoted)
    if not words or any(is_kind_word(word) for word in words):
        return False
    found = word_parses(words[-1])
    return not found or found[0].tag.number != "plur"


def numbered_name(name: str) -> str:
    """`name` (an institution as a place pattern read it: «МДОУ №14 «Солнышко»») without the
    quoted name after its number when that quote is an event's (names_the_institution)."""
    number = _NUMBER_THEN_QUOTE.search(name)
    if number is None or names_the_institution(name[number.end() :]):
        return name
    return name[: number.end()].rstrip()


def first_quoted(text: str, at: int) -> str:
    """The words of the name in quotes opening at text[at] («Солнышко» of «"Солнышко" 18
    апреля …»), up to its closing mark; "" when no quote opens there."""
    found = _QUOTED.match(text, at)
    return found.group(1) if found else ""

"""Numbers of the last list said in words: «второе», «2-е», «номер два», «№ 2», «первое и
третье», «второе мероприятие», «на пятый пункт».

An ordinal is what pymorphy3 reads as a numeral adjective (grammeme Anum: «второе», «2-е»,
«одиннадцатый»), valued by the ordinal stems of bot.core.language.numerals; a cardinal
(«два», «2») counts only after «номер» / «№» / «под номером», or as digits. A month after
an ordinal («второе декабря») makes the phrase a date, not a list number. Pure: no store.
"""

from __future__ import annotations

import re

from bot.core.language.calendar import MONTH
from bot.core.language.morphology import parses
from bot.core.language.numerals import number_value, ordinal_value
from bot.core.language.tokens import normalize

MAX_LIST_NUMBER = 30  # no list the bot shows is longer
_WORD = re.compile(r"№|\d{1,3}(?:-?[а-я]{1,3})?|[а-я]+(?:-[а-я]+)?")
_MARKERS = frozenset({"номер", "номером", "под", "№", "пункт", "вариант"})
_JOINS = frozenset({"и", "а", "еще", "также"})
# the nouns a list number may name: «второе мероприятие», «третье событие»
_LISTED = frozenset({"мероприятие", "событие", "пункт", "номер", "вариант", "строка"})
_MONTH = re.compile(rf"^(?:{MONTH})$")
# «2-е», «2е», «3-ий», «2-ое»: digits with an ordinal ending
_SUFFIXED = re.compile(r"^(\d{1,3})-?(?:е|ое|ее|й|ой|ий|ый|го|ого|ю|ую|я|ая|му|ому)$")


def list_numbers(phrase: str) -> tuple[int, ...] | None:
    """The list numbers a phrase names, distinct and in order, or None when the phrase is
    anything else (a title, a date, a bare cardinal word such as «два»)."""
    words = _WORD.findall(normalize(phrase))
    numbers: list[int] = []
    marked = False
    for word in words:
        if word in _MARKERS:
            marked = True
            continue
        if word in _JOINS or _listed_noun(word):
            continue
        if _MONTH.match(word):
            return None  # «второе декабря»: a day
        value = _value(word, marked)
        if value is None or not 1 <= value <= MAX_LIST_NUMBER:
            return None
        numbers.append(value)
        marked = False
    return tuple(dict.fromkeys(numbers)) or None


def ordinal_number(word: str) -> int | None:
    """The value of an ordinal word (pymorphy3's Anum reading): «второе», «вторую», «2-е»
    -> 2; None for anything else («пятница», «пятёрка»)."""
    suffixed = _SUFFIXED.match(word)
    if suffixed is not None:
        return int(suffixed.group(1))
    readings = [p for p in parses(word) if "Anum" in p.tag.grammemes]
    return ordinal_value(readings[0].normal_form) if readings else None


def _value(word: str, marked: bool) -> int | None:
    """A list number: an ordinal, digits, or a cardinal word after «номер»."""
    if word.isdigit():
        return int(word)
    ordinal = ordinal_number(word)
    if ordinal is not None:
        return ordinal
    if marked:
        amount = number_value(word)
        return int(amount) if amount is not None and amount == int(amount) else None
    return None


def _listed_noun(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].normal_form in _LISTED

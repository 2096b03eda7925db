"""Whom a chat line's event is for, counted: «для 40 учеников», «для 25 детей из 5-х
классов», «для 30 человек из гимназии» (parse75). The count says how many go — a head-count —
and the people and where they come from say who; none of it is the event's name.

Before, the audience's rules took «учеников 7Б» or the head-count rule «40 учеников» and
left the rest in the title: «Поездка в Казань для 40 учеников из гимназии пройдёт 14 декабря»
gave «Поездка в Казань для из гимназии», «… для 40 учеников 7Б» gave «Поездка в Казань для
40». Run after the audience and the head-counts are read (their classes and counts are kept);
this only takes what they left of the phrase.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import parses
from bot.core.language.tokens import Scanner

# «для» + a count + a plural genitive of people (lower-cased normalised text)
_COUNTED_FOR = re.compile(
    r"(?<![а-яё])для\s+\d{1,4}\s+(?:человек|учени\w*|школьник\w*|участник\w*|дет(?:ей)"
    r"|ребят|обучающихся|учащихся|студент\w*|воспитанник\w*|гостей|выпускник\w*)(?![а-яё])"
)
# «из» + where they come from, word by word
_FROM = re.compile(r"\s+из\s+")
_NEXT_WORD = re.compile(r"\s*([№\w-]+)")
_FROM_WORDS = 3  # «из гимназии № 5», «из соседней школы»: a short noun group
# parts of speech that close the noun group after «из» (pymorphy3 tags)
_CLOSES = frozenset({"VERB", "INFN", "PRTS", "ADVB", "PREP", "CONJ", "PRCL", "GRND"})


def take_counted_people(sc: Scanner) -> None:
    """Take from `sc` each «для <count> <people>» phrase, with «из <where they come from>»
    after it (up to three words, to a verb, a preposition, a free number or a mark), as a
    whole: what of it the audience or head-count rules left is no part of the title."""
    if "для" not in sc.text:
        return
    for m in _COUNTED_FOR.finditer(sc.text):
        sc.take(m.start(), _from_end(sc, m.end()))


def _from_end(sc: Scanner, at: int) -> int:
    """Where «из <noun group>» right after `at` ends in `sc.text`; `at` when none follows.
    A word another rule took («из 7-х классов»: the audience) belongs to it too."""
    opened = _FROM.match(sc.text, at)
    if opened is None:
        return at
    end, pos = at, opened.end()
    for _ in range(_FROM_WORDS):
        word = _NEXT_WORD.match(sc.text, pos)
        if word is None:
            break
        if sc.is_free(word.start(1), word.end(1)) and not _in_group(word.group(1)):
            break
        end = pos = word.end()
    return end


def _in_group(word: str) -> bool:
    """Whether a free `word` after «из» can belong to its noun group: a number sign or a
    word whose likeliest pymorphy3 reading is no verb, adverb or small word (never a day's
    number: «из гимназии 14 декабря»)."""
    if word.startswith("№"):
        return True
    if word[:1].isdigit():
        return False
    found = parses(word)
    return bool(found) and str(found[0].tag.POS) not in _CLOSES

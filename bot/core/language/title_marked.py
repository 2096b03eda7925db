"""A named day marked with an event: "Международный день птиц зоопарк отметит экскурсией",
"День программиста отметят хакатоном". Russian says what a day is kept with by the verb
"отметить" and the event's kind in the instrumental; that kind is the event, the day its
occasion, so the title is "Экскурсия к Международному дню птиц". Used by title.py."""

from __future__ import annotations

import re
from typing import Any

from bot.core.language.morphology import parses
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_words import KIND, inside_quotes

# "отметит", "отметят", "отметили", "отмечают": the verb of keeping a day
_MARK_VERB = re.compile(r"(?i)(?<![а-яё])отме(?:т(?:ит|ят|ил[аио]?)|ча(?:ет|ют|ли))(?![а-яё])")
_SENTENCE_END = re.compile(r"[.!?\n]")
_DAY_NOUN = re.compile(r"(?i)^(?:день|неделя|ночь)$")
_KO = re.compile(r"(?i)^(?:дн|вс|мн)")  # "ко Дню", "ко Всемирному дню", not "к Международному"


def marked_occasion(text: str, day: tuple[int, int], title: str) -> str | None:
    """ "Экскурсия к Международному дню птиц" when the sentence holding the named day at
    text[day[0]:day[1]] (its nominative phrase `title`) keeps it with a kind in the
    instrumental after "отметить" (pymorphy3's likeliest noun reading in the instrumental);
    None otherwise, or when the title would pass 80 characters."""
    start = _sentence_start(text, day[0])
    end_mark = _SENTENCE_END.search(text, day[1])
    end = end_mark.start() if end_mark else len(text)
    verb = _MARK_VERB.search(text, start, end)
    if verb is None:
        return None
    inside = inside_quotes(text)
    for m in KIND.finditer(text, verb.end(), end):
        if inside(m.start()) or day[0] <= m.start() < day[1] or not _instrumental(m.group(0)):
            continue
        occasion = _dative(title)
        if occasion is None:
            return None
        kind = kind_phrase(text, m.start(), m.end())
        found = f"{kind} {'ко' if _KO.match(occasion) else 'к'} {occasion}"
        return found if len(found) <= 80 else None
    return None


def _sentence_start(text: str, at: int) -> int:
    found = max(text.rfind(mark, 0, at) for mark in ".!?\n")
    return found + 1


def _instrumental(word: str) -> bool:
    nouns = [p for p in parses(word) if "NOUN" in p.tag]
    return bool(nouns) and nouns[0].tag.case == "ablt"


def _nominative_word(parse: Any) -> bool:
    return bool(parse.tag.case == "nomn" and {"NOUN", "ADJF"} & parse.tag.grammemes)


def _dative(title: str) -> str | None:
    """The named day's words up to its day noun put in the dative, the rest as written
    ("Всемирный день поэзии" -> "Всемирному дню поэзии"); None when a word will not inflect."""
    words = title.split()
    out: list[str] = []
    for i, word in enumerate(words):
        found = next((p for p in parses(word) if _nominative_word(p)), None)
        inflected = found.inflect({"datv"}) if found is not None else None
        if inflected is None:
            return None
        new = inflected.word
        out.append(new[:1].upper() + new[1:] if word[:1].isupper() else new)
        if _DAY_NOUN.match(word):
            return " ".join([*out, *words[i + 1 :]])
    return None

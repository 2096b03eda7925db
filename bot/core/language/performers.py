"""A chat line that names who performs, not the event: «Наши ребята выступят на большой
перемене 12 декабря в 10:00», «Хор школы выступит 14 декабря в актовом зале», «УЧЕНИКИ 5Б
ВЫСТУПЯТ …». What is left for the title is the verb's subject («Наши ребята»), a company of
people, while the event is their performance: Russian names it with the verb's own noun and
the performers in the genitive («Выступление наших ребят», «Выступление хора школы»). Read
with pymorphy3; a subject that names a kind of event («Концерт выступит» is no Russian) or
that is not the whole title is left as it is. Used by intents_event.py (chat lines)."""

from __future__ import annotations

import re

from bot.core.language.lowered import lowered
from bot.core.language.morphology import inflect, is_known, parses
from bot.core.language.title_words import is_kind_word

_CYRILLIC = re.compile(r"[А-ЯЁа-яё-]+")  # a word whose lower case `re` reads as lowered's
_TOKEN = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*|\d+[А-ЯЁа-яё]?|\S")
# the finite forms of «выступить»/«выступать» that announce a performance
_PERFORM = frozenset({"выступить", "выступать"})
_NOUN = "Выступление"
# what may stand between the subject and the verb: the audience or the class the line took
# elsewhere («Ученики 5Б выступят», «Ребята из 7-х классов выступят»), up to four words
_UP_TO_VERB = r"((?:\s+[^\s.!?]+){0,4}?)\s+([А-ЯЁа-яё]+)"


def performance_title(title: str, line: str) -> str | None:
    """«Выступление <performers in the genitive>» when `title` (what a chat line leaves for
    its title) is the subject written right before a present or future form of «выступить»
    / «выступать» in `line` («Наши ребята» of «Наши ребята выступят …» -> «Выступление
    наших ребят»); None otherwise (the title is something else, or no noun phrase in the
    nominative heads it)."""
    words = _TOKEN.findall(title)
    if not words or any(is_kind_word(w) for w in words):
        return None
    low = lowered(line)
    if low is not None and _CYRILLIC.fullmatch(words[0]) and words[0].lower() not in low:
        return None  # its first word is not in the line: no pattern to compile
    said = re.search(
        r"(?i)(?<![А-ЯЁа-яё])" + r"\s+".join(map(re.escape, words)) + _UP_TO_VERB, line
    )
    if said is None or not _performs(said.group(2).lower()):
        return None
    if any(_verb(w) for w in _TOKEN.findall(said.group(1))):
        return None  # «Ребята поедут в Москву и выступят»: another act first
    phrase = _genitive(words)
    return f"{_NOUN} {' '.join(phrase)}" if phrase else None


def _verb(word: str) -> bool:
    """Whether pymorphy3 reads `word` first as a finite verb."""
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS == "VERB"


def _performs(word: str) -> bool:
    """Whether pymorphy3 reads `word` first as a 3rd-person present or future form of
    «выступить»/«выступать» («выступят», «выступает»; not the past «выступили»: a report)."""
    found = parses(word)
    if not found:
        return False
    tag = found[0].tag
    return bool(tag.POS == "VERB" and found[0].normal_form in _PERFORM and tag.person == "3per")


def _genitive(words: list[str]) -> list[str] | None:
    """`words` (a nominative noun phrase: adjectives, its head noun, then what names it as
    written: «школы», «5Б») with the adjectives and the head in the genitive, in lower case
    when the dictionary knows them (an all-caps line's «НАШИ РЕБЯТА» -> «наших ребят»);
    None when no nominative noun heads it."""
    out: list[str] = []
    for i, word in enumerate(words):
        found = parses(word.lower())
        noun = next((p for p in found if p.tag.POS == "NOUN" and p.tag.case == "nomn"), None)
        adjective = next(
            (p for p in found[:2] if p.tag.POS == "ADJF" and p.tag.case == "nomn"), None
        )
        reading = adjective if adjective is not None and noun is None else noun
        if reading is None:
            return None
        number = reading.tag.number or "sing"
        changed = inflect(reading, {"gent", number})
        if changed is None:
            return None
        out.append(changed.word if is_known(word.lower()) else word)
        if reading is noun:
            return [*out, *words[i + 1 :]]
    return None

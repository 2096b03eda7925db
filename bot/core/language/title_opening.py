"""An opening of an event named only by a bare word ("Торжественное открытие «Недели»",
"Открытие турнира") is the first session of that event: when the post names the event more
fully elsewhere ("Неделя детской и юношеской книги"), that mention is the concise title.
Words are matched by lemma with pymorphy3 (morphology.py); used by title.py."""

from __future__ import annotations

import re

from bot.core.language.morphology import lemma, parses
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_words import MAX_TITLE

# "Торжественное открытие «Недели»", "Закрытие фестиваля": an opening and one bare word
_BARE_OPENING = re.compile(r"(?i)^(?:[а-яё]+\s+)?(?:открытие|закрытие)\s+[«\"“]?([а-яё]+)[»\"”]?$")
_WORD = re.compile(r"[А-ЯЁа-яё]+")


def opened_in_full(text: str, phrase: str) -> str:
    """`phrase` unchanged unless it is an opening or a closing of a bare word whose
    nominative mention in the same number, with more words, stands elsewhere in `text`;
    then that mention, capitalised (at most MAX_TITLE characters)."""
    bare = _BARE_OPENING.match(phrase)
    if bare is None:
        return phrase
    word = bare.group(1).lower()
    head, number = lemma(word), _number(word)
    for m in _WORD.finditer(text):
        found = m.group(0)
        if found[:3].lower() != word[:3] or lemma(found) != head or not _nominative(found):
            continue
        if _number(found) != number:
            continue  # "открытие турнира" opens one of "традиционные турниры", not all
        fuller = kind_phrase(text, m.start(), m.end())
        if " " in fuller and not _BARE_OPENING.match(fuller) and len(fuller) <= MAX_TITLE:
            return fuller[0].upper() + fuller[1:]
    return phrase


def _number(word: str) -> str | None:
    """ "sing" or "plur" of the likeliest reading of `word`."""
    found = parses(word)
    return str(found[0].tag.number) if found and found[0].tag.number else None


def _nominative(word: str) -> bool:
    """Whether the likeliest reading of `word` is in the nominative ("Неделя", "турниры")."""
    found = parses(word)
    return bool(found) and "nomn" in found[0].tag

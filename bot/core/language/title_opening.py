"""An opening of an event named only by a bare word ("Торжественное открытие «Недели»",
"Открытие турнира") is the first session of that event: when the post names the event more
fully elsewhere ("Неделя детской и юношеской книги"), that mention is the concise title.
So is an opening whose event has a complement ("Торжественное открытие первенства по
плаванию") when another mention holds every word of it and more ("открытое весеннее
первенство школ района по плаванию"): of several events a post names, a part (its opening,
its closing) belongs to the whole, and the whole is THE event (tests/data/title46.md).
Words are matched by lemma with pymorphy3 (morphology.py); used by title.py."""

from __future__ import annotations

import re

from bot.core.language.morphology import lemma, parses
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_words import MAX_TITLE

# "Торжественное открытие «Недели»", "Закрытие фестиваля": an opening and one bare word
_BARE_OPENING = re.compile(r"(?i)^(?:[а-яё]+\s+)?(?:открытие|закрытие)\s+[«\"“]?([а-яё]+)[»\"”]?$")
_WORD = re.compile(r"[А-ЯЁа-яё]+")
# "Торжественное открытие первенства по плаванию": an opening, its event's word, a complement
_OPENING_OF = re.compile(
    r"(?i)^(?:[а-яё]+\s+)?(?:открытие|закрытие)\s+([а-яё]+)((?:\s+[а-яё-]+){1,4})$"
)


def opened_in_full(text: str, phrase: str, elsewhere: tuple[tuple[int, int], ...] = ()) -> str:
    """`phrase` unchanged unless it is an opening or a closing of an event whose nominative
    mention in the same number stands elsewhere in `text` with more words (every word of the
    opening's complement among them, by lemma: "открытие первенства по плаванию" is opened
    by "весеннее первенство школ по плаванию", not by "первенство по лыжным гонкам"); then
    that mention, capitalised (at most MAX_TITLE characters). A mention inside a clause of
    `elsewhere` (dated with another day than the start's, title_dated_days.py) is another
    event, never the whole."""
    bare = _BARE_OPENING.match(phrase)
    opening = bare or _OPENING_OF.match(phrase)
    if opening is None:
        return phrase
    word = opening.group(1).lower()
    complement = set() if bare else _lemmas(opening.group(2))
    head, number = lemma(word), _number(word, "gent")
    for m in _WORD.finditer(text):
        found = m.group(0)
        if found[:3].lower() != word[:3] or lemma(found) != head:
            continue
        if not _nominative(found, shared=bool(complement)):
            continue
        if _number(found) != number:
            continue  # "открытие турнира" opens one of "традиционные турниры", not all
        if any(start <= m.start() < end for start, end in elsewhere):
            continue  # another day's event of the same kind
        fuller = kind_phrase(text, m.start(), m.end())
        if " " not in fuller or _BARE_OPENING.match(fuller) or _OPENING_OF.match(fuller):
            continue
        if len(fuller) > MAX_TITLE:
            continue
        if complement:
            words = _lemmas(fuller)
            if not complement < words - {head}:
                continue  # another event of the kind, or nothing added to the complement
        return fuller[0].upper() + fuller[1:]
    return phrase


def _lemmas(words: str) -> set[str]:
    """The lemmas of the words of `words` (pymorphy3's likeliest reading)."""
    return {lemma(w.lower()) for w in _WORD.findall(words)}


def _number(word: str, case: str | None = None) -> str | None:
    """ "sing" or "plur" of the likeliest reading of `word` (of its likeliest reading in
    `case` when it has one: the object of "открытие" is in the genitive, and "первенства"
    read first as a plural nominative is a singular there)."""
    found = tuple(parses(word))
    if case is not None:
        found = tuple(p for p in found if case in p.tag) or found
    return str(found[0].tag.number) if found and found[0].tag.number else None


def _nominative(word: str, *, shared: bool = False) -> bool:
    """Whether the likeliest reading of `word` is in the nominative ("Неделя", "турниры");
    with `shared`, also an accusative whose form the nominative shares ("первенство": an
    inanimate noun's two cases are one form). `shared` is for a mention that holds the
    opening's complement too: its words say it is that event, whatever its case; a bare
    word's accusative is often the object of a verb ("открывает сезон перевозок")."""
    found = parses(word)
    if not found:
        return False
    if "nomn" in found[0].tag:
        return True
    return (
        shared
        and "accs" in found[0].tag
        and any("nomn" in p.tag and p.tag.number == found[0].tag.number for p in found[1:])
    )

"""Whether a named mention of a kind repeats a bare phrase's words: the same event, named.

A headline names the event by its kind and what the kind says of it ("Всероссийский конкурс
пианистов"); the body's sentence repeats those words, often with more adjectives and
complements, and adds the quoted name ("открытый Всероссийский конкурс юных пианистов
«Кульминация»"). A mention that repeats every word of the bare phrase, in order, in any case
(compared by their first five letters, as Russian inflects a word's ending), is that event.
"""

from __future__ import annotations

import re

from bot.core.language.title_words import KIND, QUOTE

__all__ = ["repeats_words"]

_WORD = re.compile(r"[A-Za-zА-ЯЁа-яё0-9][A-Za-zА-ЯЁа-яё0-9-]*")


def _stems(words: str) -> list[str]:
    return [w.lower().replace("ё", "е")[:5] for w in _WORD.findall(words)]


def repeats_words(phrase: str, mention: str, *, up_to_kind: bool = False) -> bool:
    """Whether `mention` (a kind phrase with a quoted name, "Открытый Всероссийский конкурс
    юных пианистов «Кульминация»") repeats, in order and before its name, every word of the
    unnamed `phrase` ("Всероссийский конкурс пианистов"); with `up_to_kind`, only the words of
    `phrase` up to and including its kind noun ("Республиканский праздник" of "Республиканский
    праздник детей в Artico"). False when `phrase` names no kind or has a quoted name, or
    `mention` has none."""
    found = KIND.search(phrase)
    quote = QUOTE.search(mention)
    if found is None or quote is None or QUOTE.search(phrase) is not None:
        return False
    wanted = _stems(phrase[: found.end()] if up_to_kind else phrase)
    words = iter(_stems(mention[: quote.start()]))
    return bool(wanted) and all(any(w == stem for w in words) for stem in wanted)

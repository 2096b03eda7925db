"""A bare place noun read back to the mention that names it: "в парке пройдёт концерт" in a
post that says elsewhere "парк культуры и отдыха «Добросельский»" is that park; "во дворце"
after "Дворец детского творчества встречает …" is that palace.

A post names its place once, often in its heading or first sentence, and then refers to it by
the bare noun. The named mention is another occurrence of the same noun (pymorphy3 lemma)
written as a name: followed by a quoted name, "№ N" or a capitalised word, or itself
capitalised inside a sentence ("С 21 декабря Дворец детского творчества …"). Used by
places.py.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import to_nominative
from bot.core.language.place_nouns import place_nouns
from bot.core.language.place_words import left_adjectives, right_words
from bot.core.language.title_words import inside_quotes
from bot.core.language.title_words import word_parses as _parses

# a name right after the noun: a quote, a number sign or a capitalised word
_NAME_NEXT = re.compile(r"^\s*(?:[«\"№]|[А-ЯЁ])")
# a sentence's or a line's start (its capital tells nothing)
_OPENS = re.compile(r"(?:^|[.!?\n]\s*|^\s*[-–—•]\s*)$")


def named_elsewhere(text: str, bare: str) -> str | None:
    """The first mention of the bare place noun `bare` (a nominative, "парк") that names it,
    shown as the noun in the nominative with its adjectives and what names it as written
    ("парк культуры и отдыха «Добросельский»"); None when the post names it nowhere."""
    lemma = bare.lower()
    inside = inside_quotes(text)
    for m in place_nouns(text):
        word = m.group(0)
        if " " in word or inside(m.start()) or not _same_lemma(word, lemma):
            continue
        left = left_adjectives(text, m.start())
        first = text.rfind(left[0], 0, m.start()) if left else m.start()
        right = right_words(text, m.end())
        capital = text[first].isupper() and _OPENS.search(text, max(0, first - 4), first) is None
        if not capital and _NAME_NEXT.match(right) is None:
            continue
        head = to_nominative([*left, word]) if left else [_as_cased(bare, word)]
        return " ".join([*head, *right.split()]).rstrip(".,;:")
    return None


def _same_lemma(word: str, lemma: str) -> bool:
    """Whether a reading of `word` among its four likeliest has the dictionary form `lemma`
    ("парке" reads "парка", a parka, twice before "парк")."""
    return any(str(p.normal_form) == lemma for p in _parses(word)[:4])


def _as_cased(noun: str, written: str) -> str:
    """The nominative `noun` capitalised as the mention was written ("Дворец")."""
    return noun[:1].upper() + noun[1:] if written[:1].isupper() else noun.lower()

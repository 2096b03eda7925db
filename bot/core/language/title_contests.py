"""Contests in a title: a bare stage of one contest kind named more fully under another
(«первенство по шахматам … первый тур состязаний»), and the game a news headline's verb
names added to a contest («Открытие турнира» under «Школьники сыграют в шахматы»)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.language.lowered import finditer_i
from bot.core.language.morphology import to_genitive
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_subject import played_game
from bot.core.language.title_words import KIND, MAX_TITLE, inside_quotes, kind_key

# kinds of contest a post names with each other ("первенство по шахматам … первый тур
# состязаний"): a bare stage of one is a stage of the other
_CONTESTS = ("сост", "соре", "перв", "турн", "чемп")


def same_contest(named: Iterable[tuple[str, str]], key: str) -> str | None:
    """The first contest named more fully under another kind word (`named`: pairs of a kind
    key, its first four letters, and the phrase), for a stage of the kind `key`."""
    if key not in _CONTESTS:
        return None
    return next((p for k, p in named if k in _CONTESTS and k != key), None)


def with_game(text: str, headline: tuple[int, int], phrase: str) -> str:
    """A contest the phrase ends with, given the game the headline's verb names
    ("Открытие турнира" under "Школьники сыграют в шахматы" -> "… турнира по шахматам");
    `headline` is the headline's span in `text` (an empty one: no headline)."""
    last = phrase.rsplit(" ", 1)[-1]
    if not headline[1] or last[:4].lower() not in _CONTESTS or not KIND.fullmatch(last):
        return phrase
    game = played_game(text, headline)
    return f"{phrase} {game}" if game else phrase


# the opening or closing of a contest named by a bare word ("Торжественное открытие
# соревнований"): the ceremony and that word
_CEREMONY_OF = re.compile(
    r"(?i)^((?:[а-яё]+\s+)?(?:открытие|закрытие|церемония\s+(?:открытия|закрытия)))\s+([а-яё]+)$"
)


def ceremony_of_contest(text: str, phrase: str) -> str:
    """ "Торжественное открытие первенства по художественной гимнастике" for "Торжественное
    открытие соревнований" in a post that names the contest with its subject ("пройдет
    открытое командное первенство по художественной гимнастике"): a bare contest word stands
    for the contest the post has named (any of the contest words, as same_contest reads
    them), which is put in the genitive from its kind noun on (pymorphy3), its adjectives left
    out; `phrase` itself when it is no such ceremony, or no contest has a subject."""
    found = _CEREMONY_OF.match(phrase)
    if found is None or kind_key(found.group(2)) not in _CONTESTS:
        return phrase
    inside = inside_quotes(text)
    for m in finditer_i(KIND, text):
        if kind_key(m.group(0)) not in _CONTESTS or inside(m.start()):
            continue
        words = kind_phrase(text, m.start(), m.end(), stage=False).split()
        head = next((i for i, w in enumerate(words) if KIND.fullmatch(w)), None)
        if head is None or len(words) <= head + 1 or "«" in words[head + 1]:
            continue  # a bare contest word again, or one named only by a quote
        fuller = " ".join(to_genitive([words[head].lower(), *words[head + 1 :]]))
        title = f"{found.group(1)} {fuller}"
        return title if len(title) <= MAX_TITLE else phrase
    return phrase

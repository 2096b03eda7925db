"""A kind's quoted name given after a participle clause: "конкурс на лучшую школу, развивающую
спорт, «Быстрые ноги»", "праздник для всех любителей бега, посвящённый открытию сезона, —
«Лёгкий старт»". Russian puts the participle clause (set off by commas) right after the noun
it qualifies and may put the noun's name in apposition after it; the name then still belongs
to the kind, with the clause left out of a card's title. Used by title_phrase.kind_phrase.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import parses

# after a kind: its complements (no sentence mark and no quote), a comma, a clause opening
# with one word (its participle), the clause's words, then the clause's closing comma or a
# dash, and a quoted name (the straight marks turned into «» by quote_marks.with_guillemets)
_PAST_CLAUSE = re.compile(
    r"([^.!?;:«»\"“\n]{0,100}?),\s*([а-яё]+)[^.!?;:«»\"“\n]{1,80}?"
    r"(?:,\s*(?:[—–-]\s*)?|\s+[—–-]\s*)(«[^«»]{2,120}»)"
)
_WORDS = re.compile(r"[А-ЯЁа-яё-]+")


def _participle(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of `word` is a full participle ("посвящённый",
    "развивающее", "приуроченная"): the word that opens a participle clause."""
    found = parses(word)
    return bool(found) and found[0].tag.POS == "PRTF"


def _no_verb(words: str) -> bool:
    """Whether no word of `words` reads first as a verb (pymorphy3): a kind's complements, not
    a clause of their own ("… пройдёт в парке, …")."""
    return not any(
        (found := parses(w)) and found[0].tag.POS in ("VERB", "INFN", "GRND")
        for w in _WORDS.findall(words)
    )


def name_past_clause(text: str, end: int, right: str) -> str | None:
    """The right part of the kind phrase ending at `end` with the quoted name that follows
    the kind's participle clause: the complements `right` read before the clause, kept when
    they lie before it (a "посвящённый …" tail is dropped: the name says more), and the name
    (" для всех любителей бега «Лёгкий старт»"); None when no such name follows."""
    window = text[end : end + 300]
    if "«" not in window or "," not in window:
        return None  # the pattern's lazy runs tried only where a name and a comma follow
    found = _PAST_CLAUSE.match(text, end)
    if found is None or not _participle(found.group(2)) or not _no_verb(found.group(1)):
        return None
    before = found.group(1)
    kept = right.rstrip() if right.strip() and not right.startswith(",") else ""
    if kept and not all(word in before for word in kept.split()):
        kept = ""  # the complements run past the clause: the name alone follows the kind
    return f"{kept} {found.group(3)}"

"""«Ещё одна встреча с ветераном»: a new event's title opening with the words of one more
(«ещё», «ещё один/одна/одно/одни») — the writer's remark that there was one before, never a
part of the event's name (chat77 left it for the post parser's leftover titles; chat78).

The words go only when an event noun (title_grammar.is_event_noun, pymorphy3) comes next,
after at most two adjectives («Ещё один интересный мастер-класс» → «Интересный
мастер-класс»); «Ещё не вечер» (a particle before the noun) and «Ещё раз о главном» keep
them. Pure.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import parses
from bot.core.language.title_grammar import is_event_noun

_MORE = re.compile(r"(?i)^\s*ещ[её]\s+(?:(?:один|одна|одно|одну|одни)\s+)?")
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_MAX_BEFORE_NOUN = 2  # «ещё одна [интересная] [открытая] лекция»


def without_more_opener(title: str) -> str:
    """`title` without the «ещё (один …)» it opens with when an event noun follows it after
    at most _MAX_BEFORE_NOUN adjectives, its first letter then upper-case as the title's
    was; `title` itself otherwise."""
    found = _MORE.match(title)
    if found is None:
        return title
    rest = title[found.end() :]
    for word in _WORD.findall(rest)[: _MAX_BEFORE_NOUN + 1]:
        if is_event_noun(word):
            return rest[:1].upper() + rest[1:] if title[:1].isupper() else rest
        if not _adjective(word):
            break
    return title


def _adjective(word: str) -> bool:
    """Whether pymorphy3 reads `word` as a full adjective or participle first."""
    found = parses(word)
    return bool(found) and any(grammeme in found[0].tag for grammeme in ("ADJF", "PRTF"))

"""An offset told inside a story: «Линейка прошла в 9:00. Спустя полтора часа начались
уроки», «Через час участники вернулись». An offset ahead («через», «спустя») in a sentence
whose finite verbs are all past (pymorphy3's first reading, one at least) counts from a moment
the story names, never from the moment of writing: it is no instant of its own. A present or
future verb («через час начнётся») keeps it an offset from now.
"""

from __future__ import annotations

import re

from bot.core.language.morphology import parses
from bot.core.language.sentences import sentence_at
from bot.core.language.told_past import past_before_imperative

_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")


def told_in_story(text: str, start: int) -> bool:
    """Whether the sentence of `text` holding `start` tells in the past alone: one finite
    verb at least, every one past."""
    begin, stop = sentence_at(start, text)
    past = False
    for word in _WORD.findall(text[begin:stop].lower()):
        found = past_before_imperative(parses(word))  # «пришли» told, not ordered
        if not found or found[0].tag.POS != "VERB":
            continue
        if found[0].tag.tense != "past":
            return False
        past = True
    return past

"""A short question that names its event before the question word: «экскурсия во сколько
начинается в четверг?», «лекция о космосе где?». Russian fronts the topic freely; the plan's
reader wants the question word first, so the topic is moved after the question (chat69:
«экскурсия во сколько начинается в четверг?» was read as a new event «Экскурсия во сколько»).
"""

from __future__ import annotations

import re

from bot.core.language.event_questions import MAX_QUESTION
from bot.core.language.invitations import asking
from bot.core.language.morphology import parses
from bot.core.language.title_words import is_kind_word

_WORD = re.compile(r"[а-яёa-z0-9-]+|[«»\"]")
_OPENERS = frozenset({"а", "и", "ну"})


def question_first(text: str) -> str:
    """`text` with a fronted topic moved after its question («экскурсия во сколько
    начинается в четверг?» -> «во сколько начинается в четверг экскурсия?») when it is one
    short line ending in «?», opening (after «а», «и», «ну») with an event's kind noun in
    the nominative (pymorphy3's likeliest reading) and no verb or interrogative before the first
    interrogative word (a preposition right before it goes with it: «во сколько», «до
    скольки», «в каком»); `text` itself otherwise."""
    line = " ".join(text.split())
    if not line.endswith("?") or len(line) > MAX_QUESTION or "\n" in text.strip():
        return text
    words = line.rstrip("?! ").split(" ")
    lead = 1 if words and words[0].lower() in _OPENERS else 0
    ask = _first_asking(words, lead)
    if ask is None or ask <= lead or not _fronted_event(words[lead]):
        return text
    head = " ".join(words[:lead])
    topic = " ".join(words[lead:ask])
    return " ".join(w for w in (head, " ".join(words[ask:]), topic) if w) + "?"


def _first_asking(words: list[str], lead: int) -> int | None:
    """The index of the first interrogative word of `words` after `lead` (with a
    preposition right before it), None when there is none or a verb comes first."""
    for index in range(lead, len(words)):
        found = parses(words[index].lower().strip(',«»"'))
        if asking(found):
            before = parses(words[index - 1].lower()) if index > lead else []
            return index - 1 if before and "PREP" in before[0].tag else index
        if found and found[0].tag.POS in {"VERB", "INFN", "PRTF", "PRTS", "GRND"}:
            return None
    return None


def _fronted_event(word: str) -> bool:
    """Whether `word` names an event (title_words.is_kind_word: «экскурсия», «концерт») and
    its likeliest pymorphy3 reading is a noun in the nominative; other fronted topics
    («а результаты опроса где?») are left to their own readers."""
    plain = word.lower().strip(',«»"')
    found = parses(plain)
    if not found or found[0].tag.POS != "NOUN" or found[0].tag.case != "nomn":
        return False
    return is_kind_word(plain)

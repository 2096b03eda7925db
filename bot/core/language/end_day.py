"""A long post's one-day start read from a sentence that says the event ends that day
(«Школьный этап завершится 29 октября»): the day is the event's last, not its first, so the
start is a guess (doubt72: `end_day`). Read by grammar — a finite verb of ending, pymorphy3's
first reading — not by the post's words."""

from __future__ import annotations

import re

from bot.core.language.morphology import parses

# verbs of ending (lemmas): «завершится», «закончится», «окончится», in either aspect; a verb
# of lasting («продлится до …») names the last day too but is read as a span already
# (running_until.py, lasting days), so it is not taken here
_ENDING = frozenset(
    {
        "завершиться",
        "завершаться",
        "закончиться",
        "заканчиваться",
        "окончиться",
        "оканчиваться",
    }
)
# a stem every form of the verbs above holds (a substring test before the parses)
_STEMS = ("заверш", "закончи", "заканчива", "оконч", "оканчива")
_WORD = re.compile(r"[а-яё]+")


def ends_on_its_day(sentence: str) -> bool:
    """Whether `sentence` (lower-cased) has a finite verb of ending: the day it names is the
    event's last («Конкурс завершится 20 декабря», «Приём работ заканчивается 5 мая»)."""
    if not any(stem in sentence for stem in _STEMS):
        return False
    for word in _WORD.findall(sentence):
        if not word.startswith(_STEMS):
            continue
        found = parses(word)
        if found and found[0].tag.POS == "VERB" and found[0].normal_form in _ENDING:
            return True
    return False

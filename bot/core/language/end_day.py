"""A long post's one-day start read from a sentence that says the event ends that day
(«Школьный этап завершится 29 октября»): the day is the event's last, not its first, so the
start is a guess (doubt72: `end_day`). Read by grammar — a finite verb of ending, pymorphy3's
first reading — not by the post's words. The same when the sentence writes the day only as a
bound, «до 31 марта», «по 31 января», «не позднее 10 февраля» (doubt79: `bound_only`): a day
the event lasts until, or a time limit, never the day it begins."""

from __future__ import annotations

import re
from datetime import date

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


# a bound written right before a date: «до», «по», «вплоть до», «не позднее», «не позже» (a
# span's «с 28 по 31 января» is one date match whose first day is preceded by «с»)
_BOUND = re.compile(r"(?:(?<![а-яё])(?:до|по)|не\s+поздн[её]е|не\s+позже)\s+$")
_BOUND_REACH = 20  # characters before a date searched for its bound


def bound_only(
    text: str,
    sentence: tuple[int, int],
    dated: list[tuple[int, int, date | None, date | None]],
    day: date,
) -> bool:
    """Whether the sentence `sentence` (offsets into the lower-cased post `text`) writes `day`
    only as a bound — every date match there naming `day` (post.PostFacts.dated: start, end,
    its first day, its day) comes right after «до», «по», «не позднее» («Соревнования будут
    проходить до 31 марта, с 10.00 до 18.00», «Экспозиция доступна по 31 января»): the day
    is the event's last or a time limit, not its first. False when the sentence names `day`
    in no date match."""
    begin, end = sentence
    own = [
        at
        for at, stop, first, last in dated
        if begin <= at and stop <= end and day in (first, last)
    ]
    return bool(own) and all(
        _BOUND.search(text, max(begin, at - _BOUND_REACH), at) is not None for at in own
    )

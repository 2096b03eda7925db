"""A run told going on now, its last day written first, and a later sentence's day inside it
(«В области проходит месячник финансовой грамотности, который продлится до 8 октября. …
21 сентября пройдёт День финансовой грамотности»; «В Ставрополе стартовал муниципальный этап
олимпиады. … Муниципальный этап продлится до 12 декабря. … 10 ноября состоится олимпиада по
физкультуре»): the later day is one of the run's parts, not its first day, so the run is
from the post's day to its last — never from the part's day to the run's end (doubt74: the
run's end joined to another event's day).

The run is told going on by grammar: the sentence of its last day has a present-tense verb of
being held («проходит», «идёт», «проводится»: pymorphy3's likeliest reading), or the post's
first announcing sentence tells its event begun (dateless_post.begun_today: «стартовал»,
«начался»). A last day told after the start's sentence («Завтра начинается Неделя … В этом
проекте, который продлится до 6 апреля, …») is the started event's own end and is left to the
usual join."""

from __future__ import annotations

import re
from datetime import date

from bot.core.language.dateless_post import begun_today
from bot.core.language.morphology import parses

# verbs of being held, by lemma, read in the present tense: «проходит», «идёт», «проводится»
_HELD = frozenset({"проходить", "идти", "проводиться"})
_STEMS = ("проход", "ид", "провод")
_WORD = re.compile(r"[а-яё]+")


def run_going_from_today(
    text: str,
    until_sentence: tuple[int, int],
    start_sentence: tuple[int, int],
    start: date,
    until: date,
    today: date,
) -> bool:
    """Whether the day `start`, read from `text[slice(*start_sentence)]`, is a part of a run
    told going on whose last day `until` was read earlier, from `until_sentence` (offsets into
    `text`, the normalised post): the until's sentence comes first, `start` lies after
    `today` (the post's day) and before `until`, and the run is told going on (the module
    docstring). Days: local dates."""
    if until_sentence[0] >= start_sentence[0] or not today < start < until:
        return False
    sentence = text[until_sentence[0] : until_sentence[1]].lower()
    return held_now(sentence) or begun_today(text)


def held_now(sentence: str) -> bool:
    """Whether `sentence` (lower-cased) has a present-tense verb of being held — «проходит»,
    «идут», «проводится» (pymorphy3's likeliest reading; «пройдёт», «проходил» are not)."""
    for word in _WORD.findall(sentence):
        if not word.startswith(_STEMS):
            continue
        found = parses(word)
        if not found or found[0].tag.POS != "VERB":
            continue
        if found[0].normal_form in _HELD and found[0].tag.tense == "pres":
            return True
    return False

"""Which of several events a dated stage item belongs to: the event held in stages.

A post that says an event is held in stages ("Олимпиада проходит в два этапа:") and then
dates an item opening with a stage label ("2 этап - математический турнир … состоится 19
октября") names a part of that event: the item's kind ("турнир") is what the stage consists
of, not another event. A careful reader takes the whole, named as fully as the post names it
("Интеллектуальная олимпиада школьников им. В.П. Никитенко") — the reading of
title_opening.py (an opening belongs to what it opens) for stages (tests/data/title46.md).
Used by title.py."""

from __future__ import annotations

import re

from bot.core.language.lowered import finditer_i
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_words import KIND, MAX_TITLE, kind_key

# "2 этап - …", "II тур: …", "Второй этап — …": a stage label opening a line or sentence
_STAGE_LABEL = re.compile(
    r"\s*(?:\d{1,2}|[IVX]{1,4}|[А-ЯЁа-яё]+(?:ый|ой|ий))[-\s]*(?:й\s+)?(?:этап|тур)\s*[-–—:]\s",
    re.IGNORECASE,
)


def opens_with_stage(text: str, event_sentence: tuple[int, int]) -> bool:
    """Whether the dated sentence opens with a stage label ("2 этап - …"): a quick test run
    before the post is searched for an event held in stages."""
    return _STAGE_LABEL.match(text, event_sentence[0], event_sentence[1]) is not None


def stage_item_whole(text: str, event_sentence: tuple[int, int], whole: str) -> str | None:
    """The fullest mention (at most MAX_TITLE characters, in the nominative) of the event
    `whole` (the genitive head of the kind held in stages, title_stages.held_in_stages:
    "олимпиады") when the dated sentence opens with a stage label ("2 этап - …", "Региональный
    этап - …"); None when it opens with none or the post never names that event with more
    than its bare word. The label is not kept: the sentence read as the event's is not always
    the line whose day is the start ("Школьный этап - … с 20 декабря …;" read for a 1 March
    start)."""
    if not opens_with_stage(text, event_sentence):
        return None
    key = kind_key(whole)
    best: str | None = None
    for m in finditer_i(KIND, text):
        if kind_key(m.group(0)) != key:
            continue
        phrase = kind_phrase(text, m.start(), m.end(), stage=False)
        if len(phrase) <= MAX_TITLE and len(phrase.split()) > len((best or "").split()):
            best = phrase
    return best if best is not None and " " in best else None

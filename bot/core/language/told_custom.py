"""A day told as a custom: «Традиционно 1 сентября в школе проводится линейка», «Ежегодно
12 апреля в лицее проходят космические чтения». The present tense of a custom (an adverb of
custom and imperfective present verbs only, pymorphy3's first reading) tells what the day
always holds, not when it comes next; posted within CUSTOM_DAYS after this year's day, it is a
report of this year's (the custom just kept), never the day a year ahead. Further from the day
the next occurrence is as likely meant: the rule of the year ahead keeps it, with its doubt.
"""

from __future__ import annotations

import re

from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses
from bot.core.language.sentences import sentence_at

CUSTOM_DAYS = 14  # a report follows its day within two weeks; later, the custom's next turn

# adverbs of a custom kept every year (a closed class of Russian adverbs of frequency)
_CUSTOM_ADVERBS = frozenset({"традиционно", "ежегодно", "всегда", "обычно"})
_EVERY_YEAR = re.compile(r"(?<![а-яё])каждый\s+год(?![а-яё])")
# verbs of observing a feast and the nouns of the day observed: «3 декабря наша страна отмечает
# День Неизвестного солдата», «12 июня празднуется День России» tell the calendar's custom,
# the day kept every year, as «ежегодно» does (fresh83)
_OBSERVING = frozenset({"отмечать", "отмечаться", "праздновать", "праздноваться"})
_FEAST_NOUNS = frozenset({"день", "праздник"})
_WORD = compile_with_scan(r"[а-яё]+(?:-[а-яё]+)*")


def told_as_custom(text: str, start: int) -> bool:
    """Whether the sentence of `text` holding `start` names a custom («традиционно»,
    «ежегодно», «каждый год», or a verb of observing a feast with the day it names: «страна
    отмечает День …», «празднуется праздник …») and its finite verbs are all present
    imperfective, one at least («проводится», «проходят», «отмечает»)."""
    begin, stop = sentence_at(start, text)
    sentence = text[begin:stop].lower()
    custom = _EVERY_YEAR.search(sentence) is not None
    present = observing = feast = False
    for word in _WORD.findall(sentence):
        found = parses(word)
        if not found:
            continue
        first = found[0]
        if first.tag.POS == "ADVB" and first.normal_form in _CUSTOM_ADVERBS:
            custom = True
        elif first.tag.POS == "VERB":
            if first.tag.tense != "pres" or first.tag.aspect != "impf":
                return False
            present = True
            observing = observing or first.normal_form in _OBSERVING
        feast = feast or first.normal_form in _FEAST_NOUNS
    return (custom or (observing and feast)) and present

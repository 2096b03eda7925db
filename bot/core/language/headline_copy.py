"""A post's headline that repeats the day its body reports («Итоги праздника 12 марта» over
«12 марта в школе прошёл праздник …»): a day written twice is one day, and the headline's
copy, told in no tense, follows the body's past tense — it is the reported day, never a day
ahead (rolled a year on) beside the report's."""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.morphology import parses
from bot.core.language.post_dates import date_of

_WORD = re.compile(r"[а-яё]+")
_VERBAL = frozenset({"VERB", "PRTS", "INFN"})  # a line with one of these tells a tense


def copies_reported_day(
    text: str,
    line: tuple[int, int],
    kept: list[re.Match[str]],
    told: list[re.Match[str]],
    now: datetime,
) -> bool:
    """Whether the dates `kept` of the sentence `line` (text[line[0]:line[1]], lower-cased)
    are copies of a day the body tells in the past (`told`: the date phrases hidden as a
    report's): the line is the post's first, holds no verb (pymorphy3's likeliest reading:
    a headline, in no tense), each of its dates names a day (nearest reading) that a
    told date names too."""
    if line[0] > len(text) - len(text.lstrip()) or not told or not kept:
        return False
    if any(_verbal(w) for w in _WORD.findall(text, line[0], line[1])):
        return False
    reported = {date_of(m.group(0), now, nearest=True) for m in told}
    return all(date_of(m.group(0), now, nearest=True) in reported for m in kept)


def _verbal(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS in _VERBAL

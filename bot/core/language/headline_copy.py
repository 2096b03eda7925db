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


def tenseless_headline(text: str, line: tuple[int, int]) -> bool:
    """Whether the sentence `line` of `text` (lower-cased) is the post's first and holds no
    verb (pymorphy3's likeliest reading of each word): a headline, told in no tense."""
    if line[0] > len(text) - len(text.lstrip()):
        return False
    return not any(_verbal(w) for w in _WORD.findall(text, line[0], line[1]))


def copies_reported_day(
    kept: list[re.Match[str]], told: list[re.Match[str]], now: datetime
) -> bool:
    """Whether every date of `kept` (a tenseless headline's) names a day (nearest reading)
    that one of `told` (the dates the body tells in the past) names too."""
    if not told or not kept:
        return False
    reported = {date_of(m.group(0), now, nearest=True) for m in told}
    return all(date_of(m.group(0), now, nearest=True) in reported for m in kept)


def _verbal(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS in _VERBAL

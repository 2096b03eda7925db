"""A day told in the past tense: «12 марта в библиотеке состоялась встреча», «3 ноября ученики
побывали в музее». A report posted a few days after its event names the event's day without a
year; read by the rule for announcements (a day already past means next year's), it became a
day a year ahead. When the sentence holding the day says only what was done (every finite
verb past, one at least) and this year's day passed recently, the day is this year's: the
report's event (the draft then carries the doubt `past`). A sentence with a verb in the
present or future («а 3 ноября команды встретятся в финале») keeps the rule of the year
ahead."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.core.language.morphology import parses

RECENT_DAYS = 183  # a report tells of the last half year; an older day is history, not an event
# a sentence ends at «!», «?», a line break or a full stop after a word of three letters or
# more or a digit, then a space: an initial or an abbreviation («им. В. И. Ленина», «ул.»,
# «г.») ends none
_BOUNDARY = re.compile(r"[!?\n]|(?:(?<=[а-яёa-z]{3})|(?<=\d))\.(?=\s)")
_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")


def told_in_past(text: str, start: int, end: int) -> bool:
    """Whether the sentence of `text` holding `start`..`end` tells in the past tense alone:
    its finite verbs (pymorphy3's first reading) are all past, one at least."""
    begin = 0
    for m in _BOUNDARY.finditer(text, max(0, start - 300), start):
        begin = m.end()
    stop = _BOUNDARY.search(text, end)
    sentence = text[begin : stop.start() if stop else len(text)].lower()
    past = False
    for word in _WORD.findall(sentence):
        found = parses(word)
        if not found or found[0].tag.POS != "VERB":
            continue
        if found[0].tag.tense != "past":
            return False
        past = True
    return past


def day_gone(resolved: date, today: date, text: str, start: int, end: int) -> date | None:
    """This year's day for `resolved`, a day written without a year that the rule of the year
    ahead put in a later year, when it passed at most RECENT_DAYS ago and its sentence tells
    in the past tense (told_in_past); None otherwise."""
    if resolved <= today:
        return None
    try:
        back = resolved.replace(year=resolved.year - 1)
    except ValueError:  # 29 February
        return None
    if not today - timedelta(days=RECENT_DAYS) <= back < today:
        return None
    return back if told_in_past(text, start, end) else None

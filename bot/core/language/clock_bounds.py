"""A long post's start clock that the post says of something else than the event's start
(doubt74): a bound — «Урок пройдёт после 14:30» says the event begins at some time after
14:30, not at it (`after_clock`) — or a broadcast's start — «Увидеть бал можно будет в прямом
эфире, начало трансляции — в 20:00» of an event held in a square says when the broadcast
begins, not the ball (`relay_clock`). The card would save the clock as the start; the bot asks
the time instead. Read from the post's words around the clock, not from its event."""

from __future__ import annotations

import re
from datetime import time

from bot.core.language.first_scan import compile_with_scan

_H = r"(?:[01]?\d|2[0-3])"
_CLOCK = compile_with_scan(rf"(?<![\d.:])({_H})[:.]([0-5]\d)(?![\d])")
# the words before a clock saying it is a lower bound: «после 14:30», «не ранее 10.00»
_AFTER = re.compile(r"(?:(?<![а-яё])после|не\s+ранее|не\s+раньше)\s*$", re.IGNORECASE)
# a broadcast's start named before its clock, in the clause («начало трансляции — в 20:00»,
# «трансляция начнётся в 10:00», «прямой эфир стартует в 19.00»)
_BROADCAST_START = re.compile(
    r"(?:начал\w*|старт\w*)\s+(?:прям\w+\s+)?(?:трансляци|эфир)\w*"
    r"|(?:трансляци|эфир)\w*\s+(?:начн|начина|старту)\w*",
    re.IGNORECASE,
)
_REACH = 40  # characters before a clock where its bound word or broadcast phrase is read
_CLAUSE_END = re.compile(r"[.!?\n;]")


def clock_after_bound(sentence: str) -> bool:
    """Whether `sentence` (the event's) writes clocks and each of them after a word of a lower
    bound («пройдёт после 14:30», «не ранее 10.00»): the start is not said, only its bound."""
    clocks = list(_CLOCK.finditer(sentence))
    return bool(clocks) and all(_AFTER.search(sentence, 0, m.start()) for m in clocks)


def broadcast_clock(text: str, start: time) -> bool:
    """Whether `text` (the post) writes the clock `start` (hour and minute) and each time in a
    clause naming a broadcast's start before it («начало трансляции — в 20:00»): the clock is
    the broadcast's."""
    found = [
        m
        for m in _CLOCK.finditer(text)
        if (int(m.group(1)), int(m.group(2))) == (start.hour, start.minute)
    ]
    return bool(found) and all(_after_broadcast_start(text, m.start()) for m in found)


def _after_broadcast_start(text: str, at: int) -> bool:
    """Whether a broadcast's start is named in the clause before `text[at]`, within _REACH."""
    before = text[max(0, at - _REACH) : at]
    ends = list(_CLAUSE_END.finditer(before))
    before = before[ends[-1].end() :] if ends else before
    return _BROADCAST_START.search(before) is not None

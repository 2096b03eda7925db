"""A clock time that no day has, written where a clock goes: «в 28:00», «с 10:00 до 25:30»,
«9 марта, 24:30», «в 15:75». The parser must not read a part of it («в 2», «8:00») nor drop
it so that the draft silently keeps the day alone: the doubt `impossible_time` makes the bot
ask the time. Read on the normalised text (tokens.normalize), before the clock rules."""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.calendar import MONTH
from bot.core.language.first_scan import with_first_scan
from bot.core.language.parts import TemporalParts
from bot.core.language.tokens import Scanner, gate

# an hour past 24, or 24 with minutes, or a minute past 59 («15:75»); «24:00» is midnight
_IMPOSSIBLE_CLOCK = with_first_scan(  # tried at digits only
    re.compile(
        r"(?<![\d.:])(?:(?:2[5-9]|[3-9]\d):[0-5]\d|24:(?:0[1-9]|[1-5]\d)|(?:[01]?\d|2[0-3]):[6-9]\d)"
        r"(?![\d:])"
    )
)
gate(_IMPOSSIBLE_CLOCK, re.compile(":"))
# where a clock goes right before it: a preposition of time («в», «с», «до» …, taken with the
# clock), a range's dash after another clock, or a date («9 марта, 28:00», «09.03 25:00»); a
# pair of numbers elsewhere is a score or a ratio («со счётом 28:25»), left alone
_PREPOSITION = re.compile(
    r"(?:^|(?<=[\s(]))(?:в|во|с|со|до|к|ко|по|около|начало|начала|время)\s*:?\s*$"
)
_OTHER_CUE = re.compile(rf"(?:\d\s*-\s*|(?:{MONTH})\s*,?\s*|\d[./]\d\d?\s*,?\s*)$")
_CUE_REACH = 16  # characters before the clock: the longest cue («начала: », «декабря, »)
# a possible clock of the day: «11:00», or «в 9.30» after its preposition (a bare «12.12» is
# as often a date)
_POSSIBLE_CLOCK = re.compile(
    r"(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
    r"|\b(?:в|во|с|со)\s+(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d|\.\d)"
)
# a range's end right after its start clock: «с 10:00 до 28:00», «10:00-25:30»
_RANGE_END = re.compile(r"\d[:.]\d\d\s*(?:-|–|—|до|по)\s*$")


def impossible_clocks_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """An impossible clock after a cue of time (above): `impossible_time` doubted (unless it
    is a race's minutes and seconds beside a possible clock, `race_time`), the clock and
    its preposition taken, so neither a start nor the title keeps a part of it.
    Example: «Начало в 25:00» → doubts {"impossible_time"}, no clock."""
    for m in sc.find(_IMPOSSIBLE_CLOCK):
        reach = max(0, m.start() - _CUE_REACH)
        preposition = _PREPOSITION.search(sc.text, reach, m.start())
        if preposition is None and _OTHER_CUE.search(sc.text, reach, m.start()) is None:
            continue
        begin = preposition.start() if preposition else m.start()
        if not race_time(sc.text, m.start(), m.end()):
            parts.doubts.add("impossible_time")
        sc.take(begin if sc.is_free(begin, m.start()) else m.start(), m.end())


def race_time(text: str, start: int, end: int) -> bool:
    """Whether the impossible clock at `text[start:end]` (normalised) is minutes and seconds
    — a race's norm or result («до 28:00», «лучшее время: 25:30») — rather than a slip: it
    reads as mm:ss, is no range's end after a clock («с 10:00 до 28:00»), and the message
    writes a possible clock for its start («в 11:00»). Also read by slips.time_slip (chat)."""
    minutes, _, seconds = text[start:end].partition(":")
    if not (minutes.isdigit() and seconds.isdigit()) or int(minutes) > 59 or int(seconds) > 59:
        return False
    if _RANGE_END.search(text, max(0, start - _CUE_REACH), start):
        return False
    return bool(_POSSIBLE_CLOCK.search(text, 0, start) or _POSSIBLE_CLOCK.search(text, end))

"""One span from a clock on one day to a clock on another: "с 12 часов 18 сентября до 12
часов 20 сентября", "с 10:00 5 марта до 18:00 7 марта", "с 5 марта 10:00 по 7 марта 18:00",
"с 05.03.2027 10:00 по 07.03.2027 18:00".

Rule of the language: when each end of a span carries both a day and a clock, the span is
one stretch of time from the first clock on the first day to the second clock on the last
day — unlike "с 5 по 7 марта с 10:00 до 18:00", where one pair of clocks is each day's hours
(a daily series, draft_assembly). The end is kept as its own day (`TemporalParts.end_day`),
so the event ends on the last day at the last clock.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH
from bot.core.language.day_parts import MONTH_GATE, impossible
from bot.core.language.parts import MM, YY, D, H, M, TemporalParts, TimeMention
from bot.core.language.times import add_time
from bot.core.language.tokens import Scanner, anchor, gate

# a clock: "10:00", "10.00", "12 часов", "12 ч."
_CLOCK = rf"(?:({H})[:.]({M})|({H})\s*(?:час(?:а|ов)?|ч\.)(?:\s+({M})\s+минут\w*)?)(?![\d])"
# a day: "18 сентября [2027 г.]" or "18.09[.2027]"
_DAY = (
    rf"(?:({D})\s+({MONTH})(?:\s*((?:19|20)\d\d)(?:\s*(?:г\.|года|г(?![а-я])))?)?"
    rf"|({D})[./]({MM})(?:[./]({YY}))?(?:\s*(?:г\.|года|г(?![а-я])))?)(?![\d])"
)
# or the end's label after the start's sentence, as an event page prints both moments
# ("Начинается: 1 марта 2026 в 10:00. Заканчивается: 1 марта 2026 в 14:00")
_END_LABEL = (
    r"[.;,]?\s*+(?:заканчивается|закончится|завершается|завершится|окончание|завершение|конец)"
    r"(?![а-я])\s*:?"
)
# possessive \s*+ (same matches): adjacent \s* backtracked over the Scanner's blanks after a
# day and a clock (9,000 blanked characters: 4 s; review19)
_TO = rf"\s*+(?:[-–—]|\bдо\b|\bпо\b|{_END_LABEL})\s*"
_SEP = r"\s*+,?\s*+(?:в\s+)?"
# "с 10:00 5 марта до 18:00 7 марта": the clock before each day
_CLOCK_FIRST = re.compile(rf"(?:\b(?:с|со)\s+)?(?<![\d.:]){_CLOCK}\s+{_DAY}{_TO}{_CLOCK}\s+{_DAY}")
# "с 5 марта 10:00 по 7 марта 18:00", "5 марта в 10:00 — 7 марта в 18:00"
_DAY_FIRST = re.compile(
    rf"(?:\b(?:с|со)\s+)?(?<![\d.:]){_DAY}{_SEP}{_CLOCK}{_TO}{_DAY}{_SEP}{_CLOCK}"
)
_ANY_CLOCK = re.compile(r"\d[:.]\d\d|\d\s*час|\d\s*ч\.")
for _pattern in (_CLOCK_FIRST, _DAY_FIRST):
    gate(_pattern, _ANY_CLOCK)
    gate(_pattern, re.compile(rf"{MONTH_GATE.pattern}|\d[./]\d\d?[./ ]"))
    # a clock opens every match or follows its first day, and the last one closes it
    anchor(_pattern, _ANY_CLOCK, 45, 110)
# a clock's end (its minutes, «час»/«ч.», «минут…») right before what follows it in every match:
# the day after a space (clock first), the dash or «до»/«по» and the end's day (day first)
_CLOCK_END = r"(?:[:.]\d\d|час(?:а|ов)?|ч\.|минут\w*)(?!\d)"
gate(_CLOCK_FIRST, re.compile(rf"{_CLOCK_END}\s+\d"))
gate(_DAY_FIRST, re.compile(rf"{_CLOCK_END}{_TO}\d"))


def dated_clock_spans_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A span whose both ends carry a day and a clock: the event runs from one to the other.
    Sets `parts.day_first`, `end_day` (the end clock's day), the start in `times`, `end_time`,
    `range_pos` and `day_spans`. Example: «с 10:00 5 марта до 18:00 7 марта» → day_first 5
    March, times [10:00], end_day 7 March, end_time 18:00."""
    if parts.day_first is not None or parts.day_blocked:
        return
    today = now.date()
    for pattern, clock_first in ((_CLOCK_FIRST, True), (_DAY_FIRST, False)):
        for m in sc.find(pattern):
            groups = m.groups()
            # each end is (clock: 4 groups, day: 6 groups) in the order written
            if clock_first:
                start_clock, start_day = groups[0:4], groups[4:10]
                end_clock, end_day = groups[10:14], groups[14:20]
            else:
                start_day, start_clock = groups[0:6], groups[6:10]
                end_day, end_clock = groups[10:16], groups[16:20]
            begin, finish = _clock(start_clock), _clock(end_clock)
            if begin is None or finish is None:
                continue
            last = _day(end_day, today, None)
            first = _day(start_day, today, last)
            if first is None or last is None:
                sc.take_match(m)
                impossible(parts)
                return
            if (last, finish[0]) <= (first, begin[0]):
                continue  # not a span forwards: leave the pieces to the other rules
            sc.take_match(m)
            parts.day_spans.append((m.start(), m.end(), first, last))
            parts.day_first = first
            add_time(parts, TimeMention(begin[0], "с", begin[1], m.start()))
            parts.end_time = finish[0]
            parts.end_day = last if last > first else None
            parts.range_pos = m.start()
            return


def _clock(groups: tuple[str | None, ...]) -> tuple[time, bool] | None:
    hour = groups[0] or groups[2]
    minute = groups[1] or groups[3]
    if hour is None or int(hour) > 23:
        return None
    return time(int(hour), int(minute or 0)), minute is not None


def _day(groups: tuple[str | None, ...], today: date, last: date | None) -> date | None:
    """The written day; the first day of a span takes the last day's year when it has none."""
    if groups[0] is not None:
        day, month = int(groups[0]), cal.month_number(groups[1] or "")
        raw_year = groups[2]
    else:
        day, month = int(groups[3] or 0), int(groups[4] or 0)
        raw_year = groups[5]
    if month is None:
        return None
    year = cal.full_year(raw_year, today) if raw_year else None
    if year is None and last is not None:
        year = last.year if (month, day) <= (last.month, last.day) else last.year - 1
    return cal.resolve_day_month(day, month, today, year)

"""Clock times said in words, hour then minutes: "в семь тридцать", "в десять сорок пять",
"в девять пятнадцать утра" (minutes 10–59 as words; "в половине", "без четверти": times.py).

A bare hour 1–7 reads as afternoon, as for "в 3" (times.clock_time); "утра/дня/вечера/ночи"
decides when given.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.language.numerals import number_value
from bot.core.language.parts import PART, TemporalParts, TimeMention
from bot.core.language.times import add_time, clock_time
from bot.core.language.tokens import Scanner, gate

_HOURS = (
    r"(?:один|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать"
    r"|тринадцать|четырнадцать|пятнадцать|шестнадцать|семнадцать|восемнадцать|девятнадцать"
    r"|двадцать(?:\s+(?:один|два|три))?)"
)
_MINUTES = (
    r"(?:(?:двадцать|тридцать|сорок|пятьдесят)(?:\s+(?:одна|две|один|два|три|четыре|пять|шесть"
    r"|семь|восемь|девять))?|десять|одиннадцать|двенадцать|тринадцать|четырнадцать|пятнадцать"
    r"|шестнадцать|семнадцать|восемнадцать|девятнадцать)"
)
_SPOKEN = re.compile(
    rf"\b(в|к|с|до|около)\s+({_HOURS})\s+({_MINUTES})(?![а-я])(?:\s*{PART})?(?!\s*(?:минут|час))"
)
gate(_SPOKEN, re.compile("дцать|сорок|десят"))


def spoken_clock_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "в семь тридцать" = 19:30, "в девять пятнадцать утра" = 09:15.
    Adds a TimeMention to `parts.times` (minute given). Example: «Встреча в семь тридцать» →
    times [19:30]."""
    for m in sc.find(_SPOKEN):
        prefix, hour_raw, minute_raw, part = m.groups()
        hour, minute = number_value(hour_raw), number_value(minute_raw)
        if hour is None or minute is None or not 10 <= minute < 60:
            continue
        at = clock_time(int(hour), int(minute), part, False)
        if at is not None:
            add_time(parts, TimeMention(at, prefix, True, m.start()))
            sc.take_match(m)

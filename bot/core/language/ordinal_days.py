"""A day of the month said as an ordinal word alone: "двадцать второго", "первого числа" —
the next such day (this month when it is still ahead, else the next month that has it).

Only in `when` and queries, and only when nothing but an end, a comma or "числа" follows, so
"второго урока" or "второго класса" never becomes a date.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from bot.core.language import calendar as cal
from bot.core.language.day_parts import set_day
from bot.core.language.numerals import ORDINAL_WORD, ordinal_value
from bot.core.language.parts import TemporalParts
from bot.core.language.tokens import Scanner, gate

_ORDINAL_DAY = re.compile(
    rf"\b({ORDINAL_WORD})(?:\s+числа)?(?=\s*$|\s*[,.;!?)]|\s+(?:в|к|с|до)\s+\d)"
)
gate(_ORDINAL_DAY, re.compile("ого|его"))
_CLOCK_BEFORE = re.compile(
    r"(?:половин\w*|без\s+\S+(?:\s+минут\w*)?)\s*$"
)  # "без четверти шестого"


def ordinal_days_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "двадцать второго" = the next 22nd of a month.
    Sets `parts.day_first` and `day_spans`. Example: «Встречаемся двадцать второго» on 7
    December 2026 → day_first 22 December 2026."""
    for m in sc.find(_ORDINAL_DAY):
        word = m.group(1)
        if not word.endswith(("ого", "его")) or parts.day_first is not None:
            continue
        if _CLOCK_BEFORE.search(sc.text[max(0, m.start() - 30) : m.start()]):
            continue
        number = ordinal_value(word)
        if number is None or not 1 <= number <= 31:
            continue
        set_day(sc, parts, m, _next_day_numbered(number, now.date()))


def _next_day_numbered(number: int, today: date) -> date:
    month_first = today.replace(day=1)
    for shift in range(0, 13):
        first = cal.add_months(month_first, shift)
        if number <= cal.month_end(first).day:
            day = first.replace(day=number)
            if day >= today:
                return day
    return today  # unreachable: every run of 13 months has each day 1–31

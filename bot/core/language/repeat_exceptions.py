"""Days a daily repeat skips: "ежедневно кроме понедельника", "каждый день, кроме субботы и
воскресенья", "ежедневно кроме выходных", "кроме пн и чт".

The phrase is read only right after the daily word it qualifies; the skipped days are kept
on the draft's Recurrence (`except_weekdays`, Monday = 0), so no occurrence is stored and the
card does not claim those days.
"""

from __future__ import annotations

import re

from bot.core.language import calendar as cal
from bot.core.language.tokens import Scanner

_DAY = (
    r"(?:понедельник\w*|вторник\w*|сред\w*|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*"
    r"|пн|вт|ср|чт|пт|сб|вс)\.?(?![а-я])"
)
_EXCEPT = re.compile(
    rf"\s*,?\s*кроме\s+((?:{_DAY})(?:\s*(?:,|\bи\b)\s*(?:{_DAY}))*|выходных(?:\s+дней)?)"
)
_ONE_DAY = re.compile(_DAY)


def take_except_weekdays(sc: Scanner, end: int) -> frozenset[int]:
    """The weekdays (Monday = 0) an exception phrase starting at `end` (where the daily word
    ends) names, taken from the scanner; empty when no such phrase follows."""
    m = _EXCEPT.match(sc.text, end)
    if m is None or not sc.is_free(m.start(), m.end()):
        return frozenset()
    sc.take_match(m)
    if m.group(1).startswith("выходн"):
        return frozenset({5, 6})
    days = (cal.weekday_number(d.group(0)) for d in _ONE_DAY.finditer(m.group(1)))
    return frozenset(d for d in days if d is not None)

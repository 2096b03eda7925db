"""Slips of the keyboard in a chat line's date or time that no rule can read with confidence.

A date typed with a stray space («1 5 декабря», «15.1 2», «15 12 в 15:00»), a day or month
that does not exist («00.12», «0 декабря», «15.13 в 15:00»), a letter typed for a zero
(«12.12.2O26»), a clock time that does not exist («в 25:00», «15:75», «24:30», which may
mean half past midnight or be a slip for 14:30) — each could be read in more than one way,
or not at all, so the parser must not pick one silently (issue 10, point 4): `date_slip`
makes the day unread (the bot asks «Не смог прочитать дату»), `time_slip` makes the hour
unknown (the bot asks the time).
Both read the normalised text (lower case, «ё» as «е»).
"""

from __future__ import annotations

import re

from bot.core.language.calendar import MONTH

_DAY = r"(?:[0-2]?\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
_CLOCK_AFTER = r"(?=\s+(?:в|с|к|на)\s+\d)"  # the time written after the slip: «… в 15:00»
_DATE_SLIPS = re.compile(
    rf"(?<![\d.:])\b\d\s\d\s*(?:[./]\s*\d{{1,2}}\b|\s(?:{MONTH}))"  # «1 5 декабря», «1 5.12»
    rf"|(?<![\d.:])\b{_DAY}[./]\d\s\d\b(?![.:]\d)"  # «15.1 2»
    rf"|(?<![\d.:])\b{_DAY}\s+{_MONTH_NUM}{_CLOCK_AFTER}"  # «15 12 в 15:00»
    rf"|(?<![\d.:])\b0?0(?:[./]{_MONTH_NUM}\b|\s+(?:{MONTH}))"  # «00.12», «0 декабря»
    rf"|(?<![\d.:])(?<!\bв\s)(?<!\bс\s)(?<!\bдо\s)\b{_DAY}[./](?:1[3-9]|[2-5]\d){_CLOCK_AFTER}"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d*[oо]"  # «12.12.2O26»: a letter for a zero in the year
)
_TIME_SLIPS = re.compile(
    r"(?<![\d.:])\b\d\s\d[:.][0-5]\d\b"  # «в 1 5:00»
    r"|\b\d{1,2}[:.][oо]\d|\b\d[oо][:.]\d\d"  # «15:o0», «1o:00»
    r"|(?<![\d.:])\b(?:2[5-9]|[3-9]\d):[0-5]\d\b"  # «в 25:00»: no such hour
    r"|(?<![\d.:])\b24:(?:0[1-9]|[1-5]\d)\b"  # «24:30»: past midnight, or a slip for 14:30?
    r"|(?<![\d.:])\b(?:[01]?\d|2[0-3]):[6-9]\d\b"  # «15:75»: no such minute
)


def date_slip(text: str) -> bool:
    """Whether the normalised chat line holds a date typed so that it cannot be read surely."""
    return _DATE_SLIPS.search(text) is not None


def time_slip(text: str) -> bool:
    """Whether the normalised chat line holds a clock time typed with a slip («в 1 5:00»)."""
    return _TIME_SLIPS.search(text) is not None


_SLIP_IN_TITLE = re.compile(
    r"(?:\b(?:в|с|к|до|на)\s+)?(?:" + _TIME_SLIPS.pattern + r")(?:\s*(?:ч\b\.?|час\w*))?",
    re.IGNORECASE,
)


def without_time_slips(title: str) -> str:
    """`title` without the clock times `time_slip` finds («Лекция в 25:00» → «Лекция »): the
    time is asked, so the unreadable text must not stay in the event's name. The caller tidies
    the spaces and punctuation left behind."""
    return _SLIP_IN_TITLE.sub(" ", title)

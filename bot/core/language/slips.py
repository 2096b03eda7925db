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

from bot.core.language.calendar import MONTH, WEEKDAY
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.impossible_clocks import race_time

_DAY = r"(?:[0-2]?\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
_CLOCK_AFTER = r"(?=\s+(?:в|с|к|на)\s+\d)"  # the time written after the slip: «… в 15:00»
_DATE_SLIPS = compile_with_scan(
    rf"(?<![\d.:])\b\d\s\d\s*(?:[./]\s*\d{{1,2}}\b|\s(?:{MONTH}))"  # «1 5 декабря», «1 5.12»
    rf"|(?<![\d.:])\b{_DAY}[./]\d\s\d\b(?![.:]\d)"  # «15.1 2»
    rf"|(?<![\d.:])\b{_DAY}\s+{_MONTH_NUM}{_CLOCK_AFTER}"  # «15 12 в 15:00»
    rf"|(?<![\d.:])\b0?0(?:[./]{_MONTH_NUM}\b|\s+(?:{MONTH}))"  # «00.12», «0 декабря»
    rf"|(?<![\d.:])(?<!\bв\s)(?<!\bс\s)(?<!\bдо\s)\b{_DAY}[./](?:1[3-9]|[2-5]\d){_CLOCK_AFTER}"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d*[oо]"  # «12.12.2O26»: a letter for a zero in the year
)
_TIME_SLIPS = compile_with_scan(
    r"(?<![\d.:])\b\d\s\d[:.][0-5]\d\b"  # «в 1 5:00»
    r"|\b\d{1,2}[:.][oо]\d|\b\d[oо][:.]\d\d"  # «15:o0», «1o:00»
    r"|(?<![\d.:])\b(?:2[5-9]|[3-9]\d):[0-5]\d\b"  # «в 25:00»: no such hour
    r"|(?<![\d.:])\b24:(?:0[1-9]|[1-5]\d)\b"  # «24:30»: past midnight, or a slip for 14:30?
    r"|(?<![\d.:])\b(?:[01]?\d|2[0-3]):[6-9]\d\b"  # «15:75»: no such minute
)


# A dotted pair whose second number is no month («15.13», «20.45») is a clock time only where
# a reader expects one (newcomer walk 2026-12-01k, finding 3): after a preposition of time
# («в 15.13», «с 15.13»), in a range of times («15.13-16.00»), or when the line names its day
# some other way («10 декабря 15.13», «в пятницу 15.13», «10.12 15.13»); otherwise the writer
# put a date where dates go and slipped on its month — the day is asked, never today. An
# hour no day has («25.13») and a year after the pair («15.13.2026», «15.00.2026») leave no
# clock reading at all.
_NO_MONTH = compile_with_scan(
    rf"(?<![\d.:,/])\b(?P<first>{_DAY})[./](?:1[3-9]|[2-5]\d)\b(?![.:,/]?\d|\s*-\s*\d)"
)
_NO_MONTH_YEAR = compile_with_scan(
    rf"(?<![\d.:])\b{_DAY}[./](?:00|1[3-9]|[2-9]\d)[./](?:(?:19|20)\d\d|\d\d)(?![\d:]|\.\d)"
)
_CLOCK_CUE = re.compile(
    r"(?:^|[\s(])(?:в|во|к|ко|с|со|до|после|около|от|по|на|начало|время)\s*:?\s*$"
    r"|\d\s*-\s*$"  # the end of a range «10.00-15.13»
)
_DAY_NAMED = re.compile(
    rf"(?<![а-я]){MONTH}|(?<![\d.:])\b{_DAY}[./]{_MONTH_NUM}\b(?![:]\d|\.\d\d(?!\d))"
    rf"|(?<![а-я]){WEEKDAY}|\b(?:сегодня|завтра|послезавтра)\b"
)


def monthless_dates(text: str) -> list[tuple[int, int]]:
    """The spans of the normalised line's dotted pairs that are dates with no such month
    (the comment above `_NO_MONTH`), in text order; [] when there is none."""
    found = [m.span() for m in _NO_MONTH_YEAR.finditer(text)]
    for m in _NO_MONTH.finditer(text):
        if any(start <= m.start() < end for start, end in found):
            continue  # «15.13.2026»: the pair of a dated triple already found
        if int(m.group("first")) <= 23:  # an hour: «25.13» is no clock at all
            if _CLOCK_CUE.search(text, max(0, m.start() - 12), m.start()) is not None:
                continue
            rest = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
            if _DAY_NAMED.search(rest) is not None:
                continue
        found.append(m.span())
    return sorted(found)


def without_monthless_dates(text: str) -> str:
    """`text` (normalised or not: the rule reads digits) with its dates of no such month
    (`monthless_dates`) blanked, the length kept: what is left is read for the time and the
    title («Лекция 16.14 10-00» -> the time 10:00, the title «Лекция»)."""
    spans = monthless_dates(text.lower())
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# «№ 5», «№5»: the number of a thing named (a tournament, a school), never a day's digit
_NUMBER_SIGN_BEFORE = re.compile(r"№\s*$")


def date_slip(text: str) -> bool:
    """Whether the normalised chat line holds a date typed so that it cannot be read surely:
    the slips of `_DATE_SLIPS`, or a date with no such month (`monthless_dates`). A number
    after «№» is a thing's number and starts no slip («Турнир № 5 5 декабря»: tournament 5,
    on 5 December; it made the day unread)."""
    for m in _DATE_SLIPS.finditer(text):
        if _NUMBER_SIGN_BEFORE.search(text, max(0, m.start() - 4), m.start()) is None:
            return True
    return bool(monthless_dates(text))


def time_slip(text: str) -> bool:
    """Whether the normalised chat line holds a clock time typed with a slip («в 1 5:00»); a
    race's minutes and seconds beside the start's clock («в 11:00 … норматив — до 28:00») is
    none (impossible_clocks.race_time)."""
    return any(not race_time(text, *m.span()) for m in _TIME_SLIPS.finditer(text))


_SLIP_IN_TITLE = re.compile(
    r"(?:\b(?:в|с|к|до|на)\s+)?(?:" + _TIME_SLIPS.pattern + r")(?:\s*(?:ч\b\.?|час\w*))?",
    re.IGNORECASE,
)


def without_time_slips(title: str) -> str:
    """`title` without the clock times `time_slip` finds («Лекция в 25:00» → «Лекция »): the
    time is asked, so the unreadable text must not stay in the event's name. The caller tidies
    the spaces and punctuation left behind."""
    return _SLIP_IN_TITLE.sub(" ", title)

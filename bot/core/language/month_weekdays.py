"""A weekday counted within a month: "в последнюю пятницу декабря", "в первую субботу марта",
"во второй вторник месяца", "в третье воскресенье следующего месяца".

Rule of the language: an ordinal (первый … пятый, последний) before a weekday and a month in
the genitive (a month's name, or «месяца» with «этого/текущего/следующего/будущего» or none)
names that one day of the month — the n-th such weekday counted from the month's first day,
or the last one before its end. It is not the weekday nearest to today (weekdays_rule), nor
«последний» as "the latest past" («в последнюю среду» alone). A month named without a year
is the coming one (this year's, or next year's once that day has passed); a bare «месяца» is
this month's, or the next month's once this month's day has passed. A fifth weekday the month
does not have is an impossible date (never another day guessed). Told of a day just gone (a
report, a custom told the days after: told_past.day_gone) it is this year's (parse77).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH, WEEKDAY
from bot.core.language.day_parts import impossible, set_day
from bot.core.language.parts import TemporalParts
from bot.core.language.tokens import Scanner, anchor, gate
from bot.core.language.told_past import day_gone

_ORDINALS = (
    ("перв", 1),
    ("втор", 2),
    ("трет", 3),
    ("четв", 4),
    ("пят", 5),
    ("последн", -1),
    ("предпоследн", -2),
)
_ORDINAL = (
    r"(?:перв(?:ый|ую|ое|ая|ого|ой)|втор(?:ой|ую|ое|ая|ого)|трет(?:ий|ью|ье|ья|ьего|ьей)"
    r"|четв[её]рт(?:ый|ую|ое|ая|ого|ой)|пят(?:ый|ую|ое|ая|ого|ой)"
    r"|(?:пред)?последн(?:ий|юю|ее|яя|его|ей))"
)
# «вторую с конца пятницу»: counted from the month's end
_MONTH_WORD = re.compile(
    rf"(?:\b(?:в|во|на)\s+)?\b({_ORDINAL}(?:\s+с\s+конца)?)\s+({WEEKDAY})\s+"
    rf"(?:(этого|текущего|следующего|будущего)\s+месяца(?![а-я])|(месяца)(?![а-я])|({MONTH}))"
    r"(?:\s*((?:19|20)\d\d)(?:\s*(?:г\.|года|г(?![а-я])))?)?"
)
gate(_MONTH_WORD, re.compile(r"перв|втор|трет|четв|пят|последн"))
# the weekday follows the ordinal (at most 25 characters in) and precedes the month phrase
anchor(_MONTH_WORD, re.compile(WEEKDAY), 25, 60)


def month_weekdays_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "в последнюю пятницу декабря" = the last Friday of the coming December.
    Sets `parts.day_first` and `day_spans` (also «в первую субботу марта»).
    Example: «в последнюю пятницу декабря» on 7 December 2026 → day_first 25 December 2026."""
    today = now.date()
    for m in sc.find(_MONTH_WORD):
        weekday = cal.weekday_number(m.group(2))
        count = _ordinal(m.group(1))
        if weekday is None or count is None:
            continue
        day = _resolve(m, weekday, count, today)
        if day is not None and m.group(5) and not m.group(6):
            day = _gone_this_year(sc.text, m, day, weekday, count, today) or day
        if day is None:
            sc.take_match(m)
            impossible(parts)
            continue
        set_day(sc, parts, m, _gone(sc, m, day, today, (weekday, count)) or day)


def _gone(
    sc: Scanner, m: re.Match[str], day: date, today: date, counted: tuple[int, int]
) -> date | None:
    """This year's day for a named month's counted weekday (`counted`: weekday, count) that
    the rule of the coming month put a year ahead, when its sentence reports it in the past
    tense («В последнюю субботу октября в библиотеке прошла встреча», written in November):
    told_past.day_gone with this year's such weekday. None otherwise, and for a month given
    with its year or a bare «месяца»."""
    if not m.group(5) or m.group(6) or day.year <= today.year:
        return None
    back = nth_weekday(today.year, day.month, *counted)
    if back is None:
        return None
    return day_gone(day, today, sc.text, m.start(), m.end(), sc.original, back=back)


def _ordinal(word: str) -> int | None:
    count = next((n for prefix, n in _ORDINALS if word.startswith(prefix)), None)
    if count is not None and " ".join(word.split()).endswith("с конца"):
        return -count if count > 0 else None  # «вторую с конца»: -2; «последнюю с конца»: none
    return count


def _resolve(m: re.Match[str], weekday: int, count: int, today: date) -> date | None:
    """The day the phrase names; None when the month has no such day (a fifth Monday)."""
    if m.group(5):  # a month's name
        month = cal.month_number(m.group(5))
        if month is None:
            return None
        if m.group(6):
            return nth_weekday(int(m.group(6)), month, weekday, count)
        for year in (today.year, today.year + 1):
            day = nth_weekday(year, month, weekday, count)
            if day is not None and day >= today:
                return day
        return nth_weekday(today.year + 1, month, weekday, count)
    this_month = today.replace(day=1)
    if m.group(3) and m.group(3) in ("следующего", "будущего"):
        first = cal.add_months(this_month, 1)
        return nth_weekday(first.year, first.month, weekday, count)
    day = nth_weekday(today.year, today.month, weekday, count)
    if day is not None and day >= today:
        return day
    if m.group(3):  # "этого месяца": this month's only
        return day
    following = cal.add_months(this_month, 1)
    return nth_weekday(following.year, following.month, weekday, count)


def _gone_this_year(
    text: str, m: re.Match[str], ahead: date, weekday: int, count: int, today: date
) -> date | None:
    """This year's day of the month's `count`-th `weekday` when the phrase `m` (a month named
    without a year, resolved to `ahead`, a later year's) is told of a day just gone — a
    report or a yearly custom told the days after («Каждый год … отмечают первое воскресенье
    декабря. В этот день университет открывает двери», posted on 7 December), as a written
    day is read (told_past.day_gone); None otherwise. day_gone weighs the same calendar day
    a year later than this year's, so it is given that day."""
    back = nth_weekday(ahead.year - 1, ahead.month, weekday, count)
    if back is None or back >= today:
        return None
    return day_gone(back.replace(year=back.year + 1), today, text, m.start(), m.end())


def nth_weekday(year: int, month: int, weekday: int, count: int) -> date | None:
    """The `count`-th `weekday` (0 = Monday) of the month, `count` = -1 for the last one and
    -2 for the last but one; None when the month has fewer (a fifth Monday)."""
    first = date(year, month, 1)
    if count < 0:
        last = cal.month_end(first)
        return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-count - 1))
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (count - 1))
    return day if day.month == month else None

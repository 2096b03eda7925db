"""Temporal rules for repeats: "каждую среду", "по средам", "ежедневно", and where a repeat
ends or an open period stops ("до конца четверти", "с 2 по 23 декабря", "до 20.12")."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from bot.core import school_calendar
from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH, WEEKDAY, WEEKDAY_PLURAL
from bot.core.language.day_parts import (
    MONTH_ANCHOR,
    MONTH_GATE,
    NUMERIC_ANCHOR,
    NUMERIC_GATE,
    set_weekday,
)
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.parts import MM, YEAR, YY, D, TemporalParts
from bot.core.language.repeat_exceptions import take_except_weekdays
from bot.core.language.sentences import sentence_at
from bot.core.language.tokens import Scanner, anchor, gate

_RECUR_WEEKLY = re.compile(
    rf"\b(?:(?:кажд\w*|еженедельно\s+(?:в|во|по)|раз\s+в\s+неделю\s+(?:в|во|по))\s+({WEEKDAY})"
    rf"|(?:еженедельно\s+)?по\s+({WEEKDAY_PLURAL}))"
)

# the further days of a weekly repeat, in the case of its first one: «по вторникам и
# четвергам», «по понедельникам, средам и пятницам», «каждый вторник и четверг», «каждую
# среду и пятницу» (accusative); each step is one more day after a comma or «и»
_MORE_PLURAL = re.compile(rf"\s*(?:,|\bи\b)\s*(?:по\s+)?({WEEKDAY_PLURAL})")
_WEEKDAY_ACCUSATIVE = (
    r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|пн|вт|ср|чт|пт|сб|вс)"
    r"\.?(?![а-я])"
)
_MORE_ACCUSATIVE = re.compile(
    rf"(?:\s*,\s*|\s+и\s+(?:в\s+|во\s+)?)(?:кажд\w+\s+)?({_WEEKDAY_ACCUSATIVE})"
)  # «…, в среду — педсовет» after a comma is another item, never one more day
# «по пн, ср и пт», «по вт и чт»: abbreviated days after «по», two at least — one alone («по
# пт») may be a span's end («с пн по пт» is every working day, a daily repeat)
_ABBREVIATION = r"(?:пн|вт|ср|чт|пт|сб|вс)\.?(?![а-я])"
_RECUR_ABBREVIATED = re.compile(
    rf"(?<![а-я])по\s+({_ABBREVIATION})(?=\s*(?:,|\bи\b)\s*{_ABBREVIATION})"
)
# a timetable's line: two weekdays or more, a dash and a clock, opening a line or after a
# colon («Кружок рисования: вт, чт — 15:00», «пн, ср, пт – 16.30») — a schedule, never one
# day's event (written so, a one-off names its date)
_RECUR_LISTED = re.compile(
    rf"(?:^|(?<=[:\n]))[ \t]*({WEEKDAY})(?=(?:\s*(?:,|\bи\b)\s*{WEEKDAY})+\s*[—–-]\s*"
    r"(?:в\s+|с\s+)?\d{1,2}[:.]\d{2})",
    re.MULTILINE,
)
_MORE_LISTED = re.compile(rf"\s*(?:,|\bи\b)\s*({WEEKDAY})")
_MORE_ABBREVIATED = re.compile(rf"\s*(?:,|\bи\b)\s*({_ABBREVIATION})")
# what stands before «по» of a span of days, not a repeat: «с пн по пт», «со вт по чт»
_SPAN_OPENING = re.compile(rf"(?<![а-я])(?:с|со)\s+{WEEKDAY}\s*$")


_RECUR_DAILY = compile_with_scan(
    r"\b(?:ежедневно|каждый\s+(?:день|вечер)|каждое\s+утро|каждые\s+сутки)(?![а-я])"
)


_UNTIL_END = re.compile(
    rf"\b(?:до|по)\s+(?:самого\s+)?конца\s+({MONTH}|месяца|года|недели|четверти|полугодия"
    r"|учебного\s+года|дня)"
)


_UNTIL_DATE = re.compile(rf"\b(?:до|по)\s+({D})\s+({MONTH})(?:\s*{YEAR})?")


# "(по средам) с 2 по 23 декабря", "с 2 декабря по 20 января": a repeat's first and last days
_RECUR_SPAN = re.compile(
    rf"\b(?:с|со)\s+({D})(?:\s+({MONTH})(?:\s*{YEAR})?)?\s*(?:-|\bпо\b|\bдо\b)\s*({D})"
    rf"\s+({MONTH})(?:\s*{YEAR})?"
)
_UNTIL_NUM = re.compile(rf"\b(?:до|по)\s+({D})[./]({MM})(?:[./]({YY}))?\.?(?![\d:])")

gate(_UNTIL_DATE, MONTH_GATE)
gate(_UNTIL_NUM, NUMERIC_GATE)
anchor(_UNTIL_DATE, MONTH_ANCHOR, 70, 40)
anchor(_UNTIL_NUM, NUMERIC_ANCHOR, 45, 20)
gate(_UNTIL_END, re.compile(r"конца"))
# «до конца месяца» as the plan's deadline, read elsewhere too (card_questions: its «конца»
# asks about no event's end)
UNTIL_PERIOD_END = _UNTIL_END
gate(_RECUR_WEEKLY, re.compile(r"кажд|еженедел|раз\s+в\s+неделю|\bпо\s+\w+ам\b"))
gate(_RECUR_ABBREVIATED, re.compile(r"\bпо\s+(?:пн|вт|ср|чт|пт|сб|вс)\b"))
gate(_RECUR_LISTED, re.compile(r"\d[:.]\d\d"))


def told_daily(text: str) -> bool:
    """Whether `text` says its event repeats every day («ежедневно», «каждый день»): a daily
    repeat the words tell, not one the parser inferred from a span of days at a clock."""
    return _RECUR_DAILY.search(text.lower()) is not None


def recurrence_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A weekly repeat («каждую среду», «по средам», «по вторникам и четвергам», «по пн, ср и
    пт», «раз в неделю в четверг», a timetable's line «вт, чт — 15:00») or a daily one
    («ежедневно», «каждый день», «каждые сутки», «ежедневно кроме воскресенья»). Sets
    `parts.recurrence` ("weekly" or "daily"; the first weekly one wins), the weekday of its
    first day (0 = Monday, `set_weekday`), every day it lists in `parts.recur_weekdays` (two
    or more), `recur_sentence` (where the weekly repeat's sentence starts and ends), or
    `recur_except` (the weekdays a daily one skips); the words are taken from later rules.
    Example: «Кружок по вторникам и четвергам в 16:00» → recurrence "weekly", weekday 1,
    recur_weekdays {1, 3}."""
    for m in sc.find(_RECUR_WEEKLY):
        more = _MORE_PLURAL if m.group(2) else _MORE_ACCUSATIVE
        _weekly(sc, parts, m, more)
    for m in sc.find(_RECUR_ABBREVIATED):
        if _SPAN_OPENING.search(sc.text, 0, m.start()) is None:
            _weekly(sc, parts, m, _MORE_ABBREVIATED)
    for m in sc.find(_RECUR_LISTED):
        _weekly(sc, parts, m, _MORE_LISTED)
    for m in sc.find(_RECUR_DAILY):
        parts.recurrence = parts.recurrence or "daily"
        sc.take_match(m)
        parts.recur_except = parts.recur_except or take_except_weekdays(sc, m.end())


def _weekly(sc: Scanner, parts: TemporalParts, m: re.Match[str], more: re.Pattern[str]) -> None:
    """Read the weekly repeat `m` (its day in group 1 or 2) and the days listed right after it
    by `more` («… и четвергам», «…, ср и пт»; one day a group): the first repeat of the text
    sets the weekday and `recur_weekdays`, a later one only has its words taken."""
    days = [cal.weekday_number(m.group(m.lastindex or 1))]
    end = m.end()
    while (step := more.match(sc.text, end)) is not None and sc.is_free(step.start(), step.end()):
        days.append(cal.weekday_number(step.group(1)))
        end = step.end()
    known = [day for day in days if day is not None]
    if parts.recurrence is None and known:
        parts.recurrence = "weekly"
        set_weekday(parts, known[0], "plain")
        parts.recur_weekdays = frozenset(known) if len(set(known)) > 1 else frozenset()
        parts.recur_sentence = sentence_at(m.start(), sc.text)
    sc.take(m.start(), end)


def until_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """Where something ends: «до конца месяца», «до конца недели», «до конца декабря», «до конца
    учебного года», «до конца четверти»; and, for a repeat only, its last day or first and last
    days («каждый вторник до 20 января», «по 25.12», «по средам с 2 по 23 декабря»). Sets
    `parts.until` (a repeat's last day, inclusive) and `recur_from` (its first), or, for a
    single event, `until_exclusive` (the midnight after the end named, naive school-local).
    Example: «Кружок каждый вторник до 20 января» on 7 December 2026 → until 20 January 2027."""
    today = now.date()
    for m in sc.find(_UNTIL_END):
        boundary = _end_of(m.group(1), today)
        if boundary is not None:
            if parts.recurrence:
                parts.until = boundary
            else:
                parts.until_exclusive = datetime.combine(boundary + timedelta(days=1), time())
            sc.take_match(m)
    if not parts.recurrence:
        return
    for m in sc.find(_RECUR_SPAN):
        _recur_span(m, parts, today)
        sc.take_match(m)
    for m in sc.find(_UNTIL_DATE):
        month = cal.month_number(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        if month:
            parts.until = cal.resolve_day_month(int(m.group(1)), month, today, year)
            sc.take_match(m)
    for m in sc.find(_UNTIL_NUM):
        year = cal.full_year(m.group(3), today) if m.group(3) else None
        parts.until = cal.resolve_day_month(int(m.group(1)), int(m.group(2)), today, year)
        sc.take_match(m)


def _recur_span(m: re.Match[str], parts: TemporalParts, today: date) -> None:
    """The first and last days of a repeat written as a span of dates."""
    last_month = cal.month_number(m.group(5))
    first_month = cal.month_number(m.group(2)) if m.group(2) else last_month
    year = int(m.group(6)) if m.group(6) else None
    first_year = int(m.group(3)) if m.group(3) else None  # "с 20 декабря 2026 года по …"
    if last_month is None or first_month is None:
        return
    last = cal.resolve_day_month(int(m.group(4)), last_month, today, year)
    first = cal.resolve_day_month(int(m.group(1)), first_month, today, first_year)
    if first is not None and last is not None and first > last and first_year is None:
        # each day alone moves past days to next year; a span whose first day has passed and
        # last has not is running: «по средам с 2 по 23 декабря» on 7 December began on the
        # 2nd of this year (the year before too: «с 20 декабря по 20 января» on 5 January)
        earlier = cal.safe_date(first.year - 1, first.month, first.day)
        first = earlier if earlier is not None and earlier <= last else first
    parts.until, parts.recur_from = last, first


def _end_of(what: str, today: date) -> date | None:
    what = " ".join(what.split())
    if what == "дня":
        return today
    if what == "недели":
        return cal.week_monday(today) + timedelta(days=6)
    if what == "месяца":
        return cal.month_end(today)
    if what == "года":
        return date(today.year, 12, 31)
    if what == "учебного года":  # the school's own dates (bot.core.school_calendar)
        return school_calendar.year_end(today)
    if what == "полугодия":
        return school_calendar.half_year_end(today)
    if what == "четверти":
        return school_calendar.term_end(today)
    named = cal.month_number(what)
    if named is None:
        return None
    return cal.month_end(cal.next_month_named(named, today))

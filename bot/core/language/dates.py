"""Temporal rules for days: dates, ranges of days, relative days, offsets, weekdays,
recurrence and its end."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from bot.core import school_calendar
from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH, WEEKDAY, WEEKDAY_PLURAL
from bot.core.language.parts import (
    MM,
    NUM,
    YEAR,
    YY,
    D,
    TemporalParts,
    TimeMention,
    is_last,
    is_next,
    number,
)
from bot.core.language.tokens import (
    ORDINAL_WORD,
    Scanner,
    anchor,
    gate,
    ordinal_value,
)

_RECUR_WEEKLY = re.compile(
    rf"\b(?:(?:кажд\w*|еженедельно\s+(?:в|во|по)|раз\s+в\s+неделю\s+(?:в|во|по))\s+({WEEKDAY})"
    rf"|(?:еженедельно\s+)?по\s+({WEEKDAY_PLURAL}))"
)


_RECUR_DAILY = re.compile(
    r"\b(?:ежедневно|каждый\s+(?:день|вечер)|каждое\s+утро|каждые\s+сутки)(?![а-я])"
)


_UNTIL_END = re.compile(
    rf"\b(?:до|по)\s+(?:самого\s+)?конца\s+({MONTH}|месяца|года|недели|четверти|полугодия"
    r"|учебного\s+года|дня)"
)


_UNTIL_DATE = re.compile(rf"\b(?:до|по)\s+({D})\s+({MONTH})(?:\s*{YEAR})?")


# "(по средам) с 2 по 23 декабря", "с 2 декабря по 20 января": a repeat's first and last days
_RECUR_SPAN = re.compile(
    rf"\b(?:с|со)\s+({D})(?:\s+({MONTH}))?\s*(?:-|\bпо\b|\bдо\b)\s*({D})\s+({MONTH})"
    rf"(?:\s*{YEAR})?"
)
_UNTIL_NUM = re.compile(rf"\b(?:до|по)\s+({D})[./]({MM})(?:[./]({YY}))?\.?(?![\d:])")


_DATE_NUM_RANGE = re.compile(
    rf"(?:\b(?:с|со)\s+)?\b({D})\.?(?:({MM})\.?(?:({YY})\.?)?)?\s*(?:-|/|\bпо\b|\bдо\b)\s*"
    rf"({D})[./]({MM})(?:[./]({YY}))?\.?(?![\d:])"
)


_DATE_MIXED_RANGE = re.compile(
    rf"(?:\b(?:с|со)\s+)?\b({D})[./]({MM})[./]({YY})(?:\s*г\.?)?\s*(?:-|\bпо\b|\bдо\b)\s*"
    rf"({D})\s+({MONTH})(?:\s*{YEAR})?"
)


_ISO = re.compile(
    r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:(?:t|\s+)([01]?\d|2[0-3]):([0-5]\d))?(?![\d])"
)


_DATE_WORD_RANGE = re.compile(
    rf"(?:\b(?:с|со)\s+)?\b({D})(?:\s+({MONTH})(?:\s*((?:19|20)\d\d)(?:\s*(?:г\.|года|г(?![а-я])))?)?)?"
    rf"\s*(?:-|\bпо\b|\bдо\b|\bи\b|,)\s*({D})\s+({MONTH})(?:\s*{YEAR})?"
)


_DATE_WORD = re.compile(
    rf"(?:\b(?:в|во|на)\s+)?(?:\b({WEEKDAY})\s*,?\s*)?\b({D}|{ORDINAL_WORD})(?:-?(?:го|е|ое))?"
    rf"(?:\s+|\.)({MONTH})(?:\s*,?\s*{YEAR})?"
)


# "июля 17, 2015", "Июль 16, 2015": the month first, always with a year
_MONTH_FIRST = re.compile(rf"\b({MONTH})\s+({D}),?\s*((?:19|20)\d\d)(?!\d)")


# "12-08-2015": a date with hyphens, only with a four-digit year
_DATE_HYPHENS = re.compile(rf"\b({D})-({MM})-((?:19|20)\d\d)(?!\d)")


_DATE_NUM = re.compile(
    rf"(?:\b(в|во|к|до|после|с|на)\s+)?(?:\b({WEEKDAY})\s*,?\s*)?\b({D})[./]({MM})"
    rf"(?:[./]({YY}))?(\.)?(?![\d:]|\.\d)"
)


_DAY_OF_MONTH = re.compile(rf"\b(?:на\s+)?({D})(?:-?(?:е|го|ое)\b|\s+числа\b)")


_RELATIVE_DAY = re.compile(r"\b(?:на\s+)?(сегодня|завтра|послезавтра|вчера|позавчера)(?![а-я])")


_RELATIVE_SHIFT = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}


_OFFSET = re.compile(
    rf"\bчерез\s+(?:({NUM})\s*)?(минут\w*|мин\b\.?|час\w*|ч\b\.?|дн[еяи]\w*|день|сут\w*"
    r"|недел\w*|месяц\w*|год\w*|лет\b|полчаса)"
    r"(?:\s+(?:и\s+)?(\d{1,2})\s*(?:минут\w*|мин\b\.?))?"
)


_AGO = re.compile(
    rf"\b(?:({NUM})\s*)?(минут\w*|час\w*|дн[еяи]\w*|день|недел\w*|месяц\w*|год\w*|лет|полчаса)"
    r"\s+назад\b"
)


_WEEKDAY_MOD = re.compile(
    r"(?:\b(?:в|во|на)\s+)?(?:\b(эт(?:от|у|о|ой)|следующ\w*|будущ\w*|прошл\w*|предыдущ\w*"
    rf"|ближайш\w*)\s+)?\b({WEEKDAY})"
)


_MONTH_GATE = re.compile(MONTH)
_MONTH_ANCHOR = re.compile(MONTH)
_WEEKDAY_GATE = re.compile(rf"\b{WEEKDAY}")
_NUMERIC_GATE = re.compile(r"\d[./-]\d")
for _pattern in (_DATE_WORD, _DATE_WORD_RANGE, _UNTIL_DATE, _DATE_MIXED_RANGE):
    gate(_pattern, _MONTH_GATE)
for _pattern in (_DATE_NUM, _DATE_NUM_RANGE, _UNTIL_NUM, _ISO):
    gate(_pattern, _NUMERIC_GATE)
gate(_WEEKDAY_MOD, _WEEKDAY_GATE)
# a month word is in every match, at most 70 characters after its start ("в понедельник,
# двадцать первое декабря") and at most 40 before its end ("декабря 2026 года")
for _pattern in (_DATE_WORD, _DATE_WORD_RANGE, _DATE_MIXED_RANGE, _UNTIL_DATE):
    anchor(_pattern, _MONTH_ANCHOR, 70, 40)
# "12.05" / "12/05" is in every numeric date; the rest of a match ("с 01.12.2026 - ", "в
# понедельник, ", ".2026г.") lies at most 45 characters before it and 20 after it
_NUMERIC_ANCHOR = re.compile(r"\d[./]\d")
for _pattern in (_DATE_NUM, _DATE_NUM_RANGE, _UNTIL_NUM):
    anchor(_pattern, _NUMERIC_ANCHOR, 45, 20)
gate(_OFFSET, re.compile("через"))  # a literal each of these patterns needs
gate(_AGO, re.compile("назад"))
gate(_MONTH_FIRST, _MONTH_GATE)
gate(_DATE_HYPHENS, _NUMERIC_GATE)
gate(_UNTIL_END, re.compile(r"конца"))
gate(_RECUR_WEEKLY, re.compile(r"кажд|еженедел|раз\s+в\s+неделю|\bпо\s+\w+ам\b"))


def recurrence_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_RECUR_WEEKLY):
        word = m.group(1) or m.group(2)
        weekday = cal.weekday_number(word)
        if parts.recurrence is None and weekday is not None:
            parts.recurrence = "weekly"
            _set_weekday(parts, weekday, "plain")
        sc.take_match(m)
    for m in sc.find(_RECUR_DAILY):
        parts.recurrence = parts.recurrence or "daily"
        sc.take_match(m)


def until_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
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
    last_month = cal.month_number(m.group(4))
    first_month = cal.month_number(m.group(2)) if m.group(2) else last_month
    year = int(m.group(5)) if m.group(5) else None
    if last_month is None or first_month is None:
        return
    last = cal.resolve_day_month(int(m.group(3)), last_month, today, year)
    first = cal.resolve_day_month(int(m.group(1)), first_month, today)
    if first is not None and last is not None and first > last:
        first = first.replace(year=first.year - 1) if first.month > last.month else first
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


def iso_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ISO 8601 dates and date-times: "2026-12-15", "2026-12-15 15:00", "2026-12-15T15:00"."""
    for m in sc.find(_ISO):
        day = cal.safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        sc.take_match(m)
        if day is None:
            _impossible(parts)
            continue
        if parts.day_first is None and not parts.day_blocked:
            parts.day_first = day
            if m.group(4) is not None:
                at = time(int(m.group(4)), int(m.group(5)))
                parts.times = [TimeMention(at, "", True), *(parts.times or [])]


def _impossible(parts: TemporalParts) -> None:
    """A date that does not exist ("31.11", "30 февраля"): never guess another day."""
    parts.doubts.add("impossible_date")
    if parts.day_first is None:
        parts.day_blocked = True


_DAY_LIST = re.compile(
    rf"\b({D}(?:\s*,\s*{D}){{1,}}\s*,?\s*и\s*{D}|{D}(?:\s*,\s*{D}){{2,}})\s+({MONTH})"
)


gate(_DAY_LIST, _MONTH_GATE)


def date_ranges_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    today = now.date()
    year: int | None
    first_year: int | None
    for m in sc.find(_DAY_LIST):  # "1, 8, 15 и 22 апреля": sessions; the first day starts
        month = cal.month_number(m.group(2))
        first = re.match(r"\d+", m.group(1))
        if month is None or first is None:
            continue
        day = cal.resolve_day_month(int(first.group(0)), month, today)
        if day is not None:
            _note_rolled(parts, day, today, None)
            _set_day(sc, parts, m, day)
    for m in sc.find(_DATE_MIXED_RANGE):
        last_month = cal.month_number(m.group(5))
        if last_month is None:
            continue
        first_year = cal.full_year(m.group(3), today)
        year = int(m.group(6)) if m.group(6) else None
        _set_range(
            sc,
            parts,
            m,
            today,
            (int(m.group(1)), int(m.group(2))),
            (int(m.group(4)), last_month),
            year,
            first_year,
        )
    for m in sc.find(_DATE_WORD_RANGE):
        last_month = cal.month_number(m.group(5))
        first_month = cal.month_number(m.group(2)) if m.group(2) else last_month
        if last_month is None or first_month is None:
            continue
        year = int(m.group(6)) if m.group(6) else None
        first_year = int(m.group(3)) if m.group(3) else None
        _set_range(
            sc,
            parts,
            m,
            today,
            (int(m.group(1)), first_month),
            (int(m.group(4)), last_month),
            year,
            first_year,
        )
    for m in sc.find(_DATE_NUM_RANGE):
        last_month = int(m.group(5))
        first_month = int(m.group(2)) if m.group(2) else last_month
        year = cal.full_year(m.group(6), today) if m.group(6) else None
        first_year = cal.full_year(m.group(3), today) if m.group(3) else None
        _set_range(
            sc,
            parts,
            m,
            today,
            (int(m.group(1)), first_month),
            (int(m.group(4)), last_month),
            year,
            first_year,
        )


def _set_range(
    sc: Scanner,
    parts: TemporalParts,
    m: re.Match[str],
    today: date,
    first: tuple[int, int],
    last: tuple[int, int],
    year: int | None,
    first_year: int | None = None,
) -> None:
    if year is None and first_year is not None:
        year = first_year + (1 if (last[1], last[0]) < (first[1], first[0]) else 0)
    end = cal.resolve_day_month(last[0], last[1], today, year)
    if end is None:
        if last[0] <= 31 and 1 <= last[1] <= 12:
            sc.take_match(m)
            _impossible(parts)
        return
    start = cal.safe_date(first_year or end.year, first[1], first[0])
    if start is not None and start > end and first_year is None and first[1] != last[1]:
        start = cal.safe_date(end.year - 1, first[1], first[0])
    if start is None:
        sc.take_match(m)
        _impossible(parts)
        return
    sc.take_match(m)
    if start > end:  # "с 15 по 10 декабря": the end comes before the start
        parts.doubts.add("end_before_start")
        end = start
    is_list = re.search(r"\bи\b|,", m.group(0)) is not None
    if is_list and (end - start).days != 1:
        end = start  # "5 и 12 декабря": two separate days; the first one is kept
    if parts.day_first is None:
        parts.day_first, parts.day_last = start, end


def dates_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    today = now.date()
    occasions: list[tuple[re.Match[str], date | None]] = []
    for m in sc.find(_MONTH_FIRST):
        month = cal.month_number(m.group(1))
        if month is not None:
            _set_day_or_doubt(sc, parts, m, cal.safe_date(int(m.group(3)), month, int(m.group(2))))
    for m in sc.find(_DATE_HYPHENS):
        hyphened = cal.safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        _set_day_or_doubt(sc, parts, m, hyphened)
    for m in sc.find(_DATE_WORD):
        day = int(m.group(2)) if m.group(2).isdigit() else ordinal_value(m.group(2))
        month = cal.month_number(m.group(3))
        if not day or month is None:
            continue
        weekday = cal.weekday_number(m.group(1)) if m.group(1) else None
        year = int(m.group(4)) if m.group(4) else None
        resolved = cal.resolve_day_month(day, month, today, year, weekday)
        if resolved is None:
            sc.take_match(m)
            _impossible(parts)
            continue
        _note_rolled(parts, resolved, today, year)
        if _is_occasion(sc, m):
            occasions.append((m, resolved))
            continue
        _set_day(sc, parts, m, resolved)
    for m in sc.find(_DATE_NUM):
        if _looks_like_time(m, parts):
            continue
        weekday = cal.weekday_number(m.group(2)) if m.group(2) else None
        year = cal.full_year(m.group(5), today) if m.group(5) else None
        resolved = cal.resolve_day_month(int(m.group(3)), int(m.group(4)), today, year, weekday)
        if resolved is None:
            sc.take_match(m)
            _impossible(parts)
            continue
        _note_rolled(parts, resolved, today, year)
        _set_day(sc, parts, m, resolved)
    if parts.day_first is None:  # "концерт к 8 марта" with no other date: that is the day
        for m, resolved in occasions[:1]:
            _set_day(sc, parts, m, resolved)
    for m, _ in occasions:
        sc.protect(m.start() - 2, m.end())  # the occasion stays in the title
    for m in sc.find(_DAY_OF_MONTH):
        if parts.day_first is None:
            candidate = cal.safe_date(today.year, today.month, int(m.group(1)))
            if candidate is not None and candidate < today:
                candidate = cal.safe_date(*_next_month(today), int(m.group(1)))
            _set_day(sc, parts, m, candidate)


def _set_day_or_doubt(
    sc: Scanner, parts: TemporalParts, m: re.Match[str], day: date | None
) -> None:
    if day is None:
        sc.take_match(m)
        _impossible(parts)
    else:
        _set_day(sc, parts, m, day)


def _note_rolled(parts: TemporalParts, day: date, today: date, year: int | None) -> None:
    if year is None and parts.day_first is None and day.year > today.year:
        parts.rolled_year = True


def _is_occasion(sc: Scanner, m: re.Match[str]) -> bool:
    """ "к 8 марта" names the occasion, not the day, when the message gives another date."""
    return (
        re.search(r"(?:^|\s)(?:к|ко)\s+$", sc.text[max(0, m.start() - 4) : m.start()]) is not None
    )


def _next_month(today: date) -> tuple[int, int]:
    first = cal.add_months(today.replace(day=1), 1)
    return first.year, first.month


def _looks_like_time(m: re.Match[str], parts: TemporalParts) -> bool:
    """ "в 15.10" is a time when written after "в"/"к"/"до"/"с" with minutes, no year, no dot."""
    prefix, weekday, day, month, year, dot = m.groups()
    if prefix not in ("в", "во", "к", "до", "после", "с") or weekday or year or dot:
        return False
    if len(month) != 2 or int(day) > 23:
        return False
    return parts.day_first is not None or int(month) % 5 == 0


_DAY_PREFIX = re.compile(r"(?:^|\s)(до|после|с|со|начиная\s+с|от)\s*$")


def _set_day(sc: Scanner, parts: TemporalParts, m: re.Match[str], day: date | None) -> None:
    if day is None:
        return
    sc.take_match(m)
    if parts.day_first is None and not parts.day_blocked:
        parts.day_first = day
        parts.day_prefix = _take_day_prefix(sc, m.start())
        if parts.week_from:
            parts.period = (day, day + timedelta(days=6))
            parts.period_grain = "week"


def relative_days_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_RELATIVE_DAY):
        if parts.day_first is None and not parts.day_blocked:
            parts.day_first = now.date() + timedelta(days=_RELATIVE_SHIFT[m.group(1)])
        sc.take_match(m)


def offsets_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for pattern, sign in ((_OFFSET, 1), (_AGO, -1)):
        for m in sc.find(pattern):
            amount = number(m.group(1)) if m.group(1) else 1.0
            if amount is None:
                continue
            extra = m.group(3) if pattern is _OFFSET else None
            if extra and m.group(2).startswith(("час", "ч")):  # "через 1 час 30 минут"
                amount, unit = amount * 60 + int(extra), "минут"
            else:
                unit = m.group(2)
            _apply_offset(parts, now, sign * amount, unit)
            sc.take_match(m)


def _apply_offset(parts: TemporalParts, now: datetime, amount: float, unit: str) -> None:
    if unit == "полчаса":
        amount, unit = amount * 0.5 if amount != 1.0 else 0.5, "час"
    if unit.startswith(("мин", "час", "ч")):
        minutes = amount if unit.startswith("мин") else amount * 60
        parts.instant = parts.instant or now + timedelta(minutes=minutes)
        parts.instant_grain = "minute"
        return
    if unit.startswith(("дн", "день", "сут")):
        target = now + timedelta(days=amount)
        parts.instant_grain = "hour"
    elif unit.startswith("недел"):
        target = now + timedelta(weeks=amount)
        parts.instant_grain = "day"
        parts.week_offset = int(amount)
    elif unit.startswith("месяц"):
        target = datetime.combine(cal.add_months(now.date(), int(amount)), now.time())
        parts.instant_grain = "day"
    else:
        target = datetime.combine(cal.add_months(now.date(), int(amount) * 12), now.time())
        parts.instant_grain = "month"
    if parts.day_first is None:
        parts.day_first = target.date()
        parts.instant = parts.instant or target


def weekdays_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    for m in sc.find(_WEEKDAY_MOD):
        weekday = cal.weekday_number(m.group(2))
        if weekday is None:
            continue
        mode = m.group(1) or ""
        if is_next(mode):
            label = "next"
        elif is_last(mode):
            label = "last"
        elif mode.startswith("эт"):
            label = "this"
        elif mode.startswith("ближайш"):
            label = "nearest"
        else:
            label = "plain"
        first = parts.weekday is None
        _set_weekday(parts, weekday, label)
        sc.take_match(m)
        if first and parts.day_first is None:
            parts.day_prefix = _take_day_prefix(sc, m.start())


_WEEK_MODIFIER = re.compile(
    r"\b(?:на|в)\s+(эт\w*|следующ\w*|будущ\w*|прошл\w*|предыдущ\w*)\s+недел[еиюя](?![а-я])"
)


def week_modifier_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "в четверг на следующей неделе": the week phrase decides which Thursday."""
    if parts.weekday is None:
        return
    for m in sc.find(_WEEK_MODIFIER):
        mode = m.group(1)
        parts.weekday_mode = "next" if is_next(mode) else "last" if is_last(mode) else "this"
        sc.take_match(m)


def _take_day_prefix(sc: Scanner, start: int) -> str:
    """The boundary word before a day ("до пятницы", "после 5 декабря"), taken with it."""
    before = sc.text[max(0, start - 14) : start]
    found = _DAY_PREFIX.search(before)
    if found is None:
        return ""
    begin = start - len(before) + found.start(1)
    if not sc.is_free(begin, start):
        return ""
    sc.take(begin, start)
    return found.group(1).split()[0]


def _set_weekday(parts: TemporalParts, weekday: int, mode: str) -> None:
    if parts.weekday is None:
        parts.weekday, parts.weekday_mode = weekday, mode

"""Steps every day rule shares: set the day (with its boundary word), note an impossible
date or a day rolled into next year, set a weekday; and the gates and anchors of month words
and numeric dates (tokens.gate / tokens.anchor)."""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from rapidfuzz.distance import OSA

from bot.core.language.calendar import MONTH
from bot.core.language.first_scan import with_first_scan
from bot.core.language.parts import TemporalParts, TimeMention
from bot.core.language.tokens import Scanner, gate
from bot.core.school_calendar import school_year_start

MONTH_GATE = re.compile(MONTH)
# "32 августа", "45-го мая": a day number no month has, right before a month name
_NO_SUCH_DAY = re.compile(rf"(?<![:.,\d])\b(3[2-9]|[4-9]\d)(?:-?(?:го|е|ое))?\s+{MONTH}")
MONTH_ANCHOR = re.compile(MONTH)
NUMERIC_GATE = re.compile(r"\d[./-]\d")
# "12.05" / "12/05" is in every numeric date; the rest of a match ("с 01.12.2026 - ", "в
# понедельник, ", ".2026г.") lies at most 45 characters before it and 20 after it
NUMERIC_ANCHOR = re.compile(r"\d[./]\d")


def impossible(parts: TemporalParts) -> None:
    """A date that does not exist ("31.11", "30 февраля"): never guess another day."""
    parts.doubts.add("impossible_date")
    if parts.day_first is None:
        parts.day_blocked = True


gate(_NO_SUCH_DAY, MONTH_GATE)


def impossible_days_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "32 августа": an impossible date, never read as the month alone (or as today).
    Adds the doubt "impossible_date" and sets `day_blocked`, so no later rule guesses a day.
    Example: «Экскурсия 32 августа» → doubts {"impossible_date"}, no day."""
    for m in sc.find(_NO_SUCH_DAY):
        impossible(parts)
        sc.take_match(m)


# the year written after a date the date rule read without one: "14 декабря в 1989 году",
# "03 авг 96" (two digits that are no day, hour or grade: 32–99, read as 19xx)
_YEAR_IN = re.compile(r"\s*,?\s*в\s+((?:19|20)\d\d)\s*(?:году|г\.|г(?![а-я]))")
_YEAR_TWO_DIGITS = re.compile(r"\s+(3[2-9]|[4-9]\d)(?=\s*$|\s*[,;!?)]|\.(?!\d)|\s+\d{1,2}:\d\d)")


_FOUR_DIGITS = re.compile(r"\d{4}")  # compiled once, not looked up per call


def years_after_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A year written after the first date, apart from it: that date is in that year.
    Runs after the date rules: sets `parts.day_first`'s year (and clears `rolled_year`) from «,
    в 2027 году», «в 2027 г.» or a two-digit year at the end of the clause («15 марта 49»).
    Example: «Выставка 15 марта, в 2027 году» → day_first 15 March 2027."""
    for start, end, first, last in list(parts.day_spans):
        if first != parts.day_first or first != last or _FOUR_DIGITS.search(sc.text[start:end]):
            continue
        found = _YEAR_IN.match(sc.text, end) or _YEAR_TWO_DIGITS.match(sc.text, end)
        if found is None or not sc.is_free(end, found.end()):
            return
        year = int(found.group(1))
        year = year if year > 999 else 1900 + year
        if first.month == 2 and first.day == 29 and not calendar.isleap(year):
            return
        parts.day_first = first.replace(year=year)
        parts.rolled_year = False
        sc.take(end, found.end())
        return


# a four-digit number with a year word right after a date, outside the 1900–2099 the date rules
# read: "15 декабря 2207 года", "1 августа 2100 г.", "12 марта, 3026 год"; or bare where a
# year ends a date: before the line's end, a mark, a clock or its preposition ("15 декабря
# 2207 в 10:00", "20 декабря 2100."), never before a noun it counts ("1500 участников")
_UNREAD_YEAR = re.compile(
    r"\s*,?\s*(?:в\s+)?(\d{4})(?:\s*(?:г\.|году|года|год|г(?![а-я]))"
    r"|(?=\s*(?:$|[,;.!?)\n]|(?:в|во|с|со|к|до)\s|\d{1,2}[:.]\d\d)))"
)
# a numeric date whose year the date rules do not read (not 19xx or 20xx): "15.12.2207",
# "15/12/2100", "2207-12-15"; a historic year ("04.11.1612") is no slip (`_mistyped_year`)
_NUMERIC_UNREAD_YEAR = with_first_scan(  # tried at digits only
    re.compile(
        r"(?<![\d.:/-])(?:(?:[0-2]?\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?!19|20)(\d{4})"
        r"|(?!19|20)(\d{4})-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01]))(?![\d]|[./-]\d)"
        r"(?:\s*(?:г\.|году|года|г(?![а-я])))?"  # «15.12.2207 г.»: its year word with it
    )
)
gate(_NUMERIC_UNREAD_YEAR, re.compile(r"\d{4}"))
# a number sign right before: a document's number («приказ № 15-11-3021»), never a date
_NUMBER_SIGN = re.compile(r"(?:№|#|номер|ном\.)\s*$")
_SIGN_REACH = 8
# a date-shaped number right after its number sign: «приказ № 12-12-2024», «письмо номер
# 05.12.2026», «№2026-12-05» — a document's number, as a phone is a number
_NUMBERED_DATE = with_first_scan(
    re.compile(
        r"(?:№|#|(?<![а-яё])номер(?![а-яё])|(?<![а-яё])ном\.)\s*\d{1,4}(?:[./-]\d{1,4}){2}(?![\d]|[./-]\d)"
    )
)
gate(_NUMBERED_DATE, re.compile(r"№|#|ном"))
# a day-month-year written with dashes only («21-12-3456») is as often a phone or an account
# number; it is the message's date only when no other date is written («Концерт 15-12-2207»)
_OTHER_DATE = re.compile(rf"\d\s*(?:{MONTH})|(?<![\d.])\d\d?[./]\d\d?(?![\d:])")


def _mistyped_year(year: str, today: date) -> bool:
    """A year no plan can mean: past 2099, or one keystroke (an edit, a swap of two digits)
    from this year or the next («2207», «1026» for 2026). A year before 1900 further off is a
    historic date («4 ноября 1612 года», «основан в 1823 году»), not a slip."""
    if int(year) > 2099:
        return True
    # optimal string alignment: an insertion, deletion, substitution or swap of two
    # neighbouring digits each count one (so it covers Levenshtein's one edit too)
    return any(OSA.distance(year, str(near)) <= 1 for near in (today.year, today.year + 1))


def unread_years_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A year written after a date that the date rules could not read and that is a slip (a
    typo such as «2207 года» or «1026 года», or a year past 2099): the date is doubted as
    impossible (`impossible_date`, asked) instead of silently falling in this year. Years
    1900–2099 are read by the date rules and `years_after_rule`; a historic year («1612
    года») and a bare four-digit number without a year word («1500 участников») are left
    alone. A range's year follows its last day («с 15 по 20 декабря 2207 года»). A year may
    also be written bare where it ends the date («15 декабря 2207 в 10:00»); a numeric
    date's is read by `numeric_unread_years_rule`.
    Adds the doubt "impossible_date" and takes the year. Example: «Концерт 15 декабря 2207 года»
    → doubts {"impossible_date"}."""
    for _start, end, _first, _last in list(parts.day_spans):
        found = _UNREAD_YEAR.match(sc.text, end)
        if found is None or found.group(1)[:2] in ("19", "20"):
            continue
        if not _mistyped_year(found.group(1), now.date()) or not sc.is_free(end, found.end()):
            continue
        impossible(parts)
        sc.take(end, found.end())


def document_numbers_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """Keep a date-shaped number after a number sign («Приказ № 12-12-2024 о …») away from
    the day rules: a document's number is part of the title, never a day of the event (read
    as one, it was the start, or a rival date asked about). `parts` is untouched."""
    for m in sc.find(_NUMBERED_DATE):
        sc.protect(m.start(), m.end())


def numeric_unread_years_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A numeric date with a slip year («15.12.2207», «15/12/2100», «2207-12-15»): doubted
    as impossible and taken whole before the date rules could read its day and month alone
    (the day is then unread, as «31.11»). A historic year («04.11.1612») is left alone, and
    so is a number that is no date (`_numbered`).
    Adds the doubt "impossible_date", sets `day_blocked`. Example: «Сбор 15.12.2207» → doubts
    {"impossible_date"}, no day."""
    for m in sc.find(_NUMERIC_UNREAD_YEAR):
        if _mistyped_year(m.group(1) or m.group(2), now.date()):
            if not _numbered(sc.text, m):
                impossible(parts)
            sc.take_match(m)  # a number, too, is read as no day nor clock


def _numbered(text: str, m: re.Match[str]) -> bool:
    """Whether a numeric slip-year date `m` is a number rather than a date: after a number
    sign («приказ № 15-11-3021»), or dashed day-first («справки: 21-12-3456») in a message
    that writes another date (its `_OTHER_DATE` outside `m`)."""
    if _NUMBER_SIGN.search(text, max(0, m.start() - _SIGN_REACH), m.start()):
        return True
    if m.group(1) is None or "-" not in text[m.start() : m.start(1)]:
        return False  # «15.12.2207», «2207-12-15»: a date's own shape
    return bool(_OTHER_DATE.search(text, 0, m.start()) or _OTHER_DATE.search(text, m.end()))


def note_rolled(parts: TemporalParts, day: date, today: date, year: int | None) -> None:
    """Mark the first date written without a year as rolled when its day had already passed:
    this calendar year («4 ноября» on 1 December) or this school year («15.10» on 1 February,
    «31 декабря» on 1 January), so `doubts.timing_doubts` can ask which year was meant."""
    if year is not None or parts.day_first is not None:
        return
    if day.year > today.year or school_year_start(day) > school_year_start(today):
        parts.rolled_year = True


DAY_PREFIX = re.compile(r"(?:^|\s)(до|после|с|со|начиная\s+с|от)\s*$")


def set_day(sc: Scanner, parts: TemporalParts, m: re.Match[str], day: date | None) -> None:
    if day is None:
        return
    sc.take_match(m)
    parts.day_spans.append((m.start(), m.end(), day, day))
    if parts.day_first is not None:
        note_other_day(parts, day)
    if parts.day_first is None and not parts.day_blocked:
        parts.day_first = day
        parts.day_prefix = take_day_prefix(sc, m.start())
        if parts.week_from:
            parts.period = (day, day + timedelta(days=6))
            parts.period_grain = "week"


def take_day_prefix(sc: Scanner, start: int) -> str:
    """The boundary word before a day ("до пятницы", "после 5 декабря"), taken with it."""
    before = sc.text[max(0, start - 14) : start]
    found = DAY_PREFIX.search(before)
    if found is None:
        return ""
    begin = start - len(before) + found.start(1)
    if not sc.is_free(begin, start):
        return ""
    sc.take(begin, start)
    return found.group(1).split()[0]


def note_other_day(parts: TemporalParts, day: date) -> None:
    """Keep a day named besides the first one ("5 декабря и с 10 по 12 декабря"): the draft
    then offers both instead of silently keeping one (`several_dates`)."""
    first, last = parts.day_first, parts.day_last or parts.day_first
    if first is not None and last is not None and first <= day <= last:
        return
    if day not in parts.other_days:
        parts.other_days.append(day)


_JOINED = re.compile(r"[\s,]*(?:и|а\s+также|также)?[\s,]*(?:с|со)?\s*")


def link_days(sc: Scanner, parts: TemporalParts) -> None:
    """Several days or ranges written as one list ("26 декабря и со 2 по 6 января", "5 и с 10
    по 12 декабря") are sessions of one event, not rival dates (sets `linked_days`)."""
    spans = sorted(parts.day_spans)
    if len(spans) < 2:
        return
    parts.linked_days = all(
        _JOINED.fullmatch(sc.text, a_end, b_start) is not None
        for (_, a_end, _, _), (b_start, _, _, _) in itertools.pairwise(spans)
    )


def check_weekday(parts: TemporalParts, day: date, weekday: int | None) -> None:
    """A weekday written with a date that falls on another weekday ("в среду, 17 декабря" when
    17 December is a Thursday): a `weekday_mismatch` doubt, and the same week's day with the
    written weekday kept as the other choice (the bot offers both)."""
    if weekday is None or day.weekday() == weekday or parts.weekday_rival is not None:
        return
    parts.doubts.add("weekday_mismatch")
    parts.weekday_rival = day + timedelta(days=weekday - day.weekday())


def set_weekday(parts: TemporalParts, weekday: int, mode: str) -> None:
    if parts.weekday is None:
        parts.weekday, parts.weekday_mode = weekday, mode


def weekday_in_period(period: tuple[date, date], grain: str, weekday: int) -> date | None:
    """That weekday (0 = Monday) inside a week or month period: "на следующей неделе в среду"
    is the Wednesday of that week, "в апреле в среду" the first Wednesday of April; None for
    other periods or when the period holds no such day."""
    first, last = period
    if grain == "week":
        day = first + timedelta(days=weekday)
    elif grain == "month":
        day = first + timedelta(days=(weekday - first.weekday()) % 7)
    else:
        return None
    return day if day <= last else None


def morning_hour(start: TimeMention, part_of_day: str | None) -> TimeMention:
    """ "утром в 3", "ночью в 2": a bare small hour with a morning or night word is before
    noon (a bare "в 3" alone reads as 15:00, see times.clock_time); "вечером в 9", "ночью в
    11" (bare or with minutes, "вечером в 9:30") are after noon, as "в 9 вечера" and "в 11
    ночи" are (times.clock_time): the part of day says which half of the day the hour is in."""
    hour = start.at.hour
    if part_of_day in ("утром", "ночью") and not start.minute_given and 13 <= hour <= 19:
        return replace(start, at=time(hour - 12, start.at.minute))
    if (part_of_day == "вечером" and 5 <= hour <= 11) or (
        part_of_day == "ночью" and 9 <= hour <= 11
    ):
        return replace(start, at=time(hour + 12, start.at.minute))
    return start

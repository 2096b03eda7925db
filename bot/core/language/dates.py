"""Temporal rules for single days: "15 декабря", "в пн, 15.12", "2026-12-15 15:00",
"июля 17, 2015", "к 8 марта", "на 5-е". The other day rules live beside it (recurrence.py,
date_ranges.py, relative_days.py, with shared steps in day_parts.py) and are re-exported here,
the one import path the temporal pipeline (temporal.py) uses."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH, WEEKDAY
from bot.core.language.date_ranges import date_ranges_rule
from bot.core.language.day_parts import (
    MONTH_ANCHOR,
    MONTH_GATE,
    NUMERIC_ANCHOR,
    NUMERIC_GATE,
    check_weekday,
    impossible,
    note_rolled,
    set_day,
)
from bot.core.language.first_scan import compile_with_scan
from bot.core.language.morphology import parses
from bot.core.language.numerals import ORDINAL_WORD, ordinal_value
from bot.core.language.parts import (
    MM,
    NOT_A_CODE_TAIL,
    NOT_AN_ADDRESS_PAIR,
    YEAR,
    YY,
    D,
    TemporalParts,
    TimeMention,
)
from bot.core.language.recurrence import recurrence_rule, until_rule
from bot.core.language.relative_days import (
    environment_noun_at,
    feast_noun_at,
    offsets_rule,
    relative_days_rule,
    week_modifier_rule,
    weekdays_rule,
)
from bot.core.language.tokens import Scanner, anchor, gate
from bot.core.language.told_past import day_gone

__all__ = [
    "date_ranges_rule",
    "dates_rule",
    "iso_rule",
    "named_dates_rule",
    "offsets_rule",
    "recurrence_rule",
    "relative_days_rule",
    "until_rule",
    "week_modifier_rule",
    "weekdays_rule",
]

_YEAR_NUMBER = r"(?:19|20)\d\d"

_ISO = re.compile(
    r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:(?:t|\s+)([01]?\d|2[0-3]):([0-5]\d))?(?![\d])"
)


_DATE_WORD = re.compile(
    rf"(?:\b(?:в|во|на)\s+)?(?:\b({WEEKDAY})\s*,?\s*)?\b({D}|{ORDINAL_WORD})(?:-?(?:го|е|ое))?"
    rf"(?:\s+|\.)({MONTH})(?:\s*,?\s*{YEAR})?"
)


def _weekday_beside(text: str, m: re.Match[str], group: int) -> int | None:
    """The weekday (Monday 0) written just before the date of `m` (its group `group`), or
    None: none written, or the word only looks like one — the noun «среда» («охраны
    окружающей среды, 4 сентября»: environment_noun_at) or the feast of Easter
    («Накануне Светлого Христова Воскресения, 11 апреля»: feast_noun_at) — so no weekday
    contradicts the date (asks83)."""
    word = m.group(group)
    if not word:
        return None
    start, end = m.start(group), m.end(group)
    if start == m.start() and environment_noun_at(text, start, end):
        return None
    if feast_noun_at(text, start, end):
        return None
    return cal.weekday_number(word)


# "2027 март 10", "2027 марта 10", "2027, 10 марта", "2027 г., 10 марта": the year first (a
# day after the month never runs on into a clock, a date or a number: «2027 март 10:00»)
_YEAR_FIRST = re.compile(
    rf"(?<![\d.,:/-])\b({_YEAR_NUMBER})(?:\s*(?:г\.|году|года|год|г(?![а-я])))?\s*,?\s*"
    rf"(?:({D})\s+({MONTH})|({MONTH})\s+({D})(?![\d:]|[.,]\d))"
)
# "2027.03.10", "2027/03/10": the year first in digits, one mark between all three ("2027-03-10"
# is _ISO's)
_YEAR_FIRST_DIGITS = re.compile(
    rf"(?<![\d.,:/-])\b({_YEAR_NUMBER})([./])(0?[1-9]|1[0-2])\2({D})(?![\d]|[./:]\d)"
)
# a year-first date is read only this close to the current year: «вход 2000, 10 марта» keeps
# its number
_YEAR_FIRST_REACH = 3


# "июля 17, 2015", "Июль 16, 2015": the month first, always with a year
_MONTH_FIRST = re.compile(rf"\b({MONTH})\s+({D}),?\s*((?:19|20)\d\d)(?!\d)")


# "12-08-2015": a date with hyphens, only with a four-digit year
_DATE_HYPHENS = re.compile(rf"\b({D})-({MM})-((?:19|20)\d\d)(?!\d)")


# never the tail of a longer dotted number ("по специальности 44.02.01": a code, no 2 January),
# nor of a dotted code with letters ("группы 2.ДО.9.1": parts.NOT_A_CODE_TAIL), nor an
# address's slashed pair (parts.NOT_AN_ADDRESS_PAIR)
_DATE_NUM = re.compile(
    rf"(?:\b(в|во|к|до|после|с|на)\s+)?(?:\b({WEEKDAY})\s*,?\s*)?(?<!\d\.){NOT_A_CODE_TAIL}"
    rf"{NOT_AN_ADDRESS_PAIR}\b({D})[./]({MM})"
    rf"(?:[./]({YY})(?:\s?г(?![а-яё]))?)?(\.)?(?![\d:]|\.\d)"
)  # «11.12.2026г.»: the year's «г.» glued to it belongs to the date, not to the title


# "20 03 2021", "02 1 2022": a date with spaces for dots, only whole, with a four-digit year
_DATE_SPACED = re.compile(
    rf"(?<![\d:.,/-])(?<![\d:.,/-]\s)\b({D})\s({MM}|[1-9])\s((?:19|20)\d\d)(?![\d:.,/-]|\s\d)"
)
gate(_DATE_SPACED, re.compile(r"\d\s\d\d?\s(?:19|20)\d\d"))

# «12 числа», and the accusative «на 12 число», «каждое 25 число»
_DAY_OF_MONTH = re.compile(rf"\b(?:на\s+)?({D})(?:-?(?:е|го|ое|ого)\b|\s+числ[ао]\b)")
# "третьего числа", "на двадцать первое число": an ordinal in words needs the word "число"
_DAY_OF_MONTH_WORDS = re.compile(rf"\b(?:на\s+)?({ORDINAL_WORD})\s+числ[ао]\b")
gate(_DAY_OF_MONTH_WORDS, re.compile(r"числ[ао]\b"))
gate(_DAY_OF_MONTH, re.compile(r"\d(?:-?(?:е|го|ое|ого)\b|\s+числ[ао]\b)"))  # "5-е", "5-ого"

gate(_DATE_WORD, MONTH_GATE)
gate(_MONTH_FIRST, MONTH_GATE)
gate(_YEAR_FIRST, MONTH_GATE)
gate(_YEAR_FIRST, re.compile(r"(?:19|20)\d\d"))
gate(_YEAR_FIRST_DIGITS, re.compile(r"(?:19|20)\d\d[./]\d"))
gate(_MONTH_FIRST, re.compile(r"\d,?\s*(?:19|20)\d\d(?!\d)"))  # "17, 2015": a year after the day
for _pattern in (_DATE_NUM, _ISO, _DATE_HYPHENS):
    gate(_pattern, NUMERIC_GATE)
# a month word is in every match, at most 70 characters after its start ("в понедельник,
# двадцать первое декабря") and at most 40 before its end ("декабря 2026 года")
anchor(_DATE_WORD, MONTH_ANCHOR, 70, 40)
anchor(_DATE_NUM, NUMERIC_ANCHOR, 45, 20)


def iso_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ISO 8601 dates and date-times: "2026-12-15", "2026-12-15 15:00", "2026-12-15T15:00".
    Sets `parts.day_first` and, with a clock, adds it to `times`. Example: «2026-12-15T15:00» →
    day_first 15 December 2026, times [15:00]."""
    for m in sc.find(_ISO):
        day = cal.safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        sc.take_match(m)
        if day is None:
            impossible(parts)
            continue
        if parts.day_first is None and not parts.day_blocked:
            parts.day_first = day
            if m.group(4) is not None:
                at = time(int(m.group(4)), int(m.group(5)))
                parts.times = [TimeMention(at, "", True), *(parts.times or [])]


# a date inside a place's name: after «имени», «им.» or a street's abbreviation always («ДК
# имени 1 мая», «ул. 8 Марта»); after a street's full word only with a house number after it
# («на улице 9 января, 108»: a lone «на улице 9 мая» may be «outdoors on 9 May»)
_NAMED_DATE = re.compile(
    rf"(?<![а-я])(?:(?:имени|им\.|ул\.|просп\.|пр-т\.?|пер\.|пл\.)\s*({D})\s+({MONTH})(?![а-я])"
    rf"|(?:улиц[аеуы]|проспект[аеу]?|переул(?:ок|ка|ке)|бульвар[аеу]?|площад[ьи])\s+"
    rf"({D})\s+({MONTH})(?=\s*,?\s*(?:д\.|дом\s)?\s*\d))"
)


def named_dates_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """Keep a date inside a place's name («ДК имени 1 мая», «на улице 9 января, 108») away
    from the day rules: it is part of the venue and the title, never a day of the event (read
    as one, it was offered as a rival start).
    `parts` is untouched: the words are protected from the other rules. Example: «Концерт в ДК
    имени 1 мая 15 декабря» → only 15 December is a day."""
    for m in sc.find(_NAMED_DATE):
        sc.protect(m.start(), m.end())


def _gone(sc: Scanner, m: re.Match[str], resolved: date, today: date) -> date | None:
    """This year's day for a day the rule of the year ahead rolled, when its sentence tells
    in the past tense (told_past.day_gone)."""
    return day_gone(resolved, today, sc.text, m.start(), m.end(), sc.original)


def dates_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """A day written as a date: day and month in words with an optional weekday and year («15
    декабря», «в пятницу, 11 декабря», «двадцатого декабря 2026 года»), in digits («12.01.2027»,
    «11/12», «20 03 2021», «12-08-2015»), the year first («2027 март 10», «2027.03.10») or the month
    first with a year («декабря 15, 2026»), and a bare day of this month («на 10-е число», «третьего
    числа»: the next month's when it is past). Sets `parts.day_first` (the first day read; a later
    one goes to `other_days`), `day_prefix` and `day_spans`; a date with no year that has passed
    goes to next year (`rolled_year`), unless the text reports it as done and the day passed
    recently («28.09 шестиклассники стали участниками игры»: this year's, told_past.day_gone); a
    weekday that contradicts the date adds the doubt "weekday_mismatch", an impossible date («31
    ноября») "impossible_date" and `day_blocked`; a date that names an occasion («концерт к 8
    марта») is its day only when no other is written, and stays in the title. Example: «Концерт 15
    декабря в 18:00» on 7 December 2026 → day_first 15 December 2026."""
    today = now.date()
    occasions: list[tuple[re.Match[str], date | None]] = []
    for m in sc.find(_MONTH_FIRST):
        month = cal.month_number(m.group(1))
        if month is not None:
            _set_day_or_doubt(sc, parts, m, cal.safe_date(int(m.group(3)), month, int(m.group(2))))
    for m in sc.find(_YEAR_FIRST_DIGITS):
        first = int(m.group(1))  # the year written first
        if abs(first - today.year) <= _YEAR_FIRST_REACH:
            _set_day_or_doubt(sc, parts, m, cal.safe_date(first, int(m.group(3)), int(m.group(4))))
    for m in sc.find(_YEAR_FIRST):
        first = int(m.group(1))
        month = cal.month_number(m.group(3) or m.group(4))
        if month is not None and abs(first - today.year) <= _YEAR_FIRST_REACH:
            written = cal.safe_date(first, month, int(m.group(2) or m.group(5)))
            _set_day_or_doubt(sc, parts, m, written)
    for m in sc.find(_DATE_HYPHENS):
        hyphened = cal.safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        _set_day_or_doubt(sc, parts, m, hyphened)
    for m in sc.find(_DATE_WORD):
        day = int(m.group(2)) if m.group(2).isdigit() else ordinal_value(m.group(2))
        month = cal.month_number(m.group(3))
        if not day or month is None:
            continue
        weekday = _weekday_beside(sc.text, m, 1)
        year = int(m.group(4)) if m.group(4) else None
        resolved = cal.resolve_day_month(day, month, today, year, weekday)
        if resolved is None:
            sc.take_match(m)
            impossible(parts)
            continue
        gone = None if year is not None or weekday is not None else _gone(sc, m, resolved, today)
        if gone is not None:
            resolved = gone  # «12 марта … состоялась встреча» in a report: this year's
        else:
            note_rolled(parts, resolved, today, year)
        if parts.day_first is None:
            check_weekday(parts, resolved, weekday)
        if _is_occasion(sc, m):
            occasions.append((m, resolved))
            continue
        set_day(sc, parts, m, resolved)
    for m in sc.find(_DATE_NUM):
        if _looks_like_time(m, parts):
            continue
        weekday = _weekday_beside(sc.text, m, 2)
        year = cal.full_year(m.group(5), today) if m.group(5) else None
        resolved = cal.resolve_day_month(int(m.group(3)), int(m.group(4)), today, year, weekday)
        if resolved is None:
            sc.take_match(m)
            impossible(parts)
            continue
        gone = None if year is not None or weekday is not None else _gone(sc, m, resolved, today)
        if gone is not None:
            resolved = gone  # «28.09 шестиклассники стали участниками игры»: this year's
        else:
            note_rolled(parts, resolved, today, year)
        if parts.day_first is None:
            check_weekday(parts, resolved, weekday)
        set_day(sc, parts, m, resolved)
    for m in sc.find(_DATE_SPACED):
        resolved = cal.safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if resolved is not None:
            set_day(sc, parts, m, resolved)
    if parts.day_first is None:  # "концерт к 8 марта" with no other date: that is the day
        for m, resolved in occasions[:1]:
            set_day(sc, parts, m, resolved)
    for m, _ in occasions:
        sc.protect(m.start() - 2, m.end())  # the occasion stays in the title
    for m in (*sc.find(_DAY_OF_MONTH), *sc.find(_DAY_OF_MONTH_WORDS)):
        if _numbers_its_noun(sc.text, m):
            continue  # «ученики 2-го класса», «заняла 3-е место»: the noun's number
        number = int(m.group(1)) if m.group(1).isdigit() else ordinal_value(m.group(1))
        if parts.day_first is None and number is not None:
            candidate = cal.safe_date(today.year, today.month, number)
            if candidate is not None and candidate < today:
                candidate = cal.safe_date(*_next_month(today), number)
            set_day(sc, parts, m, candidate)


_NEXT_WORD = re.compile(r"\s+([а-яё]+)")
# the cases an ordinal's ending agrees with: «-го», «-ого» the genitive (masculine or neuter),
# «-е», «-ое» the nominative or accusative of a neuter or plural noun
_AGREEING = {"го": ("gent",), "ого": ("gent",), "е": ("nomn", "accs"), "ое": ("nomn", "accs")}


def _numbers_its_noun(text: str, m: re.Match[str]) -> bool:
    """Whether the ordinal day `m` («2-го», «3-е») numbers the noun right after it instead:
    a noun (pymorphy3) in the case its ending agrees with («2-го класса», «3-е место», «5-го
    этапа»), never «числа» or «число». An ordinal before a preposition, a clock, a verb or a
    noun in another case («5-го в 10:00», «8-е, сбор …») stays a day."""
    ending = re.search(r"-?(го|ого|ое|е)$", m.group(0))
    after = _NEXT_WORD.match(text, m.end())
    if ending is None or after is None or after.group(1).startswith("числ"):
        return False
    cases = _AGREEING[ending.group(1)]
    readings = parses(after.group(1))
    if not readings or readings[0].tag.POS != "NOUN":
        return False  # «на 11-е в 15:00»: «в» is first a preposition
    for found in readings:
        tag = found.tag
        if tag.POS != "NOUN" or tag.case not in cases:
            continue
        if ending.group(1) in ("е", "ое") and not (tag.gender == "neut" or tag.number == "plur"):
            continue
        return True
    return False


def _set_day_or_doubt(
    sc: Scanner, parts: TemporalParts, m: re.Match[str], day: date | None
) -> None:
    if day is None:
        sc.take_match(m)
        impossible(parts)
    else:
        set_day(sc, parts, m, day)


# "к 8 марта", "в честь 23 февраля", "ко Дню Конституции 12 декабря", "посвящённый 8 марта"
_OCCASION = compile_with_scan(
    r"(?:(?:^|\s)(?:к|ко)\s+|в\s+честь\s+|посвящ\w+\s+(?:[а-я]+\s+){0,2}"
    r"|(?:^|\s)ко?\s+дн\w+\s+(?:[а-я]+\s+){0,3})$"
)


def _is_occasion(sc: Scanner, m: re.Match[str]) -> bool:
    """An occasion named in passing, not the day, when the message gives another date."""
    return _OCCASION.search(sc.text[max(0, m.start() - 40) : m.start()]) is not None


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

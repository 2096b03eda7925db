"""Offsets from now: "через 2 часа", "3 дня назад", "спустя полгода", "через день 2 часа",
"два часа семнадцать минут назад", "сейчас", "в следующий час".

An offset is one or more amounts with units ("1 год, 2 месяца и 3 дня"); the amounts are
digits or Russian number words (`numerals.py`). The result is an instant (`parts.instant`,
naive wall-clock) with the grain the finest unit allows: hours, minutes and seconds give a
minute (seconds are floored to it), days an hour, weeks, months and years a day; a whole
number of weeks also records `week_offset` ("через 2 недели в пятницу").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.language import calendar as cal
from bot.core.language.numerals import NUMBER_WORDS, number_value
from bot.core.language.parts import TemporalParts
from bot.core.language.story_offsets import told_in_story
from bot.core.language.tokens import Scanner, gate

_AMOUNT = (
    rf"(?:(?:\d+(?:[.,]\d+)?|(?:{NUMBER_WORDS})(?:\s+(?:{NUMBER_WORDS}))?)(?:\s+с\s+половиной)?)"
)
_UNIT = (
    r"(?:миллисекунд\w*|мс\b|секунд\w*|сек\b\.?|минут\w*|мин\b\.?|полчаса|час\w*|ч\b\.?"
    r"|дн[еяи]\w*|день|сут\w*|недел\w*|нед\b\.?|полгода|месяц\w*|мес\b\.?|год\w*|лет\b)"
)
_ITEM = rf"(?:{_AMOUNT}\s*)?{_UNIT}"
_SERIES = rf"{_ITEM}(?:(?:\s*,\s*|\s+и\s+|\s+){_ITEM})*"
_ITEM_RE = re.compile(rf"(?:({_AMOUNT})\s*)?({_UNIT})")

# "через час пятнадцать", "через 2 часа 30": minutes without their unit after the hours
_AHEAD = re.compile(rf"\b(?:через|спустя)\s+({_SERIES})(?:\s+({_AMOUNT})(?=\s*$|\s*[,.;!?)]))?")
_AGO = re.compile(rf"(?<![\w.])({_SERIES})\s+(?:тому\s+)?назад\b")  # «2 дня тому назад»
_AFTER = re.compile(rf"(?<![\w.])({_SERIES})\s+спустя\b")  # "неделю спустя"
# "+15 минут", "-3 года", "+1 день 2 часа": a signed offset, every unit with its amount
_SIGNED = re.compile(
    rf"(?<![\w\d.,:])([+\-−])\s?({_AMOUNT}\s*{_UNIT}(?:(?:\s*,\s*|\s+и\s+|\s+){_AMOUNT}\s*{_UNIT})*)"
    r"(?![\w\d])"
)
_NOW = re.compile(r"\b(?:прямо\s+)?сейчас\b")
_NEXT_HOUR = re.compile(r"\bв\s+следующ\w+\s+час(?:\s+в\s+(\d{1,2})\s+минут\w*)?(?![а-я])")

gate(_AHEAD, re.compile("через|спустя"))  # a literal each of these patterns needs
gate(_AGO, re.compile("назад"))
gate(_AFTER, re.compile("спустя"))
gate(_NOW, re.compile("сейчас"))
gate(_SIGNED, re.compile(r"[+\-−]\s?\d"))
gate(_NEXT_HOUR, re.compile("следующ"))


_MAX_MONTHS = 12 * 1000
_MAX_DAYS = 366 * 1000


@dataclass
class _Shift:
    months: int = 0
    days: float = 0.0
    seconds: float = 0.0
    finest: int = 9  # 0 seconds, 1 minutes, 2 hours, 3 days, 4 weeks, 5 months, 6 years
    weeks_only: bool = True
    weeks: float = 0.0


def offsets_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """Offsets from now ("через …", "спустя …", "… назад") as `parts.instant`.
    `instant` is naive school-local; a count of days also sets `day_first` (and `instant_grain`
    "hour"). Example: «через 2 часа» at 12:00 on 7 December 2026 → instant 14:00 that day;
    «через 3 дня» → day_first 10 December."""
    for pattern, sign in ((_AHEAD, 1), (_AFTER, 1), (_AGO, -1)):
        for m in sc.find(pattern):
            shift = _shift(m.group(1))
            if shift is None:
                continue
            if sign > 0 and told_in_story(sc.text, m.start()):
                sc.take_match(m)  # «Спустя час начались уроки»: from the story's moment
                continue
            end = m.end()
            if (
                pattern is _AHEAD
                and m.group(2)
                and not _add_bare_minutes(shift, m.group(1), m.group(2))
            ):
                end = m.end(1)  # "через 3 дня 10": the number is something else
            _apply(parts, now, shift, sign)
            sc.take(m.start(), end)


def now_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "сейчас": the present minute; "в следующий час (в 15 минут)": the next hour;
    "+15 минут", "-3 года": a signed offset (said as a bare answer, so `when` only).
    Sets `parts.instant` (naive school-local). Example: «+15 минут» at 12:00 → instant 12:15."""
    for m in sc.find(_SIGNED):
        shift = _shift(m.group(2))
        if shift is not None:
            _apply(parts, now, shift, -1 if m.group(1) != "+" else 1)
            sc.take_match(m)
    for m in sc.find(_NOW):
        if parts.instant is None:
            parts.instant, parts.instant_grain = now, "minute"
        sc.take_match(m)
    for m in sc.find(_NEXT_HOUR):
        hour = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        if parts.instant is None:
            minute = int(m.group(1)) if m.group(1) else None
            if minute is None:
                parts.instant, parts.instant_grain = hour, "hour"
            elif minute < 60:
                parts.instant, parts.instant_grain = hour.replace(minute=minute), "minute"
        sc.take_match(m)


def _shift(series: str) -> _Shift | None:
    shift = _Shift()
    for item in _ITEM_RE.finditer(series):
        raw, unit = item.group(1), item.group(2)
        amount = number_value(raw) if raw else 1.0
        if amount is None:
            return None
        if not _add(shift, amount, unit):
            return None
    if abs(shift.months) > _MAX_MONTHS or abs(shift.days) + shift.seconds / 86400 > _MAX_DAYS:
        return None  # "через 5000 лет": outside the calendar, not a time
    return shift


def _add_bare_minutes(shift: _Shift, series: str, raw: str) -> bool:
    """ "через час пятнадцать": minutes 1–59 right after an hours unit; else not read."""
    minutes = number_value(raw)
    last_unit = series.split()[-1]
    if not last_unit.startswith("час") or minutes is None or minutes != int(minutes):
        return False
    if not 0 < minutes < 60:
        return False
    return _add(shift, minutes, "минут")


def _add(shift: _Shift, amount: float, unit: str) -> bool:
    """Add one amount of a unit; False for an amount a calendar unit cannot take (1.3 years)."""
    if unit == "полчаса":
        amount, unit = amount * 0.5, "час"
    elif unit == "полгода":
        amount, unit = amount * 6, "месяц"
    if unit.startswith(("нед",)):
        shift.weeks += amount
        shift.days += amount * 7
        return _finer(shift, 4)
    shift.weeks_only = False
    if unit.startswith(("мил", "мс")):
        shift.seconds += amount / 1000
        return _finer(shift, 0)
    if unit.startswith("сек"):
        shift.seconds += amount
        return _finer(shift, 0)
    if unit.startswith("мин"):
        shift.seconds += amount * 60
        return _finer(shift, 1)
    if unit.startswith(("час", "ч")):
        shift.seconds += amount * 3600
        return _finer(shift, 2)
    if unit.startswith(("дн", "день", "сут")):
        shift.days += amount
        return _finer(shift, 3)
    months = amount if unit.startswith(("месяц", "мес")) else amount * 12
    if months * 2 != int(months * 2):
        return False
    if months != int(months):  # «через полтора месяца»: half a month is 15 days
        shift.days += 15
    shift.months += int(months)
    return _finer(shift, 5 if unit.startswith(("месяц", "мес")) else 6)


def _finer(shift: _Shift, level: int) -> bool:
    shift.finest = min(shift.finest, level)
    return True


_GRAIN_OF_LEVEL = {0: "minute", 1: "minute", 2: "minute", 3: "hour", 4: "day", 5: "day", 6: "day"}


def _apply(parts: TemporalParts, now: datetime, shift: _Shift, sign: int) -> None:
    target = now
    if shift.months:
        moved = cal.add_months(now.date(), sign * shift.months)
        target = datetime.combine(moved, now.time())
    target += sign * timedelta(days=shift.days, seconds=shift.seconds)
    grain = _GRAIN_OF_LEVEL[shift.finest]
    if shift.finest <= 2:
        if parts.instant is None:
            parts.instant = target.replace(second=0, microsecond=0)
            parts.instant_grain = grain
        if shift.days and parts.day_first is None:
            parts.day_first = target.date()  # "через день 2 часа": a day is named too
        return
    if shift.weeks_only and shift.weeks == int(shift.weeks):
        parts.week_offset = sign * int(shift.weeks)
    elif shift.months and not shift.days and not shift.seconds and parts.week_offset is None:
        # "через месяц во вторник": the Tuesday of the week a month ahead
        weeks = (cal.week_monday(target.date()) - cal.week_monday(now.date())).days // 7
        parts.week_offset = weeks
    if parts.day_first is None:
        parts.day_first = target.date()
        if parts.instant is None:
            parts.instant = target
            parts.instant_grain = grain

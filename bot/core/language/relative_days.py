"""Temporal rules for days named relative to today: "завтра", "через 2 дня", "неделю назад",
"в следующий вторник", "в четверг на следующей неделе"."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.core.language import calendar as cal
from bot.core.language.calendar import WEEKDAY
from bot.core.language.day_parts import set_weekday, take_day_prefix
from bot.core.language.parts import NUM, TemporalParts, is_last, is_next, number
from bot.core.language.tokens import Scanner, gate

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
    r"(?:\b(?:в|во|на)\s+)?(?:\b(эт(?:от|у|о|ой)|следующ\w*|след\.?(?![а-я])|сл\.?(?![а-я])|будущ\w*|прошл\w*"
    rf"|пред\.|предыдущ\w*|ближайш\w*)\s*)?\b({WEEKDAY})"
)

gate(_WEEKDAY_MOD, re.compile(rf"\b{WEEKDAY}"))
gate(_OFFSET, re.compile("через"))  # a literal each of these patterns needs
gate(_AGO, re.compile("назад"))


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
        set_weekday(parts, weekday, label)
        sc.take_match(m)
        if first and parts.day_first is None:
            parts.day_prefix = take_day_prefix(sc, m.start())


# "на следующей неделе", and the genitive after a weekday: "во вторник следующей недели",
# "в пн след. недели"
_WEEK_MODIFIER = re.compile(
    r"(?:\b(?:на|в)\s+|(?<=\S)\s+)?\b(эт\w*|следующ\w*|след\.?(?![а-я])|сл\.?(?![а-я])|будущ\w*|прошл\w*"
    r"|пред\.|предыдущ\w*)\s*недел[еиюя](?![а-я])"
)


def week_modifier_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "в четверг на следующей неделе": the week phrase decides which Thursday."""
    if parts.weekday is None:
        return
    for m in sc.find(_WEEK_MODIFIER):
        mode = m.group(1)
        parts.weekday_mode = "next" if is_next(mode) else "last" if is_last(mode) else "this"
        sc.take_match(m)

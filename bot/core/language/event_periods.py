"""A period named instead of an event's day: «Лекция в следующей четверти», «Экскурсия на
следующей неделе», «Турнир в каникулы», «Концерт весной», «Субботник в конце декабря».

The rule of announcements it reads: a chat line that names a kind of event (title.KIND) and,
as its only time, a period introduced by a preposition («в декабре», «на следующей неделе»,
«во 2 четверти», «на зимних каникулах») or a season in the instrumental («весной») announces
that event on some day of the period — the writer has not fixed the day yet, so the bot asks
for it within the period and never picks one. A question («…в январе?») or a negation
(«Концерта в декабре не будет») announces nothing.

The period itself is read by the rules the questions about the plan use (periods.py,
period_parts.py, school_year.py: the school's own четверти and каникулы, from
`school_calendar.current_calendar()`), on the phrase alone, with the common misspellings of
«следующей» mended first. A period that has already ended is not taken.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from bot.core import school_calendar
from bot.core.language.calendar import MONTH
from bot.core.language.parts import TemporalParts
from bot.core.language.period_parts import period_parts_rule
from bot.core.language.periods import (
    month_rel_rule,
    months_rule,
    seasons_rule,
    weekends_rule,
    weeks_rule,
)
from bot.core.language.school_year import school_periods_rule
from bot.core.language.title import KIND
from bot.core.language.tokens import Scanner
from bot.core.models import DayPeriod

# «следующей» and its usual slips («следущей», «следуюшей», «следюущей» is too far)
_NEXT_SLIP = re.compile(r"(?<![а-я])сл[еи]ду?ю?[щш](?=[а-я])")
_REL = r"(?:(?:эт\w*|текущ\w*|нынешн\w*|сл[еи]ду?ю?[щш]\w*|след\.?|будущ\w*|ближайш\w*)\s+)"
_ORDINALS = {"перв": "1", "втор": "2", "трет": "3", "четверт": "4"}
_ORDINAL_ENDING = r"(?:ой|ую|ая|ий|ем|ом|ьей|ью|ья)"
_ORDINAL_TERM = re.compile(
    rf"(?<![а-я])(перв|втор|трет|четверт){_ORDINAL_ENDING}(?=\s+(?:четверт|триместр))"
)
_TERM = (
    rf"(?:в|во|на)\s+{_REL}?(?:[1-4]\s*-?\s*(?:[йюи]|ей|ой)?\s+"
    rf"|(?:перв|втор|трет|четверт){_ORDINAL_ENDING}\s+)?(?:четверт[иь]|триместр[еау]?)"
    # «в четверть восьмого» is a clock (15 minutes into the eighth hour), not a school term
    r"(?!\s+(?:первого|второго|третьего|четв[её]ртого|пятого|шестого|седьмого|восьмого"
    r"|девятого|десятого|одиннадцатого|двенадцатого)(?![а-я]))"
)
_VACATION = (
    rf"(?:на|в|во\s+время|во)\s+{_REL}?(?:(?:осенн|зимн|новогодн|весенн|летн)\w*\s+)?"
    r"каникул(?:ах|ы|ам)?"
)
_PART = rf"(?:в|во)\s+(?:начале|середине|конце)\s+{_REL}?(?:недели|месяца|{MONTH})"
_MONTH = rf"(?:в|во)\s+{MONTH}(?:\s*(?:19|20)\d\d(?:\s*(?:года|г\.|г(?![а-я])))?)?"
_MONTH_REL = rf"(?:в|на)\s+{_REL}месяц[еа]?"
_WEEK = rf"(?:на|в)\s+{_REL}недел[еиюя]"
_WEEKEND = rf"(?:на|в)\s+{_REL}?выходн(?:ых|ые)"
_SEASON = rf"(?:{_REL})?(?:весной|летом|осенью|зимой)"
PERIOD_PHRASE = re.compile(
    rf"(?<![а-я])(?:{_TERM}|{_VACATION}|{_PART}|{_MONTH_REL}|{_MONTH}|{_WEEKEND}|{_WEEK}"
    rf"|{_SEASON})(?![а-я])"
)
_NEGATION = re.compile(r"(?<![а-я])(?:не|нет)(?![а-я])")
_RULES = (
    school_periods_rule,
    period_parts_rule,
    weekends_rule,
    weeks_rule,
    month_rel_rule,
    seasons_rule,
    months_rule,
)
_KINDS = {
    "term": "term",
    "vacation": "vacation",
    "month": "month",
    "week": "week",
    "weekend": "weekend",
    "season": "season",
    "day": "part",
}


def take_event_period(sc: Scanner, now: datetime) -> DayPeriod | None:
    """The period a chat line names instead of its day, its phrase taken from `sc`; None (and
    nothing taken) when the line names no kind of event, asks, negates, or names no period
    still ahead. `now` is the school's wall-clock time; the period starts no earlier than
    its day."""
    free = sc.free_text()
    if "?" in free or _NEGATION.search(free) or not KIND.search(free):
        return None
    for m in sc.find(PERIOD_PHRASE):
        period = read_period(m.group(0), now)
        if period is not None:
            sc.take_match(m)
            return period
    return None


def read_period(phrase: str, now: datetime) -> DayPeriod | None:
    """The period one phrase names («в следущей четверти» → the school's next term), or None
    when the phrase is not wholly a period or the period has ended before `now`'s day."""
    mended = _NEXT_SLIP.sub("следующ", phrase.lower())
    mended = _ORDINAL_TERM.sub(lambda m: _ORDINALS[m.group(1)], mended)  # «в третьей» → «в 3»
    scanner = Scanner(mended)
    parts = TemporalParts()
    for rule in _RULES:
        rule(scanner, parts, now)
    if parts.period is None or scanner.free_text().strip() or parts.period_grain not in _KINDS:
        return None
    today = now.date()
    first, last = max(parts.period[0], today), parts.period[1]
    if last < first:
        return None
    kind = _KINDS[parts.period_grain]
    number, detail = _named(kind, parts.period)
    written = " ".join(_NEXT_SLIP.sub("следующ", phrase.lower()).split())
    return DayPeriod(first, last, kind, number, detail, written)


def _named(kind: str, period: tuple[date, date]) -> tuple[int, str]:
    """A term's number and the calendar's kind of term, or a vacation's season, for the
    question's wording; (0, "") for other periods."""
    calendar = school_calendar.current_calendar()
    if kind == "term":
        year = calendar.year_of(period[0])
        term = next((t for t in year.terms if (t.start, t.end) == period), None)
        return (term.number if term else 0), year.kind.value
    if kind == "vacation":
        return 0, school_calendar.Vacation(period[0], period[1]).season
    return 0, ""

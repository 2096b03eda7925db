"""Parts of a period: "в конце недели", "в начале следующего месяца", "в середине декабря",
"в конце года", a half («в первой половине декабря», «вторая половина года»), and calendar
quarters: "в следующем квартале", "во втором квартале 2027 года".

The result is `parts.period` (first and last day, inclusive) with grain "day". The bounds
follow Duckling's convention for these phrases (facebook/duckling, Time rules "beginning /
end of"): a week's beginning is Monday–Wednesday and its end Thursday–Sunday; a month's
beginning the 1st–10th, its middle the 11th–20th, its end the 21st to the last day; a year's
beginning January–April, its middle May–August, its end September–December.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.core.language import calendar as cal
from bot.core.language.calendar import MONTH
from bot.core.language.parts import TemporalParts, is_last, is_next
from bot.core.language.tokens import Scanner, gate

_REL = r"(?:(эт\w*|следующ\w*|будущ\w*|прошл\w*|предыдущ\w*)\s+)?"
# the part in the prepositional after «в», or in the nominative or accusative («Сроки: конец
# апреля», «на середину мая»): «с начала года», «до конца месяца» (genitive) stay deadlines
_PART_OF = re.compile(
    r"\b(?:(?:в|во)\s+(начале|середине|конце|(?:первой|второй)\s+половине)"
    r"|(начало|середина|середину|конец|(?:первая|вторая|первую|вторую)\s+половин[ау]))"
    rf"\s+{_REL}(недели|месяца|года|{MONTH})"
    r"(?:\s*((?:19|20)\d\d)(?:\s*(?:года|г\.|г(?![а-я])))?)?"
)
_QUARTER_WORDS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4}
# («1 - м», «1-ом», «1 квартале»: the runs of blanks possessive, each before a mark that is no
# blank — `\s*-?\s*(?:м|ом)?\s+` split a long run three ways, over 10 s for «во 1» + 2,000
# line breaks; review 2026-12-02, H4; the same matches)
_QUARTER = re.compile(
    r"\b(?:в|во)\s+(?:(эт\w*|следующ\w*|будущ\w*|прошл\w*|предыдущ\w*)"
    r"|(перв|втор|трет|четв[её]рт)\w*|([1-4])(?:\s*+-)?(?:\s*+(?:м|ом))?)\s++квартал[еа]"
    r"(?:\s*+((?:19|20)\d\d)(?:\s*+(?:года|г\.|г(?![а-я])))?)?"
)
gate(_PART_OF, re.compile("начал|середин|конц|конец|половин"))
gate(_QUARTER, re.compile("квартал"))
# «в конце месяца» as a part of a period, read elsewhere too (card_questions)
PERIOD_PART = _PART_OF

# (first, last) day numbers of each part: of a week (0 = Monday), of a month, of a year (months)
# and of its halves («в первой половине декабря»: the 1st–15th; «во второй половине года»:
# July–December; a week's first half Monday–Wednesday, its second Thursday–Sunday; chat66)
_WEEK_PARTS = {
    "начале": (0, 2),
    "середине": (2, 4),
    "конце": (3, 6),
    "перв": (0, 2),
    "втор": (3, 6),
}
_MONTH_PARTS = {
    "начале": (1, 10),
    "середине": (11, 20),
    "конце": (21, 31),
    "перв": (1, 15),
    "втор": (16, 31),
}
_YEAR_PARTS = {
    "начале": (1, 4),
    "середине": (5, 8),
    "конце": (9, 12),
    "перв": (1, 6),
    "втор": (7, 12),
}


def period_parts_rule(sc: Scanner, parts: TemporalParts, now: datetime) -> None:
    """ "в конце недели", "в середине декабря", "в следующем квартале": part of a period.
    Sets `parts.period` (first, last day). Example: «в конце недели» on Monday 7 December 2026 →
    (10 December, 13 December); «в середине декабря» → (11 December, 20 December)."""
    today = now.date()
    for m in sc.find(_PART_OF):
        if parts.period is None:
            parts.period = _part(m, today)
            parts.period_grain = "day"
        sc.take_match(m)
    for m in sc.find(_QUARTER):
        if parts.period is None:
            parts.period = _quarter(m, today)
            parts.period_grain = "day"
        sc.take_match(m)


def _shift(mode: str | None) -> int:
    return 1 if mode and is_next(mode) else -1 if mode and is_last(mode) else 0


# a nominative or accusative part named as its prepositional one
_PREPOSITIONAL = {
    "начало": "начале",
    "середина": "середине",
    "середину": "середине",
    "конец": "конце",
}


def _part(m: re.Match[str], today: date) -> tuple[date, date]:
    said = m.group(1) or m.group(2)
    which = said[:4] if "половин" in said else m.group(1) or _PREPOSITIONAL[m.group(2)]
    mode, unit, year = m.group(3), m.group(4), m.group(5)
    shift = _shift(mode)
    if unit == "недели":
        monday = cal.week_monday(today) + timedelta(weeks=shift)
        first, last = _WEEK_PARTS[which]
        return monday + timedelta(days=first), monday + timedelta(days=last)
    if unit == "года":
        base = int(year) if year else today.year + shift
        first_month, last_month = _YEAR_PARTS[which]
        return date(base, first_month, 1), cal.month_end(date(base, last_month, 1))
    if unit == "месяца":
        month_first = cal.add_months(today.replace(day=1), shift)
    else:
        month = cal.month_number(unit) or today.month
        month_first = date(int(year), month, 1) if year else cal.next_month_named(month, today)
    first_day, last_day = _MONTH_PARTS[which]
    end = cal.month_end(month_first)
    return month_first.replace(day=first_day), end.replace(day=min(last_day, end.day))


def _quarter(m: re.Match[str], today: date) -> tuple[date, date]:
    mode, word, digit, year = m.group(1), m.group(2), m.group(3), m.group(4)
    current = (today.month - 1) // 3
    if word or digit:
        index = (_QUARTER_WORDS[word[:4]] if word else int(digit)) - 1
        base = int(year) if year else today.year
    else:
        absolute = today.year * 4 + current + _shift(mode)
        base, index = divmod(absolute, 4)
    first = date(base, index * 3 + 1, 1)
    return first, cal.month_end(date(base, index * 3 + 3, 1))

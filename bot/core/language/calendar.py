"""Calendar vocabulary and arithmetic: months, weekdays, years, weeks.

Conventions (also in the README): the week starts on Monday; a date without a year that has
already passed this year means next year; a plain weekday is the nearest one ahead.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

import dateparser

MONTH = (
    r"(?:янв(?:ар[ьяе])?|фев(?:р(?:ал[ьяе])?)?|мар(?:т[ае]?)?|апр(?:ел[ьяе])?|ма[йяе]|июн[ьяе]?"
    r"|июл[ьяе]?|авг(?:уст[ае]?)?|сен(?:т(?:ябр[ьяе])?)?|окт(?:ябр[ьяе])?|ноя(?:б(?:р[ьяе])?)?"
    r"|дек(?:абр[ьяе])?)\.?(?![а-я])"
)
_MONTH_PREFIXES = {
    "янв": 1,
    "фев": 2,
    "мар": 3,
    "апр": 4,
    "май": 5,
    "мая": 5,
    "мае": 5,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "окт": 10,
    "ноя": 11,
    "дек": 12,
}

WEEKDAY = (
    r"(?:понедельник\w*|вторник\w*|сред[аыуе]|четверг\w*|пятниц[аыуе]|суббот[аыуе]"
    r"|воскресень[еяю]|воскресени[еяю]|вск|пн|вт|ср|чт|пт|сб|вс)\.?(?![а-я])"
)
WEEKDAY_PLURAL = (
    r"(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)(?![а-я])"
)
_WEEKDAY_PREFIXES = (
    ("пон", 0),
    ("пн", 0),
    ("вто", 1),
    ("вт", 1),
    ("сред", 2),
    ("ср", 2),
    ("чет", 3),
    ("чт", 3),
    ("пят", 4),
    ("пт", 4),
    ("суб", 5),
    ("сб", 5),
    ("вос", 6),
    ("вс", 6),
)


@lru_cache(maxsize=4096)
def month_number(word: str) -> int | None:
    """Month of a Russian month word or abbreviation ("дек", "марта", "мае"); remembered per
    word (a pure function of the string; bounded)."""
    word = word.strip(" .").lower()
    found = _MONTH_PREFIXES.get(word[:3])
    return found if found is not None else _month_by_dateparser(word)


@lru_cache(maxsize=256)
def _month_by_dateparser(word: str) -> int | None:
    """Ask dateparser's Russian locale about a month spelling the table does not know."""
    parsed = dateparser.parse(
        f"1 {word} 2000", languages=["ru"], settings={"REQUIRE_PARTS": ["month"]}
    )
    return parsed.month if parsed else None


def weekday_number(word: str) -> int | None:
    """The weekday (Monday 0 … Sunday 6) a Russian weekday word names in any case or
    abbreviation («пн», «вторник», «среду», «Сб.»: outer spaces and dots stripped, read by
    its opening, so the word alone, without «в»); None for any other word."""
    word = word.strip(" .").lower()
    for prefix, number in _WEEKDAY_PREFIXES:
        if word.startswith(prefix):
            return number
    return None


def full_year(raw: str, today: date) -> int:
    """A four-digit year from "2026", "26" or "74" (two digits pivot 20 years ahead)."""
    value = int(raw)
    if len(raw) > 2:
        return value
    return 2000 + value if value <= today.year % 100 + 20 else 1900 + value


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date of `year`, `month`, `day`, or None when there is none (31 апреля, 29
    февраля of a common year) instead of ValueError."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_day_month(
    day: int, month: int, today: date, year: int | None = None, weekday: int | None = None
) -> date | None:
    """The date a day and month mean: this year, or next year if already past.

    A weekday written beside the date picks the year where they agree ("Вс, 10 фев."), but
    never moves a day still ahead this year to the next ("в среду, 9 июля" written on 3 July
    of a year whose 9 July is a Tuesday): an announcement names a near day, and a weekday
    that disagrees with it is a slip the caller flags, not a year away.
    """
    if year is not None:
        return safe_date(year, month, day)
    this_year = safe_date(today.year, month, day)
    next_year = safe_date(today.year + 1, month, day)
    if weekday is not None:
        for candidate in (this_year, next_year):
            if candidate is not None and candidate.weekday() == weekday:
                if candidate is next_year and this_year is not None and this_year >= today:
                    return this_year
                return candidate
    if this_year is not None and this_year >= today:
        return this_year
    return next_year or this_year


def week_monday(day: date) -> date:
    """The Monday of the ISO week (Monday to Sunday) `day` is in."""
    return day - timedelta(days=day.weekday())


def month_end(day: date) -> date:
    """The last day of `day`'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, months: int) -> date:
    """`day` moved by `months` calendar months (negative: back), its day of the month
    kept or, past the new month's end, its last day (31 Jan + 1 -> 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


SCHOOL_YEAR_FIRST_MONTH = 9  # a Russian school year runs 1 September – 31 August
SUMMER_MONTHS = frozenset({6, 7, 8})


def school_year_month(month: int, today: date) -> date:
    """First day of `month` in the school year `today` is in, for a plan or report query
    naming a bare month («план на декабрь», «итоги декабря»).

    The school year runs 1 September – 31 August (bot.core.school_calendar.school_year_start):
    in January «декабрь» is the December just past and «май» the coming May. In the summer
    (June–August) the school year being planned is the coming one, so «сентябрь» or
    «декабрь» are the coming ones, while «июнь»–«август» are this summer's. A report moves a
    month not yet begun a year back itself (bot.core.language.reports)."""
    first_year = today.year if today.month >= SCHOOL_YEAR_FIRST_MONTH else today.year - 1
    if today.month in SUMMER_MONTHS:
        if month in SUMMER_MONTHS:
            return date(today.year, month, 1)
        first_year += 1
    return date(first_year if month >= SCHOOL_YEAR_FIRST_MONTH else first_year + 1, month, 1)


def next_month_named(month: int, today: date) -> date:
    """First day of the named month: this year unless it has already ended."""
    year = today.year if month >= today.month else today.year + 1
    return date(year, month, 1)

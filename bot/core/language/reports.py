"""Report requests: "итоги ноября", "отзывы по КГТУ", "итоги КГТУ за прошлую неделю".

Reports look back, so a month named without a year is the month of the school year a plan
query reads (calendar.school_year_month), or the same month a year earlier while it has not
begun (in November, "итоги декабря" is last December's), unlike events, which look ahead. Without a
period the report covers the school year so far (from 1 September).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.core.language.calendar import (
    MONTH,
    add_months,
    month_end,
    month_number,
    school_year_month,
    week_monday,
)
from bot.core.language.tokens import normalize

SCHOOL_YEAR_START_MONTH = 9

_KEYWORD = re.compile(
    r"^(?:покажи\s+|пришли\s+)?(?:итоги|итог|отч[её]т|статистик[аиу]|отзывы|оценки|рейтинги?|цифры)"
    r"(?![а-я])\s*"
)
# A day of a month or a clock time makes it an event ("Итоги конкурса 5 декабря в 15:00").
_EVENT_LIKE = re.compile(
    rf"(?<!\d)\d{{1,2}}\s*{MONTH}|\d{{1,2}}[:.]\d{{2}}|(?<!\d)\d{{1,2}}\.\d{{1,2}}"
)
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?:\s*г(?:ода?|\.)?)?(?!\d)")
_PERIODS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("last_week", re.compile(r"(?:за\s+)?прошл\w*\s+недел\w*")),
    ("week", re.compile(r"(?:за\s+)?(?:эт[уоиа]\w*\s+)?недел[июяе]\w*")),
    ("last_month", re.compile(r"(?:за\s+)?прошл\w*\s+месяц\w*")),
    ("month", re.compile(r"(?:за\s+)?(?:этот\s+|этого\s+)?месяц\w*")),
    ("year", re.compile(r"(?:за\s+)?(?:учебн\w*\s+|эт\w+\s+)?год\w*")),
    ("month_name", re.compile(rf"(?:за\s+|в\s+)?{MONTH}")),
)
_FILLER = re.compile(
    r"(?<![а-яa-z0-9])(?:по|за|для|от|у|о|об|в|партн[её]р\w*|организаци\w*|мероприяти\w*"
    r"|событи\w*|всем|все|всех)(?![а-яa-z0-9])"
)


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What to report on: inclusive dates and, optionally, an organiser's name."""

    start: date
    end: date
    organiser: str | None = None


def parse_report(text: str, today: date) -> ReportRequest | None:
    """The report a message asks for, or None when it is not a report request."""
    line = normalize(text).strip(" ?!.")
    keyword = _KEYWORD.match(line)
    if keyword is None or "\n" in line or len(line) > 120:
        return None
    rest = line[keyword.end() :]
    if _EVENT_LIKE.search(rest):
        return None
    year_match = _YEAR.search(rest)
    year = int(year_match.group(1)) if year_match else None
    if year_match:
        rest = rest[: year_match.start()] + " " + rest[year_match.end() :]
    start, end = school_year(today, year)
    for kind, pattern in _PERIODS:
        found = pattern.search(rest)
        if found is None:
            continue
        start, end = _period(kind, found.group(0), today, year)
        rest = rest[: found.start()] + " " + rest[found.end() :]
        break
    return ReportRequest(start, min(end, today), _as_written(text, _organiser(rest)))


def school_year(today: date, year: int | None = None) -> tuple[date, date]:
    """1 September of the school year that `today` is in (or that begins in `year`)."""
    first_year = year if year is not None else today.year
    if year is None and today.month < SCHOOL_YEAR_START_MONTH:
        first_year -= 1
    first = date(first_year, SCHOOL_YEAR_START_MONTH, 1)
    return first, add_months(first, 12) - timedelta(days=1)


def _period(kind: str, phrase: str, today: date, year: int | None) -> tuple[date, date]:
    if kind == "last_week":
        monday = week_monday(today) - timedelta(days=7)
        return monday, monday + timedelta(days=6)
    if kind == "week":
        monday = week_monday(today)
        return monday, monday + timedelta(days=6)
    if kind == "last_month":
        first = add_months(today.replace(day=1), -1)
        return first, month_end(first)
    if kind == "month":
        first = today.replace(day=1)
        return first, month_end(first)
    if kind == "year":
        return school_year(today, year)
    word = re.sub(r"^(?:за|в)\s+", "", phrase)
    month = month_number(word) or today.month
    first = date(year, month, 1) if year else _latest_begun(month, today)
    return first, month_end(first)


def _latest_begun(month: int, today: date) -> date:
    """The month of the school year as a plan query reads it (calendar.school_year_month),
    a year earlier while it has not begun: reports look back. In January «итоги декабря»
    and «план на декабрь» are the same December."""
    first = school_year_month(month, today)
    while first > today:
        first = first.replace(year=first.year - 1)
    return first


def _as_written(text: str, name: str | None) -> str | None:
    """The name with the capitals the person typed ("кгту" -> "КГТУ")."""
    if name is None:
        return None
    at = normalize(text).find(name)
    return text[at : at + len(name)] if at >= 0 else name


def _organiser(rest: str) -> str | None:
    name = _FILLER.sub(" ", rest)
    name = " ".join(name.replace("«", " ").replace("»", " ").replace('"', " ").split())
    name = name.strip(" ,.:;-–—")
    return name or None

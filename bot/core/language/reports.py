"""Report requests: "итоги ноября", "отзывы по КГТУ", "итоги КГТУ за прошлую неделю".

Reports look back, so a month named without a year is the month of the school year a plan
query reads (calendar.school_year_month), or the same month a year earlier while it has not
begun (in November, "итоги декабря" is last December's), unlike events, which look ahead. Without a
period the report covers the school year so far (from 1 September).

A четверть (or триместр) is the school's own, from its calendar
(`school_calendar.current_calendar()`): «итоги четверти» — the one under way, or the one just
ended during the каникулы; «итоги третьей четверти», «за 3 четверть», «III четверти» — that
one of the school year, the year before while it has not begun; «прошлой четверти» — the
one before. A span «с января по март», «с 11 января по 19 марта», «с 11.01 по 19.03» runs
from the first day or month to the last, its first month read as a lone month is (newcomer
walk 2026-12-03z, Z2: each was «Не нашёл организатора «…»», the span a draft event «Итоги»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.core import school_calendar
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
_TERM = re.compile(
    r"(?:за\s+|в\s+|во\s+)?(?:(эт\w+|текущ\w+|прошл\w+|предыдущ\w+)\s+"
    r"|(\d)(?:\s*-?\s*(?:[йюи]|ю|ей))?\s+|(iv|i{1,3})\s+"
    r"|(перв|втор|трет|четв[её]рт)\w*\s+)?(?:четверт(?:ь|и|ью)|триместр\w*)(?![а-я])"
)
_TERM_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
# «с января по март», «с 11 января по 19 марта», «с 11.01 по 19.03»
_DAY_MONTH = rf"(?:(\d{{1,2}})\s+)?({MONTH})"
_SPAN = re.compile(
    rf"(?:за\s+период\s+)?с\s+(?:{_DAY_MONTH}|(\d{{1,2}})\.(\d{{1,2}}))"
    rf"\s*(?:по|до|-|–|—)\s*(?:{_DAY_MONTH}|(\d{{1,2}})\.(\d{{1,2}}))(?![\d.])"
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
    span = _SPAN.search(rest)
    if span is not None:
        dates = _span(span, today)
        if dates is None:
            return None
        rest = rest[: span.start()] + " " + rest[span.end() :]
        if _EVENT_LIKE.search(rest):
            return None
        return ReportRequest(dates[0], min(dates[1], today), _as_written(text, _organiser(rest)))
    if _EVENT_LIKE.search(rest):
        return None
    term = _TERM.search(rest)
    if term is not None:
        bounds = _term(term, today)
        if bounds is not None:
            rest = rest[: term.start()] + " " + rest[term.end() :]
            return ReportRequest(
                bounds[0], min(bounds[1], today), _as_written(text, _organiser(rest))
            )
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


def _term(found: re.Match[str], today: date) -> tuple[date, date] | None:
    """The school's четверть `found` names, looking back (see the module's docstring); None
    when the calendar has no such one."""
    calendar = school_calendar.current_calendar()
    this_year = calendar.year_of(today)
    terms = list(calendar.year_of(date(this_year.first_year - 1, 9, 1)).terms)
    terms += list(this_year.terms)
    mode, digit, roman, word = found.group(1), found.group(2), found.group(3), found.group(4)
    number = int(digit) if digit else _TERM_ORDINALS.get(roman or (word or "")[:4])
    if number is not None:
        named = [t for t in terms if t.number == number and t.start <= today]
        return (named[-1].start, named[-1].end) if named else None
    begun = [i for i, t in enumerate(terms) if t.start <= today]
    if not begun:
        return None
    index = begun[-1]
    if mode and mode.startswith(("прошл", "предыдущ")) and today <= terms[index].end:
        index -= 1  # within a term «прошлая» is the one before; on каникулы, the one ended
    return (terms[index].start, terms[index].end) if index >= 0 else None


def _span(found: re.Match[str], today: date) -> tuple[date, date] | None:
    """The inclusive dates of «с … по …» (groups: day, month word, day, month number for each
    end), the first month as a lone month in a report is read, the last on or after it;
    None when a day cannot exist."""
    ends: list[date] = []
    for day, word, number_day, number in (found.group(1, 2, 3, 4), found.group(5, 6, 7, 8)):
        month = month_number(word) if word else int(number)
        if month is None or not 1 <= month <= 12:
            return None
        first = _latest_begun(month, today) if not ends else ends[0].replace(day=1, month=month)
        if ends and first < ends[0].replace(day=1):
            first = first.replace(year=first.year + 1)
        given = day or number_day
        try:
            ends.append(first.replace(day=int(given)) if given else first)
        except ValueError:
            return None
        if len(ends) == 2 and not given:
            ends[1] = month_end(first)
    start, end = ends
    return (start, end) if start <= end else None


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

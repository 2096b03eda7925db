"""The year a plan file states in its title rows or sheet name, which dates its yearless
rows (walk p, #5 and #6).

A plan is headed «План мероприятий на 2027 год» or «План на 2026/27 уч. год» (also
«2026-2027 учебный год», a sheet named «2027»): its rows write «15.01», «20.12» without a
year, and that year is the title's, not the one the bot would guess from today. A calendar
year puts every row in it; a school year puts September–December in its first year and
January–August in its second (bot.core.school_calendar: the school year starts on
1 September). Rows of a past year then read as past and are named so by the summary,
never saved into this year unseen.

A title spanning the turn of a year names two years in a row — «на декабрь 2026 – январь
2027 г.», «с декабря 2026 по январь 2027 года» — and states that school year: its December
is the first year's, its January the second's (newcomer walk 2026-12-03aa, Z1: «18.12» was
saved in December 2027, the one year written with «г.» taken for the whole file).

The plan's dates are read as of the first moment of that year (`planning_now`): the parser
puts a yearless day on or after that moment, which is exactly the rule above.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.exports.cells import cell_text

# «2026/27», «2026/2027», «2026–2027 уч. год»: a school year, its second year the next one
_SCHOOL_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*[/–—-]\s*(20\d\d|\d\d)(?!\d)")
# «на 2027 год», «2027 г.», «в 2027 году»: a calendar year
_YEAR = re.compile(r"(?<![\d/–—-])(20\d\d)\s*(?:г\.|г(?![а-яё])|год)", re.IGNORECASE)
_BARE_YEAR = re.compile(r"^\s*(20\d\d)\s*$")
_MONTHS = r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
# «от «01» сентября 2026 г.», «Утверждено 31.08.2026 г.», a cell «"31" августа 2026 г.»
# alone: a full date above a plan after «от» or a word of approval, or alone in its cell,
# is the day the plan was approved or signed, never its year (files66); a title's span
# «с 1 декабря 2026 по 31 мая 2027» keeps its years
_DATE = rf"\d{{1,2}}\s*[»\"]?\s*(?:{_MONTHS}[а-яё]*\s+|[./]\d{{1,2}}[./])20\d\d(?!\d)"
_DATE_TAIL = r"\s*(?:г\.|г(?![а-яё])|года?)?"
_APPROVED = r"(?:от|утвержд[а-яё]*|принят[а-яё]*|согласован[а-яё]*|подписан[а-яё]*)"
# a word of approval, then within its line the signer («Директор МБОУ СОШ № 5 ____ И. И.
# Иванова») or the council («на педагогическом совете, протокол № 1,») before the date
# (files69); «от» takes the date right after it
_SIGNED = r"(?:утвержд[а-яё]*|принят[а-яё]*|согласован[а-яё]*|подписан[а-яё]*)"
_APPROVAL_DATE = re.compile(
    rf"(?<![а-яё]){_APPROVED}\s*:?\s*[«\"]?{_DATE}{_DATE_TAIL}"
    rf"|(?<![а-яё]){_SIGNED}(?![а-яё])[^\n]{{0,120}}?[«\"]?{_DATE}{_DATE_TAIL}"
    rf"|^\s*[«\"]?{_DATE}{_DATE_TAIL}\s*$",
    re.IGNORECASE,
)
# «декабрь 2026», «января 2027»: a month with its year
_MONTH_YEAR = re.compile(rf"(?<![а-яё]){_MONTHS}[а-яё]*\s+(20\d\d)(?!\d)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StatedYear:
    """The year a title states: `first` alone for a calendar year, `school` True for the
    school year `first`/`first + 1`."""

    first: int
    school: bool


def stated_year(texts: Iterable[str]) -> StatedYear | None:
    """The one year the texts (a plan's title rows, its sheet name) state; None when they
    state none, or disagree."""
    found: set[StatedYear] = set()
    for written in texts:
        text = _APPROVAL_DATE.sub(" ", written)
        for m in _SCHOOL_YEAR.finditer(text):
            first, second = int(m[1]), int(m[2])
            if second % 100 == (first + 1) % 100:
                found.add(StatedYear(first, True))
        if not found:
            found.update(_calendar_years(text))
        if (bare := _BARE_YEAR.match(text)) is not None:
            found.add(StatedYear(int(bare[1]), False))
    return found.pop() if len(found) == 1 else None


def _calendar_years(text: str) -> set[StatedYear]:
    """The calendar years `text` states («2027 г.», «январь 2027»), or the school year of two
    years in a row («декабрь 2026 – январь 2027 г.»)."""
    years = {int(m[1]) for pattern in (_YEAR, _MONTH_YEAR) for m in pattern.finditer(text)}
    if len(years) == 2 and max(years) - min(years) == 1:
        return {StatedYear(min(years), True)}
    return {StatedYear(year, False) for year in years}


def caption_year(rows: Iterable[Iterable[object]], name: str | None) -> StatedYear | None:
    """The year stated by the rows above a sheet's header (its title) or its name."""
    texts = [cell_text(c) for row in rows for c in row]
    return stated_year([t for t in (*texts, name or "") if t])


def planning_now(year: StatedYear | None, now: datetime) -> datetime:
    """The moment a plan's yearless dates are read from: 1 January of a calendar year, 1
    September of a school year's first year; `now` itself when no year is stated."""
    if year is None:
        return now
    return datetime(year.first, 9 if year.school else 1, 1)  # noqa: DTZ001 - wall clock

"""The period a plan's caption names — «План мероприятий на январь 2027 г.», «на декабрь
2026 – январь 2027», «на сентябрь–май», «на 2026/2027 учебный год», «на 2027 год» — so that
a row dated outside it («14.12» under «План на январь 2027») is held and named: the row's
date or the caption is wrong, and only the author knows which (files69).

A month is read where a caption states a plan's period: after «на» in the accusative (the
nominative form: «на январь»), or alone in its cell («ДЕКАБРЬ 2026»). «в январе», «от
1 января» are left alone: an approval line («принят на педсовете в августе 2026») is no
period. Two months joined by a dash (or «по») are a run of months, by «и» the two; months
listed with commas («на январь, февраль 2027») state no period this reads. A year
is the caption's own when it states one (title_year.stated_year): its yearless rows are
then in it by construction, and a row the file dates fully in another year is outside.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from bot.core.language.calendar import month_end
from bot.core.language.date_words import MONTH_FORMS
from bot.exports.cells import cell_text
from bot.exports.title_year import stated_year

# the months' nominatives (= inanimate accusatives), January first
_NOMINATIVES: tuple[str, ...] = tuple(MONTH_FORMS[::3])
_MONTH = "(" + "|".join(_NOMINATIVES) + ")"
# a month's year; not the first of a school year's two («декабрь–январь 2026-2027»: the
# months alone then, the rows being in that school year by its caption year)
_YEAR = r"(?:\s+(20\d\d)(?!\d|\s*[/–—-]\s*\d))?(?:\s*(?:г\.|г(?![а-яё])|года?))?"
_MONTHS = rf"{_MONTH}(?![а-яё]){_YEAR}(?:\s*([-–—]|по|и)\s*{_MONTH}(?![а-яё]){_YEAR})?"
# «на январь 2027 г.», «на месяц декабрь» anywhere in a cell; a month alone in its cell
_ON = re.compile(rf"(?<![а-яё])на\s+(?:месяц\s+)?{_MONTHS}", re.IGNORECASE)
_ALONE = re.compile(rf"\s*{_MONTHS}[\s.,:;]*", re.IGNORECASE)
# a comma and one more month after a month phrase: a list («на январь, февраль 2027 г.»),
# not read (its first month alone would hold the others' rows; review69)
_MORE = re.compile(rf"\s*,\s*{_MONTH}(?![а-яё])", re.IGNORECASE)
# «на 2027 год», «на 2027 г.»: a calendar year as a plan's period (a year met elsewhere in a
# caption, «принят в августе 2026», is no period)
_ON_YEAR = re.compile(r"(?<![а-яё])на\s+(20\d\d)\s*(?:г\.|г(?![а-яё])|год)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CaptionPeriod:
    """The days a caption names: `months` (1–12; empty: any) within `first`..`last`
    (inclusive; None: any year), and `written`, the caption's words for it."""

    months: frozenset[int]
    first: date | None
    last: date | None
    written: str

    def holds(self, day: date) -> bool:
        """Whether the local `day` is in the period."""
        if self.months and day.month not in self.months:
            return False
        return (self.first is None or self.first <= day) and (self.last is None or day <= self.last)


def caption_period(rows: Iterable[Sequence[object]]) -> CaptionPeriod | None:
    """The one period the rows above a plan's header (its caption) name: the months of a
    month phrase, else the school year the caption states («на 2026/2027 учебный год»), else
    a calendar year «на 2027 год»; None when it names none, or several different ones."""
    texts = [t for row in rows for cell in row if (t := cell_text(cell))]
    found = {p for text in texts if (p := _month_period(text)) is not None}
    if found:
        return found.pop() if len(found) == 1 else None
    year = stated_year(texts)
    if year is not None and year.school:
        first, last = date(year.first, 9, 1), date(year.first + 1, 8, 31)
        return CaptionPeriod(frozenset(), first, last, f"{year.first}/{year.first + 1} учебный год")
    years = {int(m[1]) for text in texts for m in _ON_YEAR.finditer(text)}
    if len(years) != 1:
        return None
    (only,) = years
    return CaptionPeriod(frozenset(), date(only, 1, 1), date(only, 12, 31), f"{only} год")


def _month_period(text: str) -> CaptionPeriod | None:
    """The months one caption cell names («на январь 2027 г.», «Декабрь» alone), or None."""
    match = _ON.search(text) or _ALONE.fullmatch(text)
    if match is None:
        return None  # a month opening a longer cell («Май – месяц …») states no period
    if _MORE.match(text, match.end()):
        return None  # months listed with commas: not read (_MORE)
    first_name, first_year, joint, last_name, last_year = match.groups()
    first = _NOMINATIVES.index(first_name.casefold()) + 1
    last = first if last_name is None else _NOMINATIVES.index(last_name.casefold()) + 1
    if joint is not None and joint.casefold() == "и":
        months = frozenset({first, last})
    else:  # a run of months, across the new year when it wraps («сентябрь–май»)
        months = frozenset((first - 1 + step) % 12 + 1 for step in range((last - first) % 12 + 1))
    said = max(match.end(g) for g in range(1, 6) if match.group(g) is not None)
    written = " ".join(text[match.start(1) : said].split()).lower()
    if first_year is None and last_year is None:
        return CaptionPeriod(months, None, None, written)
    wraps = last < first
    start_year = int(first_year) if first_year else int(last_year) - wraps
    end_year = int(last_year) if last_year else start_year + wraps
    if end_year < start_year:
        return None
    return CaptionPeriod(
        months, date(start_year, first, 1), month_end(date(end_year, last, 1)), written
    )

"""The period a plan row held for its day names (files74): «март», «февраль–март», «в течение
месяца» under a «ЯНВАРЬ» section row, «II четверть», «в течение полугодия» under «II
полугодие». Such a row is held (`no_day`: the importer has no shape for a run over a whole
period), and it lost the month it named: the line said only «указан только месяц или срок».
files74 kept it as the draft's `period` (models.DayPeriod), the row held for a day; files75
stores a month named alone as what a deputy head means by it — a run all through that month
(all day, 1st to last; bot.core.run_ends.is_through_months), which clashes with nothing
inside it. A term is still held for a day: its days come from the
school calendar, which only the planner has: the row keeps the term and the words
(`term_of`), the planner gives it its days (bot.core.term_columns.term_period).
"""

from __future__ import annotations

import calendar as month_days
import re
from datetime import date, datetime

from bot.core.language import calendar as cal
from bot.core.models import DayPeriod, EventDraft
from bot.core.month_days import through_period
from bot.exports.cells import cell_text
from bot.exports.day_cells import Section, section_year
from bot.exports.period_grid import period_part

_MONTH_WORD = re.compile(cal.MONTH, re.IGNORECASE)
_YEAR = re.compile(r"\b(20\d\d)\b")
# «в течение месяца», «весь месяц», «ежемесячно»: the month of the section the row is under
_THE_MONTH = re.compile(r"месяц|ежемесячно", re.IGNORECASE)
_WEEK = re.compile(r"недел", re.IGNORECASE)
# «в течение года», «в течение учебного года», «на протяжении всего года», «весь учебный
# год» — the whole cell: the school year planned, September to May (its lessons; June to
# August are the summer holidays), files75
_THE_YEAR = re.compile(
    r"(?:в\s+течение|на\s+протяжении)\s+(?:всего\s+)?(?:учебного\s+)?года"
    r"|(?:весь|целый)\s+(?:учебный\s+)?год",
    re.IGNORECASE,
)


def month_period(
    draft: EventDraft, value: object, section: Section | None, now: datetime
) -> EventDraft:
    """A row held `no_day` (no start) whose date cell `value` names month(s) alone, as a run
    all through them (`through_period`; files75 — before, files74 kept them held with the
    months as the draft's `period`): «март» -> 1–31 March of the school year planned (the
    year a month section row would give it, `day_cells.section_year`, or the one written:
    «март 2027»), «февраль–март» -> 1 February – 31 March, «в течение месяца» -> the month
    of its `section` row, «в течение учебного года» -> 1 September – 31 May of the school
    year planned.
    `draft` as it is otherwise (a day, a term, no month named, a day in a partner's plan)."""
    if draft.start is not None or "no_day" not in draft.doubts or draft.period is not None:
        return draft
    if "partner_plan" in draft.doubts:
        return draft  # «по графику БФУ в декабре»: some day of the partner's, not all month
    written = cell_text(value).strip()
    if _WEEK.search(written):
        return draft  # «первая неделя декабря»: a week, not the month (day_cells.week_choices)
    months = [m for w in _MONTH_WORD.findall(written) if (m := cal.month_number(w)) is not None]
    years = [int(y) for y in _YEAR.findall(written)]
    if months:
        first = Section(months[0], years[0] if years else None)
        last = Section(months[-1], years[-1] if years else None)
    elif section is not None and _THE_MONTH.search(written):
        first = last = section
    elif _THE_YEAR.fullmatch(written.strip(" .")):
        first, last = Section(9), Section(5)
    else:
        return draft
    start = date(section_year(first, now), first.month, 1)
    end_year = section_year(last, now)
    end = date(end_year, last.month, month_days.monthrange(end_year, last.month)[1])
    if end < start:
        return draft
    return through_period(draft, DayPeriod(start, end, "month", written=written))


def term_of(value: object) -> tuple[str, int] | None:
    """The part of the school year a date cell names alone («II четверть», «2 полугодие»,
    «в течение I полугодия», «в III четверти») as period_grid.period_part gives it
    (("четверть", 2)); None for any other cell."""
    found = _TERM_ALONE.match(cell_text(value).strip())
    if found is None:
        return None
    number = found["number"] or found["after"]
    kind = found["kind"] or found["kind2"]
    return period_part(f"{number} {_KINDS[kind[:4].casefold()]}")


_KINDS = {"четв": "четверть", "полу": "полугодие", "трим": "триместр"}
_TERM_NUMBER = r"(?:iv|i{1,3}|[1-4])"
_TERM_ALONE = re.compile(
    rf"^(?:в\s+(?:течение\s+)?)?(?:(?P<number>{_TERM_NUMBER})\s*-?\s*(?:я|е|й|ое|ая|ом|ой)?\s*"
    r"(?P<kind>четверт[ьи]|полугоди[еяи]|триместр[ае]?)"
    rf"|(?P<kind2>четверть|полугодие|триместр)\s*(?P<after>{_TERM_NUMBER}))\.?$",
    re.IGNORECASE,
)

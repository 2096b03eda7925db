"""Period columns that hold dates: a plan sheet or Word table «Мероприятие | Классы | I
полугодие | II полугодие» (or «I четверть | … | IV четверть») whose row is one event, its
title in the title column, and whose period cells say when — «15.10», «14 января»,
«октябрь», «в течение полугодия» — rather than writing events out (bot.exports.period_grid).
Such a cell was «не понял дату» for every row (newcomer69, files72).

The day is the cell's and the column's together: a day and a month written without a
year, or a month alone, are of the school year planned (the year a month section row
would give them: `day_cells.section_year`), so «октябрь» under «I полугодие» in December
2026 is October 2026 and «14.01» under «II полугодие» is 14 January 2027. A cell naming no
exact day (a month, «в течение полугодия») is held as the importer holds such a date cell
(`no_day`: «указан только месяц или срок, без числа»): the importer has no shape for a run
over a whole period, so it is asked, never put on the period's first day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime

from bot.core.language import calendar as cal
from bot.exports.cells import cell_text
from bot.exports.day_cells import Section, section_year

# what may follow the day in its cell: its clock («24.12 в 15:00», «24.12, 15:00-16:00»)
_CLOCK_AFTER = r"(\s*,?\s*(?:в\s+|с\s+)?\d{1,2}[:.]\d{2}(?:\s*[-–—]\s*\d{1,2}[:.]\d{2})?)?"
# «15.10», «15/10», «15.10.» — a day and a month, no year
_DAY_MONTH = re.compile(rf"^(\d{{1,2}})\s*[./]\s*(\d{{1,2}})\.?{_CLOCK_AFTER}$")
# «15 октября», «15 окт.» — a day and a month word, no year
_DAY_MONTH_WORD = re.compile(rf"^(\d{{1,2}})\s+({cal.MONTH}){_CLOCK_AFTER}$", re.IGNORECASE)
# «октябрь», «Октябрь.» — a month alone
_MONTH_ALONE = re.compile(rf"^({cal.MONTH})$", re.IGNORECASE)


def title_column(columns: Mapping[str, int], periods: Sequence[int]) -> int | None:
    """The column of the rows' titles in a period grid's header (`columns`: the header's
    matched columns, importer.match_columns), None when it has none or it is a period
    column: then the period cells write their events out."""
    at = columns.get("title")
    return None if at is None or at in periods else at


def dated_cell(text: str, now: datetime) -> str:
    """A period cell's date as a date cell of the school year planned: «15.10» ->
    «15.10.2026», «14 января» -> «14 января 2027», «октябрь» -> «октябрь 2026», a clock
    after the day kept («24.12 в 15:00» -> «24.12.2026 в 15:00») (read from
    `now`, the school's naive wall clock or the caption's planning moment); any other text
    (a year written, a list of days, «в течение полугодия») as it is."""
    written = cell_text(text).strip()
    found = _DAY_MONTH.match(written)
    if found is not None:
        number = int(found[2])
        if not 1 <= number <= 12:
            return written
        return f"{int(found[1]):02d}.{number:02d}.{_year(number, now)}{found[3] or ''}"
    found = _DAY_MONTH_WORD.match(written)
    month = None if found is None else cal.month_number(found[2])
    if found is not None and month is not None:
        return f"{found[1]} {found[2].rstrip('.')} {_year(month, now)}{found[3] or ''}"
    found = _MONTH_ALONE.match(written.rstrip(". "))
    month = None if found is None else cal.month_number(found[1])
    if found is not None and month is not None:
        return f"{written.rstrip('. ')} {_year(month, now)}"
    return written


def _year(month: int, now: datetime) -> int:
    return section_year(Section(month), now)

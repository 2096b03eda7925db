"""Plan tables laid out as a week grid: the days as columns («Пн 14.12 | Вт 15.12 | …» or
«Понедельник | Вторник | …»), the times or lessons as rows («10:00», «15:00–16:00», «1
урок»), the events in the cells. The importer does not read this layout (a cell's day may
be a weekday alone, of a week the file names only in its title, if at all); it recognises
it so that the refusal can say the layout is the problem and which one works, rather than
«no header row» (misc27). Only the shape is looked at: two or more day headings in one of
the first rows and a time-like first column below them.
"""

from __future__ import annotations

import re

from bot.core.language.calendar import MONTH, WEEKDAY
from bot.exports.cells import cell_text
from bot.exports.grids import Grid

HEADING_ROWS = 10  # the day headings are looked for in this many first rows
MIN_DAYS = 2  # day columns a week grid has at least
MAX_HEADING = 40  # characters: a longer cell is an event's text, not a day heading

# «Пн», «понедельник», «Пн 14.12», «14.12 (пн)», «14 декабря», «понедельник, 14 декабря»
_DAY_HEADING = re.compile(
    rf"^(?:{WEEKDAY}[\s,]*)?(?:\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?|\d{{1,2}}\s+{MONTH})?"
    rf"(?:[\s,]*\(?{WEEKDAY}\)?)?$",
    re.IGNORECASE,
)
# «10:00», «10.00», «15:00–16:00», «с 10 до 12», «1 урок», «2-й урок», «3 пара»
_ROW_TIME = re.compile(
    r"^(?:с\s*)?\d{1,2}[:.]\d{2}|^с\s+\d{1,2}\s+до\s+\d{1,2}|^\d{1,2}\s*(?:-?\s*[йя]\s*)?(?:урок|пара)",
    re.IGNORECASE,
)


def looks_like_week_grid(grid: Grid) -> bool:
    """Whether `grid` is laid out as a week grid (see the module doc): a row among the first
    HEADING_ROWS with at least MIN_DAYS day headings, and below it a row whose first filled
    cell, left of the first day column, is a time or a lesson."""
    for index, row in enumerate(grid.rows[:HEADING_ROWS]):
        texts = [cell_text(v) for v in row]
        days = [c for c, t in enumerate(texts) if t and _is_day_heading(t)]
        if len(days) < MIN_DAYS:
            continue
        for below in grid.rows[index + 1 :]:
            left = [cell_text(v) for v in below[: days[0]]]
            first = next((t for t in left if t), "")
            if first and _ROW_TIME.match(first):
                return True
    return False


def _is_day_heading(text: str) -> bool:
    text = " ".join(text.split())
    return (
        len(text) <= MAX_HEADING
        and _DAY_HEADING.match(text) is not None
        and any(ch.isalnum() for ch in text)
    )

"""Plan sheets laid out as a month grid: months as columns («Декабрь | Январь | Февраль»),
one row per activity or per partner, and in the cells the days of that month — day numbers
alone («8, 22») or a day with what happens («12 — Лекция о космосе», «12 – Экскурсия»).

Each day of a cell is one event: the date is the day in the column's month of the school
year being planned (or the year the column writes: «Январь 2027»), as for a month section
row (bot.exports.day_cells.section_day). A bare day number takes the row's activity as its
title; a day with text takes the text, the row's label becoming the organiser when its
column is the partner's («Партнёр», «Организатор»), else a note. The row's other named
columns (time, classes, venue) apply to every day of the row. A cell part that is neither
is reported as the row's unread date; nothing here raises on a cell's contents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.core.language import calendar as cal
from bot.exports.cells import cell_text
from bot.exports.day_cells import Section, bare_day, section_day, section_of

MIN_MONTHS = 2  # a header row with fewer month columns is no month grid
MAX_DAYS_PER_CELL = 31
_DAY_LIST = re.compile(r"^\d{1,2}(?:\s*(?:[,;]|\bи\b)\s*\d{1,2})*\s*\.?$")
_DAY_TEXT = re.compile(r"^(\d{1,2})(?:\s*[-–—:)]|\.(?!\d)|\s+(?=[^\d\s]))\s*(\S.*)$", re.DOTALL)
_MONTH_FIRST = re.compile(rf"^{cal.MONTH}", re.IGNORECASE)  # «30 февраля»: a date, no title
_PARTS = re.compile(r"\s*(?:[\n;]|,(?=\s*\d{1,2}\s*[-–—:)]))\s*")  # «…; 20 – …» «…, 20 — …»


@dataclass(frozen=True, slots=True)
class MonthGrid:
    """Where a month grid's parts are: the 0-based header row, each month column's month,
    the column of the row's label (its activity or partner) and the other fields read per
    row (field name -> column: time, end, audience, venue, organiser)."""

    header: int
    months: Mapping[int, Section]
    label: int
    columns: Mapping[str, int]

    @property
    def label_is_organiser(self) -> bool:
        """Whether the row's label names the partner, not the activity."""
        return self.columns.get("organiser") == self.label


def find_month_grid(
    rows: Sequence[Sequence[object]],
    columns_of: Callable[[Sequence[object]], Mapping[str, int]],
    search_rows: int,
) -> MonthGrid | None:
    """The month grid of a sheet whose first `search_rows` rows hold a row with at least
    MIN_MONTHS cells each naming only a month («Декабрь», «Январь 2027 г.») and a text
    column for the rows' labels; `columns_of(cells)` maps a header row to field columns
    (bot.exports.importer.match_columns). None for any other sheet."""
    for number, cells in enumerate(rows[:search_rows]):
        months = {
            i: found
            for i, cell in enumerate(cells)
            if isinstance(cell, str) and (found := section_of([cell])) is not None
        }
        if len(months) < MIN_MONTHS:
            continue
        named: dict[str, int] = {
            k: v
            for k, v in columns_of(cells).items()
            if v not in months and k not in ("date", "weekday", "status")
        }
        label = named.pop("title", None)
        if label is None:
            label = named.get("organiser")
        if label is None:
            label = next(
                (
                    i
                    for i, cell in enumerate(cells)
                    if i not in months and i not in named.values() and cell_text(cell)
                ),
                None,
            )
        if label is None:
            return None
        return MonthGrid(number, months, label, named)
    return None


@dataclass(frozen=True, slots=True)
class GridEvent:
    """One day of a grid row: the row's fields for the event (bot.exports.cells.draft_of
    names), a note for the description, or `fields` None and `written` the cell part that
    names no day."""

    fields: dict[str, object] | None
    notes: str | None = None
    written: str = ""


def row_events(cells: Sequence[object], grid: MonthGrid, now: datetime) -> list[GridEvent]:
    """The events of one data row, month column by month column ([] for a row with no day
    in any month column: a filler, a heading or an empty row). `now` is the school's naive
    wall-clock time (the school year being planned)."""
    label = cell_text(_cell(cells, grid.label))
    shared = {name: _cell(cells, i) for name, i in grid.columns.items()}
    found: list[GridEvent] = []
    for column, section in sorted(grid.months.items()):
        for day, text, written in _entries(_cell(cells, column)):
            if day is None:
                found.append(GridEvent(None, written=written))
                continue
            when: date | str = section_day(section, day, now)
            fields = {**shared, "date": when, "title": text or label}
            notes = None
            if text and label and not grid.label_is_organiser:
                notes = label
            found.append(GridEvent(fields, notes, written))
    return found


def _cell(cells: Sequence[object], index: int) -> object:
    return cells[index] if index < len(cells) else None


def _entries(value: object) -> list[tuple[int | None, str | None, str]]:
    """(day or None, text or None, as written) for each day a month cell names."""
    if value is None or isinstance(value, bool):
        return []
    if isinstance(value, int | float):
        number = bare_day(value)
        return [(number, None, cell_text(value))]
    text = cell_text(value)
    if not text:
        return []
    entries: list[tuple[int | None, str | None, str]] = []
    for part in (p for p in _PARTS.split(text) if p):
        if _DAY_LIST.match(part):
            entries += [(_day(d), None, part) for d in re.findall(r"\d{1,2}", part)]
        elif (m := _DAY_TEXT.match(part)) is not None and not _MONTH_FIRST.match(m[2]):
            entries.append((_day(m[1]), m[2].strip(), part))
        else:
            entries.append((None, None, part))
    return entries[:MAX_DAYS_PER_CELL]


def _day(digits: str) -> int | None:
    number = int(digits)
    return number if 1 <= number <= 31 else None

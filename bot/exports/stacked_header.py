"""A plan's header drawn on two rows over the year's parts: «Мероприятие | Классы | Сроки
проведения», «Сроки проведения» merged across the columns, and below it «I полугодие | II
полугодие» (or the quarters), the first row's headings merged down (files74). Read as one
header row it made «Сроки проведения» the date column: the first part's column read as
dates, the others dropped («нет даты» for every day of the II half-year) and the second
header row taken for an event row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.exports.cells import cell_text
from bot.exports.grids import Grid
from bot.exports.period_grid import find_period_grid


def stacked_period_header(grid: Grid, header: int) -> Grid | None:
    """`grid` with its two header rows joined, when the row below its header row
    (0-based `header`) names the year's parts (period_grid.find_period_grid) and nothing
    else but the headings above it merged down: the joined header (each column's part,
    else the heading above it) stands on the lower row, so the grid reads as a period grid
    with the upper row's title and classes columns; the upper row is left empty, keeping
    every row's number as the file shows it. None for any other grid."""
    below = header + 1
    if below >= len(grid.rows):
        return None
    upper, lower = grid.rows[header], grid.rows[below]
    periods = find_period_grid([lower], 1)
    if periods is None or _own_text(lower, upper, periods.periods):
        return None
    width = max(len(upper), len(lower))
    joined = [_at(lower, i) if i in periods.periods else _at(upper, i) for i in range(width)]
    blank: list[object] = [None] * len(upper)
    rows: list[list[object]] = [*grid.rows[:header], blank, joined, *grid.rows[below + 1 :]]
    return replace(grid, rows=rows)


def _own_text(lower: Sequence[object], upper: Sequence[object], periods: Sequence[int]) -> bool:
    """Whether the `lower` row has text of its own outside its period columns — neither
    empty nor the heading above it merged down (the readers fill a merged range with its
    text) — so that it is no sub-header."""
    return any(
        cell_text(c) and cell_text(c) != cell_text(_at(upper, i))
        for i, c in enumerate(lower)
        if i not in periods
    )


def _at(cells: Sequence[object], index: int) -> object:
    return cells[index] if index < len(cells) else None

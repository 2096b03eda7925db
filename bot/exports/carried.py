"""Table rows carried over: a row of a plan table whose text goes on in the row below it.

A Word table row that breaks across a page, or a plan turned from PDF into Word or Excel,
leaves the end of a cell in a row of its own: «Концерт хора «Зимние» and below it, alone,
«мотивы»»; «Сидоров А.А.,» and «кл. рук. 8б». Russian writes a new item, a heading or a
note with a capital letter (or a number, a date), so a row with no day and no time whose
every filled cell opens with a small letter or a closing quote or bracket is the row above
going on, never a row of its own (files60) — unless the cell above opens with a small
letter itself (a file written in small letters). Cells that are not text never go on.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from bot.exports.cells import cell_text

_CLOSING = "»”\"')]"
_WHEN = ("date", "time", "end", "weekday")  # a row naming any of these is a row of its own


def goes_on(cells: Sequence[object], columns: Mapping[str, int]) -> bool:
    """Whether `cells` (a row below a plan row; `columns`: field name -> column index of
    the table's header) only carries on the text of the row above: at least one filled
    cell, none of them under a day or time column, each a text opening with a small letter
    or a closing quote/bracket."""
    when = {columns[name] for name in _WHEN if name in columns}
    filled = [(i, c) for i, c in enumerate(cells) if cell_text(c)]
    return bool(filled) and all(
        i not in when and isinstance(c, str) and _opens_small(cell_text(c)) for i, c in filled
    )


def _opens_small(text: str) -> bool:
    return text[0] in _CLOSING or text[0].islower()


def _small_above(cells: Sequence[object], below: Sequence[object]) -> bool:
    """Whether a cell above a filled cell of `below` opens with a small letter itself: a
    file written in small letters («лекция», «экскурсия»), where a small letter says
    nothing of a row going on."""
    return any(
        cell_text(value) and i < len(cells) and cell_text(cells[i])[:1].islower()
        for i, value in enumerate(below)
    )


def carried_over(
    rows: Sequence[Sequence[object]],
    index: int,
    columns: Mapping[str, int],
    skip: Collection[int],
) -> tuple[list[object], list[int]]:
    """Row `index` with the text of the rows below it that go on with it (`goes_on`, none
    of them in `skip`: hidden rows) joined to its cells by a space, and those rows' indices
    (to be passed over). The row as it is and [] when no row goes on."""
    cells = list(rows[index])
    taken: list[int] = []
    below = index + 1
    while (
        below < len(rows)
        and below not in skip
        and goes_on(rows[below], columns)
        and not _small_above(cells, rows[below])
    ):
        for i, value in enumerate(rows[below]):
            text = cell_text(value)
            if not text:
                continue
            cells += [None] * (i + 1 - len(cells))
            above = cell_text(cells[i])
            cells[i] = f"{above} {text}" if above else text
        taken.append(below)
        below += 1
    return cells, taken

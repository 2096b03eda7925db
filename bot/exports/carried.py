"""Table rows carried over: a row of a plan table whose text goes on in the row below it.

A Word table row that breaks across a page, or a plan turned from PDF into Word or Excel,
leaves the end of a cell in a row of its own: «Концерт хора «Зимние» and below it, alone,
«мотивы»»; «Сидоров А.А.,» and «кл. рук. 8б». Russian writes a new item, a heading or a
note with a capital letter (or a number, a date), so a row with no day and no time whose
every filled cell opens with a small letter or a closing quote or bracket is the row above
going on, never a row of its own (files60) — unless the cell above opens with a small
letter itself (a file written in small letters). Cells that are not text never go on.

A cell opening with a kind of event, or with adjectives before one («мастер-класс «Ёлочная
игрушка»», «открытый урок «Память»»), with its quotes and brackets closed is a title of
its own written small — never «по итогам конкурса», a note — not the end of
the one above — unless the cell above is left open (a quote or bracket not closed, a
trailing comma or dash): such a row is held «нет даты» as any dateless row (fixfiles62;
the kinds are the parser's, bot.core.language.post_words.first_kind).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from bot.core.language.post_words import first_kind, first_pos
from bot.exports.cells import cell_text

_CLOSING = "»”\"')]"
_WHEN = ("date", "time", "end", "weekday")  # a row naming any of these is a row of its own
_PAIRS = (("«", "»"), ("(", ")"), ("“", "”"))
_OPEN_END = ",:-–—"  # a cell ending so goes on below


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


def _closed(text: str) -> bool:
    """Whether `text` closes every quote and bracket it opens and does not end mid-phrase
    (a comma, a colon, a dash)."""
    if text.rstrip()[-1:] in tuple(_OPEN_END) or text.count('"') % 2:
        return False
    return all(text.count(a) <= text.count(b) for a, b in _PAIRS)


def _own_title(cells: Sequence[object], below: Sequence[object]) -> bool:
    """Whether a filled cell of `below` is a title of its own: it opens with a kind of
    event (`_opens_with_kind`), closes its quotes and brackets, and the cell above it is
    closed too."""
    for i, value in enumerate(below):
        text = cell_text(value)
        above = cell_text(cells[i]) if i < len(cells) else ""
        if text and _opens_with_kind(text) and _closed(text) and _closed(above or "."):
            return True
    return False


def _opens_with_kind(text: str) -> bool:
    """Whether `text` opens with a kind of event, or with adjectives or participles only
    before one (pymorphy3's likeliest reading): «экскурсия в музей», «открытый урок»."""
    kind = first_kind(text)
    if kind is None:
        return False
    return all(first_pos(w) in _BEFORE_KIND for w in text[: kind.start()].split())


_BEFORE_KIND = frozenset({"ADJF", "PRTF"})


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
        and not _own_title(cells, rows[below])
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

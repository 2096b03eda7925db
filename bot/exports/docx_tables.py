"""Tables of a Word document (.docx) as grids, through python-docx.

Every top-level table becomes a Grid named by its number; python-docx gives a merged
cell's value in every grid position it covers (horizontal gridSpan and vertical vMerge),
which is what a plan whose date spans several event rows needs. The package is checked
by bot.exports.limits before python-docx opens it.
"""

from __future__ import annotations

import io
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from bot.exports.grids import Grid
from bot.exports.limits import Limits, open_package
from bot.exports.problems import FileProblem, ImportFileError

if TYPE_CHECKING:
    from docx.table import Table


def docx_grids(data: bytes, limits: Limits) -> list[Grid]:
    """One Grid per table, in document order; ImportFileError if unusable or too large."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    open_package(data, limits).close()
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(FileProblem.UNREADABLE) from exc
    except Exception as exc:  # lxml errors in a broken part
        raise ImportFileError(FileProblem.UNREADABLE) from exc
    try:
        tables = document.tables
    except Exception as exc:  # a document part without its body (python-docx: AttributeError)
        raise ImportFileError(FileProblem.UNREADABLE) from exc
    if len(tables) > limits.max_sheets:
        raise ImportFileError(FileProblem.SHEET_TOO_LARGE)
    _check_spans(document, limits)
    captions = _captions(document)
    try:
        return [
            replace(_grid(index, table, limits), caption=captions.get(index, ()))
            for index, table in enumerate(tables, start=1)
        ]
    except ImportFileError:
        raise
    except Exception as exc:  # a table python-docx cannot lay out (broken grid, spans)
        raise ImportFileError(FileProblem.UNREADABLE) from exc


CAPTION_LINES = 6  # the last non-empty paragraphs above a table kept as its caption
CAPTION_CHARS = 300  # a longer paragraph is prose, cut


def _captions(document: Any) -> dict[int, tuple[str, ...]]:
    """Per top-level table (1-based, document order, as `document.tables`), the last
    CAPTION_LINES non-empty paragraphs between it and the table before it (or the top of
    the document): a Word plan's caption and approval block are paragraphs, not rows."""
    from docx.oxml.ns import qn

    body = document.element.body
    found: dict[int, tuple[str, ...]] = {}
    lines: list[str] = []
    for child in body.iterchildren() if body is not None else ():
        if child.tag == qn("w:p"):
            text = " ".join("".join(t.text or "" for t in child.iter(qn("w:t"))).split())
            if text:
                lines = [*lines[-(CAPTION_LINES - 1) :], text[:CAPTION_CHARS]]
        elif child.tag == qn("w:tbl"):
            found[len(found) + 1] = tuple(lines)
            lines = []
    return found


def _check_spans(document: Any, limits: Limits) -> None:
    """Refuse a cell spanning more grid columns than a table may have (w:gridSpan, ECMA-376
    Part 1 §17.4.17) before python-docx lays the rows out: it yields the cell once per
    spanned column, so a span of 18446744073709551617 was an endless loop (fuzzing,
    2026-12-02). Such a row is over `max_columns` anyway; a span that is no number is a
    damaged file."""
    from docx.oxml.ns import qn

    body = document.element.body
    for span in body.iter(qn("w:gridSpan")) if body is not None else ():
        value = (span.get(qn("w:val")) or "").strip()
        if not value.isascii() or not value.isdigit():  # «²» is a digit int() refuses
            raise ImportFileError(FileProblem.UNREADABLE)
        # compared as text first: int() refuses more than 4,300 digits (ValueError)
        if len(value.lstrip("0")) > len(str(limits.max_columns)) or int(value) > limits.max_columns:
            raise ImportFileError(FileProblem.SHEET_TOO_LARGE)


def _grid(index: int, table: Table, limits: Limits) -> Grid:
    rows_of = table.rows
    if len(rows_of) > limits.max_sheet_rows:
        raise ImportFileError(FileProblem.SHEET_TOO_LARGE)
    rows: list[list[object]] = []
    for row in rows_of:
        cells = row.cells
        if len(cells) > limits.max_columns:
            raise ImportFileError(FileProblem.SHEET_TOO_LARGE)
        rows.append([cell.text for cell in cells])
    return Grid(index, None, rows)

"""A streaming pass over a spreadsheet's XML before it is read: the sheet's real extent,
merged ranges, formulas without a computed value and struck-through cells.

Readers (python-calamine) give values only; this pass gives what they do not, and refuses
a sheet whose extent (empty rows counted) is over the limits *while* parsing, so a million
empty rows cost milliseconds, not gigabytes. In .xlsx, blank cells (spaces, no value) past
the limits are no extent: the sheet is marked `stray` and read without them (stray.py).
lxml's iterparse runs with entity resolution and network access off; every element is
dropped once seen. Coordinates are 0-based (row, column) in the sheet's own grid. OOXML:
ECMA-376 Part 1 §18.3 (sheetData, c, f, v, mergeCells) and §18.8 (styles: fonts,
cellXfs); ODF 1.2 Part 1 §9.1 (table rows/cells, number-rows-repeated,
number-rows-spanned).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from posixpath import join, normpath
from typing import Any

from lxml import etree

from bot.exports.limits import Limits, read_member
from bot.exports.problems import FileProblem, ImportFileError
from bot.exports.stray import SharedBlanks, holds_data, stray_column

Cell = tuple[int, int]
Span = tuple[Cell, Cell]  # first and last cell, inclusive

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d{1,7})$")


@dataclass
class SheetMarks:
    """What the values alone do not say about one sheet."""

    name: str
    merged: list[Span] = field(default_factory=list)
    formulas: dict[Cell, str] = field(default_factory=dict)  # formulas with no cached value
    struck: set[Cell] = field(default_factory=set)
    # OpenDocument cells with text but no office:value-type (see `ods_text`), which
    # python-calamine reads as empty
    texts: dict[Cell, str] = field(default_factory=dict)
    path: str = ""  # the sheet's part in the package (xlsx)
    # blank cells past the row or column limit (a stray space in A1048576): the part is
    # read only once they are cut (bot.exports.stray.trimmed_package)
    stray: bool = False
    # rows hidden in Excel or LibreOffice (by hand or by a filter), as (first, last) 0-based
    # inclusive ranges: an ods row repeated a million times is one range, not a million rows
    hidden_rows: list[tuple[int, int]] = field(default_factory=list)
    # .xlsx cells whose number format shows a date without its year («ДД.ММ», «Д ММММ»):
    # Excel stored the year it guessed when «12.01» was typed (the current one), which the
    # reader never saw (attack53 #7)
    yearless: set[Cell] = field(default_factory=set)


def _parser_options() -> dict[str, Any]:
    return {"resolve_entities": False, "no_network": True, "huge_tree": False}


def _refuse_sheet() -> ImportFileError:
    return ImportFileError(FileProblem.SHEET_TOO_LARGE)


def cell_ref(ref: str) -> Cell:
    """ "B12" -> (11, 1); raises ValueError for anything else."""
    m = _REF.match(ref.upper())
    if m is None:
        raise ValueError(ref)
    column = 0
    for letter in m[1]:
        column = column * 26 + ord(letter) - 64
    return int(m[2]) - 1, column - 1


# xlsx


def scan_xlsx(package: zipfile.ZipFile, limits: Limits) -> list[SheetMarks]:
    """Marks of every worksheet, in workbook order (the order python-calamine reads)."""
    struck_styles, yearless_styles = _cell_styles(package, limits)
    blanks = SharedBlanks(package, limits)
    sheets = []
    for name, path in _xlsx_sheets(package, limits):
        marks = SheetMarks(name, path=path)
        with package.open(path) as stream:
            styles = _Styles(struck_styles, blanks, yearless_styles)
            _scan_sheet(stream, marks, styles, limits)
        sheets.append(marks)
    return sheets


@dataclass(frozen=True, slots=True)
class _Styles:
    struck: set[int]  # cell formats whose font is struck through
    blanks: SharedBlanks  # which shared strings are whitespace only
    yearless: set[int] = field(default_factory=set)  # formats showing a date but no year


def _xml(package: zipfile.ZipFile, name: str, limits: Limits) -> Any:
    parser = etree.XMLParser(**_parser_options())
    return etree.fromstring(read_member(package, name, limits), parser)


def _xlsx_sheets(package: zipfile.ZipFile, limits: Limits) -> list[tuple[str, str]]:
    workbook = _xml(package, "xl/workbook.xml", limits)
    rels = _xml(package, "xl/_rels/workbook.xml.rels", limits)
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{PKG_REL}Relationship")}
    sheets = []
    for sheet in workbook.iter(f"{MAIN}sheet"):
        target = targets.get(sheet.get(f"{REL}id"), "")
        path = target.lstrip("/") if target.startswith("/") else normpath(join("xl", target))
        if path in package.NameToInfo:
            sheets.append((sheet.get("name", ""), path))
    if len(sheets) > limits.max_sheets:
        raise _refuse_sheet()
    return sheets


def _cell_styles(package: zipfile.ZipFile, limits: Limits) -> tuple[set[int], set[int]]:
    """Indices of cell formats (the `s` attribute): those whose font is struck through,
    and those whose number format shows a date without its year (`yearless_format`)."""
    if "xl/styles.xml" not in package.NameToInfo:
        return set(), set()
    styles = _xml(package, "xl/styles.xml", limits)
    xfs = styles.find(f"{MAIN}cellXfs")
    if xfs is None:
        return set(), set()
    fonts = styles.find(f"{MAIN}fonts")
    struck_fonts = {
        i
        for i, font in enumerate(fonts if fonts is not None else ())
        if font.find(f"{MAIN}strike") is not None
        and font.find(f"{MAIN}strike").get("val", "1") not in ("0", "false")
    }
    codes = {n.get("numFmtId"): n.get("formatCode", "") for n in styles.iter(f"{MAIN}numFmt")}
    struck = {i for i, xf in enumerate(xfs) if int(xf.get("fontId", "0")) in struck_fonts}
    yearless = {
        i
        for i, xf in enumerate(xfs)
        if yearless_format(codes.get(xf.get("numFmtId", "0"), _BUILTIN.get(xf.get("numFmtId"))))
    }
    return struck, yearless


_BUILTIN = {"16": "d-mmm"}  # ECMA-376 §18.8.30: the built-in date format with no year
_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_MINUTES = re.compile(r"h+[^a-z]*m+|m+(?=[^a-z]*s)")  # «hh:mm», «mm:ss»: minutes, no month


def yearless_format(code: str | None) -> bool:
    """Whether an Excel number format shows a day and a month but no year («DD.MM»,
    «d mmmm», «ДД.ММ чч:мм» is stored as «DD.MM hh:mm»); quoted text, escaped letters and
    [colour]/[locale] sections are no codes."""
    if not code:
        return False
    codes = _MINUTES.sub("", _LITERALS.sub("", code).casefold())
    return "d" in codes and "m" in codes and "y" not in codes and "e" not in codes


def _scan_sheet(stream: Any, marks: SheetMarks, styles: _Styles, limits: Limits) -> None:
    """Rows are handled whole at their end (their cells are in the tree by then), so the
    Python work is per row, not per cell: lxml does the parsing in C. At most
    `max_sheet_rows` row elements are read; a row numbered past that many is refused when
    it holds data, and marks the sheet `stray` when it holds only blank cells."""
    rows = number = 0
    tags = ("{*}row", "{*}mergeCell")  # by local name, as python-calamine reads them
    for _, elem in etree.iterparse(stream, events=("end",), tag=tags, **_parser_options()):
        if not elem.tag.startswith(MAIN) or _FOREIGN_CELLS(elem, ns=MAIN[1:-1]):
            raise ImportFileError(FileProblem.UNREADABLE)  # see _FOREIGN_CELLS
        if elem.tag == f"{MAIN}row":
            rows += 1
            number = int(elem.get("r") or number + 1)
            if rows > limits.max_sheet_rows:
                raise _refuse_sheet()
            if number > limits.max_sheet_rows:
                if any(holds_data(c, styles.blanks) for c in elem.iterfind(f"{MAIN}c")):
                    raise _refuse_sheet()
                marks.stray = True
            else:
                _xlsx_row(elem, marks, styles, limits)
                if elem.get("hidden") in ("1", "true"):  # <row hidden="1">: ECMA-376 18.3.1.73
                    marks.hidden_rows.append((number - 1, number - 1))
        else:
            _merge(elem.get("ref", ""), marks, limits)
        _drop(elem)


# A row or cell outside the SpreadsheetML namespace (`<worksheet xmlns="http://other">`,
# `<x:c>` bound elsewhere): this scan would not see it, but python-calamine reads rows and
# cells by their local name, so such a sheet of one cell in XFD1048576 made it allocate
# 512 GiB and abort the process (fuzzing, 2026-12-02). No application writes one: damaged.
_FOREIGN_CELLS = etree.XPath("boolean(*[local-name() = 'c' and namespace-uri() != $ns])")


def _xlsx_row(row: Any, marks: SheetMarks, styles: _Styles, limits: Limits) -> None:
    last = _position(row[-1]) if len(row) and row[-1].get("r") else (0, 0)
    if last[0] >= limits.max_sheet_rows:
        raise _refuse_sheet()
    if last[1] >= limits.max_columns or len(row) > limits.max_columns:
        column = -1
        for cell in row.iterfind(f"{MAIN}c"):  # positions as python-calamine reads them
            column = stray_column(cell.get("r"), column + 1)
            if column < limits.max_columns:
                continue
            if holds_data(cell, styles.blanks):
                raise _refuse_sheet()
            marks.stray = True  # a blank cell far right (XFD2): cut before reading
    struck_styles, yearless_styles = styles.struck, styles.yearless
    for formula in row.iterfind(f"{MAIN}c/{MAIN}f"):
        cell = formula.getparent()
        value = cell.find(f"{MAIN}v")
        if (value is None or not (value.text or "").strip()) and cell.get("r"):
            marks.formulas[_position(cell)] = "=" + (formula.text or "")
    if struck_styles or yearless_styles:
        for cell in row.iterfind(f"{MAIN}c[@s]"):
            style = int(cell.get("s") or 0)
            if style in struck_styles and cell.get("r"):
                marks.struck.add(_position(cell))
            if style in yearless_styles and cell.get("r"):
                marks.yearless.add(_position(cell))


def _position(cell: Any) -> Cell:
    try:
        return cell_ref(cell.get("r", ""))
    except ValueError as exc:
        raise ImportFileError(FileProblem.UNREADABLE) from exc


def _merge(ref: str, marks: SheetMarks, limits: Limits) -> None:
    first, _, last = ref.partition(":")
    try:
        top, bottom = cell_ref(first), cell_ref(last or first)
    except ValueError:
        return
    bottom = (min(bottom[0], limits.max_sheet_rows - 1), min(bottom[1], limits.max_columns - 1))
    if top[0] <= bottom[0] and top[1] <= bottom[1]:
        marks.merged.append((top, bottom))
    if len(marks.merged) > limits.max_cells:
        raise _refuse_sheet()


def _drop(elem: Any) -> None:
    """Free an element and the siblings already seen (iterparse keeps them otherwise)."""
    elem.clear()
    while elem.getprevious() is not None:
        del elem.getparent()[0]


# ods


def scan_ods(package: zipfile.ZipFile, limits: Limits) -> list[SheetMarks]:
    """Marks of every table in content.xml, in document order."""
    sheets: list[SheetMarks] = []
    with package.open("content.xml") as stream:
        for marks in _ods_tables(stream, limits):
            sheets.append(marks)
            if len(sheets) > limits.max_sheets:
                raise _refuse_sheet()
    return sheets


@dataclass
class _OdsCursor:
    marks: SheetMarks
    row: int = 0
    column: int = 0
    row_has_value: bool = False  # a cell of this row holds data
    row_has_blank: bool = False  # a cell of it holds only blanks (spaces, an empty string)
    row_texts: list[tuple[int, str]] = field(default_factory=list)  # this row's untyped texts
    repeat: int = 1  # the current row's number-rows-repeated


def _ods_tables(stream: Any, limits: Limits) -> Iterator[SheetMarks]:
    """Rows are handled whole at their end (cells in a plain loop, no parser event each)."""
    cursor: _OdsCursor | None = None
    cells = (f"{TABLE}table-cell", f"{TABLE}covered-table-cell")
    tags = (f"{TABLE}table", f"{TABLE}table-row")
    spaces = f"{TEXT}s"
    for event, elem in etree.iterparse(
        stream, events=("end", "start-ns"), tag=(*tags, spaces), **_parser_options()
    ):
        if event == "start-ns":
            _check_ods_prefix(*elem)
            continue
        if elem.tag == spaces:  # <text:s text:c="999999999"/>: python-calamine spells it out
            count = elem.get(f"{TEXT}c") or "1"
            if not count.isdigit() or int(count) > limits.max_cell_chars:
                raise ImportFileError(FileProblem.UNPACKED_TOO_LARGE)
            continue
        if cursor is None:
            table = elem if elem.tag == f"{TABLE}table" else next(elem.iterancestors(tags[0]))
            cursor = _OdsCursor(SheetMarks(table.get(f"{TABLE}name", "")))
        if elem.tag == f"{TABLE}table-row":
            cursor.repeat = _count(elem.get(f"{TABLE}number-rows-repeated"))
            if _ODS_SPECIAL(elem):
                for cell in elem:
                    if cell.tag in cells:
                        _ods_cell(cell, cursor, limits)
            else:
                _ods_plain_row(elem, cursor, limits)
            _ods_row(elem, cursor, limits)
        else:
            yield cursor.marks
            cursor = None
            _drop(elem)


_ODS_NS = {"table": TABLE[1:-1], "office": OFFICE[1:-1], "text": TEXT[1:-1]}


def _check_ods_prefix(prefix: str, uri: str) -> None:
    """python-calamine reads content.xml by qualified names («table:table-row»), this scan
    by namespace: a prefix «table», «office» or «text» bound to another namespace would hide
    from the scan what python-calamine reads (a mutated file made it allocate 4 GiB and
    abort the process: fuzzing, 2026-12-02). No application writes one: damaged."""
    if prefix in _ODS_NS and uri != _ODS_NS[prefix]:
        raise ImportFileError(FileProblem.UNREADABLE)


_ODS_SPECIAL = etree.XPath(
    "boolean(*[@table:number-columns-repeated or @table:number-rows-spanned"
    " or @table:number-columns-spanned or @table:formula])",
    namespaces=_ODS_NS,
)
_ODS_VALUED = etree.XPath("boolean(*[@office:value-type or *])", namespaces=_ODS_NS)
_ODS_UNTYPED = etree.XPath(
    "boolean(table:table-cell[not(@office:value-type) and (text:p or text:h)])",
    namespaces=_ODS_NS,
)


def _ods_plain_row(row: Any, cursor: _OdsCursor, limits: Limits) -> None:
    """A row without cell repeats, spans or formulas: its extent is its number of cells.
    Cells past the limits may hold blanks only (see `ods_blank`): the table is then
    `stray`, and those cells are cut before python-calamine reads it."""
    if _ODS_VALUED(row):
        if cursor.row + cursor.repeat > limits.max_sheet_rows:
            if not all(ods_blank(cell, limits) for cell in row):
                raise _refuse_sheet()  # data in a row past the limit
            cursor.marks.stray = cursor.row_has_blank = True
            cursor.column = len(row)
            return
        if len(row) > limits.max_columns:
            if not all(ods_blank(cell, limits) for cell in row[limits.max_columns :]):
                raise _refuse_sheet()
            cursor.marks.stray = True
        cursor.row_has_value = True
        if _ODS_UNTYPED(row):
            for column, cell in enumerate(row):
                _untyped_text(cell, column, cursor, limits)
    cursor.column = len(row)


def _ods_row(elem: Any, cursor: _OdsCursor, limits: Limits) -> None:
    repeat = cursor.repeat
    if cursor.row + repeat > limits.max_sheet_rows:
        if cursor.row_has_value:
            raise _refuse_sheet()  # rows with data (or empty ones before them) past the limit
        if cursor.row_has_blank:
            cursor.marks.stray = True  # blanks only: cut before reading (stray.trimmed_ods)
    for row in range(cursor.row, cursor.row + repeat if cursor.row_texts else 0):
        cursor.marks.texts.update(((row, column), text) for column, text in cursor.row_texts)
    if elem.get(f"{TABLE}visibility") in ("collapsed", "filter"):  # ODF 1.2, 19.749
        cursor.marks.hidden_rows.append((cursor.row, cursor.row + repeat - 1))
    cursor.row += repeat
    cursor.column = 0
    cursor.row_has_value = False
    cursor.row_has_blank = False
    cursor.row_texts = []
    _drop(elem)


def _ods_cell(elem: Any, cursor: _OdsCursor, limits: Limits) -> None:
    repeat = _count(elem.get(f"{TABLE}number-columns-repeated"))
    typed = elem.get(f"{OFFICE}value-type") is not None
    formula = elem.get(f"{TABLE}formula")
    has_value = typed or formula is not None or len(elem) > 0
    here = (cursor.row, cursor.column)
    outside = cursor.column + repeat > limits.max_columns
    spills = outside or cursor.row + cursor.repeat > limits.max_sheet_rows
    if has_value and spills and ods_blank(elem, limits):  # a space far outside the data
        has_value = False  # no extent: cut before reading (stray.trimmed_ods)
        cursor.marks.stray = cursor.row_has_blank = True
    if has_value:
        cursor.row_has_value = True
        if outside:
            raise _refuse_sheet()
        if formula is not None and not typed:
            marks_formula = formula.split(":", 1)[1] if formula.startswith("of:") else formula
            cursor.marks.formulas[here] = marks_formula
        elif formula is None:
            _untyped_text(elem, cursor.column, cursor, limits, repeat)
    rows = _count(elem.get(f"{TABLE}number-rows-spanned"))
    columns = _count(elem.get(f"{TABLE}number-columns-spanned"))
    if rows > 1 or columns > 1:
        last = (
            min(cursor.row + rows, limits.max_sheet_rows) - 1,
            min(cursor.column + columns, limits.max_columns) - 1,
        )
        cursor.marks.merged.append((here, last))
        if len(cursor.marks.merged) > limits.max_cells:
            raise _refuse_sheet()
    cursor.column += repeat


def _count(value: str | None) -> int:
    """A repeat or span count (ODF: a positive integer); 1 when absent. A count that is no
    whole number makes the file unreadable."""
    if not value:
        return 1
    if not value.strip().isdigit():
        raise ImportFileError(FileProblem.UNREADABLE)
    return int(value)


_BLANK_TYPES = frozenset({None, "string"})


def ods_blank(cell: Any, limits: Limits) -> bool:
    """Whether an OpenDocument cell holds no data though it has a value type or content: a
    string of spaces (a stray space typed far below the plan), an empty string, a comment
    alone. A number, date, boolean or formula is data, even zero."""
    if cell.get(f"{TABLE}formula") is not None:
        return False
    if cell.get(f"{OFFICE}value-type") not in _BLANK_TYPES:
        return False
    if (cell.get(f"{OFFICE}string-value") or "").strip():
        return False
    return not ods_text(cell, limits.max_cell_chars + 1).strip()


def _untyped_text(
    cell: Any, column: int, cursor: _OdsCursor, limits: Limits, repeat: int = 1
) -> None:
    """Keep the text of a cell without office:value-type (nor formula) for `repeat` columns
    from `column` of the current row."""
    if cell.tag != f"{TABLE}table-cell" or cell.get(f"{OFFICE}value-type") is not None:
        return
    if cell.get(f"{TABLE}formula") is not None:
        return
    text = ods_text(cell, limits.max_cell_chars + 1)
    if text.strip():
        cursor.row_texts.extend((c, text) for c in range(column, column + repeat))


def ods_text(cell: Any, limit: int) -> str:
    """The text of an OpenDocument cell: its paragraphs (text:p, text:h) one per line, with
    text:s (c spaces), text:tab and text:line-break spelled out and spans read through;
    at most `limit` characters. A cell without office:value-type has no value, but its
    paragraphs are what it shows (ODF 1.2 Part 1 §19.385, §9.1.4): simple generators (odfpy
    scripts, some web exports) write text cells so, and python-calamine reads them as
    empty (adversarial walk 2026-12-02p, #20)."""
    out = _Text(limit)
    for number, paragraph in enumerate(cell.iterchildren(f"{TEXT}p", f"{TEXT}h")):
        if number:
            out.add("\n")
        out.inline(paragraph)
        if out.full:
            break
    return "".join(out.parts)[:limit]


_SKIPPED_INLINE = frozenset({f"{TEXT}note", f"{OFFICE}annotation"})


class _Text:
    """Characters of a cell's paragraphs gathered up to a limit."""

    def __init__(self, limit: int) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.limit = limit

    @property
    def full(self) -> bool:
        return self.size > self.limit

    def add(self, text: str) -> None:
        if text and not self.full:
            self.parts.append(text)
            self.size += len(text)

    def inline(self, elem: Any) -> None:
        self.add(elem.text or "")
        for child in elem:
            if self.full:
                return
            if child.tag == f"{TEXT}s":
                count = child.get(f"{TEXT}c") or "1"
                self.add(" " * min(int(count) if count.isdigit() else 1, self.limit))
            elif child.tag == f"{TEXT}tab":
                self.add("\t")
            elif child.tag == f"{TEXT}line-break":
                self.add("\n")
            elif child.tag not in _SKIPPED_INLINE:
                self.inline(child)
            self.add(child.tail or "")

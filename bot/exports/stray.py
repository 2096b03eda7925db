"""Blank cells far outside a sheet's data: a stray space in A1048576 or XFD2.

A cell holding only spaces (or nothing: a styled cell) is no data, but python-calamine
reads a sheet as the dense rectangle from A1 to its farthest valued cell, so one space in
the sheet's last row is a million rows of 5 columns (~0.6 s and ~170 MiB), and one in
XFD1048576 would be 17 billion cells. Adversarial walk 2026-12-02p, #19: the whole file was
refused as «больше 10 000 строк». The pre-scan (bot.exports.scan) tells such blank cells
from data (`holds_data`) and refuses only data past the limits; the sheets that had blank
cells past them are rewritten without those cells (`trimmed_package`) before python-calamine
reads them, row by row, never as a whole tree. OOXML: ECMA-376 Part 1 §18.3.1.4 (c: its
`t` type, v, is, f), §18.4 (the shared string table).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from lxml import etree

from bot.exports.limits import Limits, read_member

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
SHARED_STRINGS = "xl/sharedStrings.xml"


def _parser_options() -> dict[str, Any]:
    return {"resolve_entities": False, "no_network": True, "huge_tree": False}


class SharedBlanks:
    """Which entries of a workbook's shared string table hold only whitespace; the table is
    read (streamed, an entry at a time) only when a blank test needs it."""

    def __init__(self, package: zipfile.ZipFile, limits: Limits) -> None:
        self._package = package
        self._limits = limits
        self._blank: set[int] | None = None
        self._count = 0

    def is_blank(self, index: int) -> bool:
        """Whether shared string `index` is whitespace only; a missing entry is no data
        either (python-calamine reads it as empty)."""
        if self._blank is None:
            self._blank = self._read()
        return index in self._blank or not 0 <= index < self._count

    def _read(self) -> set[int]:
        path = _shared_strings_path(self._package, self._limits)
        blank: set[int] = set()
        if path is None:
            return blank
        with self._package.open(path) as stream:
            tags = f"{MAIN}si"
            for _, elem in etree.iterparse(stream, events=("end",), tag=tags, **_parser_options()):
                if not "".join(elem.itertext()).strip():
                    blank.add(self._count)
                self._count += 1
                _forget(elem)
        return blank


def _shared_strings_path(package: zipfile.ZipFile, limits: Limits) -> str | None:
    """The shared string table's part: as the workbook's relationships name it, else the
    usual xl/sharedStrings.xml; None when the workbook has none."""
    rels_path = "xl/_rels/workbook.xml.rels"
    if rels_path in package.NameToInfo:
        parser = etree.XMLParser(**_parser_options())
        rels = etree.fromstring(read_member(package, rels_path, limits), parser)
        for rel in rels.iter(f"{PKG_REL}Relationship"):
            if rel.get("Type", "").endswith("/sharedStrings"):
                target = rel.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                if path in package.NameToInfo:
                    return path
    return SHARED_STRINGS if SHARED_STRINGS in package.NameToInfo else None


def holds_data(cell: Any, blanks: SharedBlanks) -> bool:
    """Whether an OOXML cell (`c` element) holds data: a formula, a number, a boolean, an
    error, a date, or text other than whitespace (inline, a formula's string, or a shared
    string). A styled cell without a value, or a string of spaces, holds none."""
    if cell.find(f"{MAIN}f") is not None:
        return True
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(f"{MAIN}is")
        return inline is not None and bool("".join(inline.itertext()).strip())
    value = cell.find(f"{MAIN}v")
    text = (value.text or "").strip() if value is not None else ""
    if not text:
        return False
    if kind == "s":
        return not (text.isdigit() and blanks.is_blank(int(text)))
    return True


def trimmed_package(data: bytes, sheets: dict[str, int], limits: Limits) -> bytes:
    """The package `data` with each sheet part of `sheets` (path -> the number of rows
    kept) rewritten without the rows past that number and the cells past
    `limits.max_columns`; the scan has checked that none of them holds data. Other parts
    are copied as they are (stored, not recompressed)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target,
    ):
        for info in source.infolist():
            if info.filename in sheets:
                with source.open(info) as stream:
                    body = _trimmed_sheet(stream, sheets[info.filename], limits.max_columns)
            else:
                body = source.read(info)
            target.writestr(info.filename, body)
    return out.getvalue()


def _trimmed_sheet(stream: Any, max_rows: int, max_columns: int) -> bytes:
    """A worksheet part streamed into a new one: every element as it was, except the rows
    numbered past `max_rows` and the cells past `max_columns` columns (0-based positions by
    their `r`, or after the previous cell when they have none, §18.3.1.4)."""
    out = io.BytesIO()
    sheet_data = f"{MAIN}sheetData"
    with etree.xmlfile(out, encoding="UTF-8") as xf:
        xf.write_declaration(standalone=True)
        opened: list[Any] = []
        depth = 0
        row_number = 0
        events = ("start", "end")
        for event, elem in etree.iterparse(stream, events=events, **_parser_options()):
            if event == "start":
                depth += 1
                if depth == 1 or (depth == 2 and elem.tag == sheet_data):
                    attrib = dict(elem.attrib)
                    writer = xf.element(elem.tag, attrib, nsmap=elem.nsmap if depth == 1 else None)
                    writer.__enter__()
                    opened.append(writer)
                continue
            level, depth = depth, depth - 1
            if level == 3 and elem.getparent().tag == sheet_data:
                row_number = _row_number(elem, row_number)
                if row_number <= max_rows:
                    _trim_cells(elem, max_columns)
                    xf.write(elem)
                _forget(elem)
            elif level == 2 and elem.tag != sheet_data:
                xf.write(elem)
                _forget(elem)
            elif level <= 2:
                opened.pop().__exit__(None, None, None)
    return out.getvalue()


def _row_number(row: Any, previous: int) -> int:
    """A row's 1-based number: its `r`, else the one after the previous row."""
    number = row.get("r")
    return int(number) if number and number.isdigit() else previous + 1


def _trim_cells(row: Any, max_columns: int) -> None:
    column = -1
    for cell in list(row.iterchildren(f"{MAIN}c")):
        column = stray_column(cell.get("r"), column + 1)
        if column >= max_columns:
            row.remove(cell)


def stray_column(ref: str | None, default: int) -> int:
    """The 0-based column of a cell reference ("XFD2" -> 16383); `default` without one."""
    if not ref:
        return default
    column = 0
    for char in ref.upper():
        if not "A" <= char <= "Z":
            break
        column = column * 26 + ord(char) - 64
    return column - 1 if column else default


def _forget(elem: Any) -> None:
    """Free an element written out, and the siblings before it."""
    elem.clear()
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


# OpenDocument: the same cut in content.xml (ODF 1.2 Part 1 §9.1: table:table-row and its
# table:number-rows-repeated, table:table-cell and table:number-columns-repeated; rows may
# sit in header-rows, rows and row-group elements)

ODS_CONTENT = "content.xml"
# the elements streamed through (opened and closed around what they hold); every other
# element is copied whole once parsed
_ODS_CONTAINERS = frozenset(
    {
        f"{OFFICE}document-content",
        f"{OFFICE}body",
        f"{OFFICE}spreadsheet",
        f"{TABLE}table",
        f"{TABLE}table-header-rows",
        f"{TABLE}table-rows",
        f"{TABLE}table-row-group",
    }
)
_ODS_CELLS = (f"{TABLE}table-cell", f"{TABLE}covered-table-cell")


def trimmed_ods(data: bytes, limits: Limits) -> bytes:
    """The OpenDocument package `data` with every table cut to `limits.max_sheet_rows` rows
    and `limits.max_columns` columns: a row (or a cell) that reaches past the limit, its
    repeats counted, is left out. The scan (bot.exports.scan.scan_ods) has checked that none
    of them holds data (`ods_blank`), so the cut changes nothing python-calamine would show
    inside the limits; it only stops a stray space in row 1,048,576 from making the sheet a
    million rows. Other parts are copied as they are."""
    return _rewritten(data, ODS_CONTENT, lambda stream: _trimmed_content(stream, limits))


def _rewritten(data: bytes, name: str, rewrite: Any) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target,
    ):
        for info in source.infolist():
            if info.filename == name:
                with source.open(info) as stream:
                    body = rewrite(stream)
            else:
                body = source.read(info)
            target.writestr(info.filename, body)
    return out.getvalue()


def _trimmed_content(stream: Any, limits: Limits) -> bytes:
    """content.xml streamed into a new one: containers opened and closed as met, every other
    element written whole at its end, except rows and cells past the limits."""
    out = io.BytesIO()
    with etree.xmlfile(out, encoding="UTF-8") as xf:
        xf.write_declaration()
        # per open element: its writer when it is a streamed container, "leaf" for an
        # element written whole, None inside one
        stack: list[Any] = []
        row = 0  # the next row's 0-based position in the current table
        for event, elem in etree.iterparse(stream, events=("start", "end"), **_parser_options()):
            if event == "start":
                parent = stack[-1] if stack else "root"
                if parent is None or parent == "leaf":
                    stack.append(None)
                elif elem.tag in _ODS_CONTAINERS:
                    if elem.tag == f"{TABLE}table":
                        row = 0
                    nsmap = elem.nsmap if not stack else None
                    writer = xf.element(elem.tag, dict(elem.attrib), nsmap=nsmap)
                    writer.__enter__()
                    stack.append(writer)
                else:
                    stack.append("leaf")
                continue
            top = stack.pop()
            if top is None:
                continue
            if top != "leaf":
                top.__exit__(None, None, None)
                _forget(elem)
                continue
            if elem.tag == f"{TABLE}table-row":
                repeat = _ods_count(elem.get(f"{TABLE}number-rows-repeated"))
                if row + repeat <= limits.max_sheet_rows:
                    _trim_ods_cells(elem, limits.max_columns)
                    xf.write(elem)
                row += repeat
            else:
                xf.write(elem)
            _forget(elem)
    return out.getvalue()


def _trim_ods_cells(row: Any, max_columns: int) -> None:
    column = 0
    for cell in list(row):
        if cell.tag not in _ODS_CELLS:
            continue
        repeat = _ods_count(cell.get(f"{TABLE}number-columns-repeated"))
        if column + repeat > max_columns:
            row.remove(cell)
        column += repeat


def _ods_count(value: str | None) -> int:
    return int(value) if value else 1

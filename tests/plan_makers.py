"""Plan files as people make them, generated with the writers the formats' own tools use
(openpyxl, odfpy, python-docx) — no binary blobs in the repository."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime

from docx import Document
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P
from openpyxl import Workbook
from openpyxl.styles import PatternFill

Cell = object


def xlsx(
    sheets: dict[str, Sequence[Sequence[Cell]]],
    merged: dict[str, list[str]] | None = None,
    hidden_rows: dict[str, Collection[int]] | None = None,
    fills: dict[str, Collection[str]] | None = None,
) -> bytes:
    """A workbook with one sheet per entry; `merged` names ranges ("A3:A5") per sheet,
    `hidden_rows` the rows (numbered as Excel shows them) hidden per sheet, `fills` the
    cells ("F4") highlighted yellow per sheet, as a school marks a row by colour alone."""
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        for ref in (merged or {}).get(name, []):
            ws.merge_cells(ref)
        for number in (hidden_rows or {}).get(name, ()):
            ws.row_dimensions[number].hidden = True
        for ref in (fills or {}).get(name, ()):
            ws[ref].fill = PatternFill(fill_type="solid", start_color="FFFFFF00")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def rewrite_member(data: bytes, name: str, edit: object) -> bytes:
    """The same zip with one member's bytes passed through `edit` (a bytes -> bytes call)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == name:
                body = edit(body)  # type: ignore[operator]
            zout.writestr(info.filename, body)
    return out.getvalue()


def wps_dimension(data: bytes, sheet: str = "xl/worksheets/sheet1.xml") -> bytes:
    """What WPS and other generators write: `<dimension ref="A1"/>` whatever the extent."""
    return rewrite_member(
        data,
        sheet,
        lambda body: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', body),
    )


def ods(
    tables: dict[str, Sequence[Sequence[Cell]]],
    hidden_rows: dict[str, Mapping[int, str]] | None = None,
) -> bytes:
    """An .ods file; a cell value ("span", n, value) spans n rows (later rows: None there);
    `hidden_rows` gives rows (numbered from 1) a table:visibility per table ("collapsed":
    hidden by hand, "filter": by a filter)."""
    doc = OpenDocumentSpreadsheet()
    for name, rows in tables.items():
        table = Table(name=name)
        covered: dict[int, int] = {}
        hidden = (hidden_rows or {}).get(name, {})
        for number, row in enumerate(rows, start=1):
            tr = TableRow(visibility=hidden[number]) if number in hidden else TableRow()
            for column, value in enumerate(row):
                if covered.get(column, 0) > 0:
                    covered[column] -= 1
                    tr.addElement(CoveredTableCell())
                    continue
                tr.addElement(_ods_cell(value, covered, column))
            table.addElement(tr)
        table.addElement(TableRow(numberrowsrepeated=1_048_000))  # LibreOffice's filler
        doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


def _ods_cell(value: Cell, covered: dict[int, int], column: int) -> TableCell:
    extra: dict[str, object] = {}
    if isinstance(value, tuple) and value[0] == "span":
        extra["numberrowsspanned"] = value[1]
        covered[column] = value[1] - 1
        value = value[2]
    if isinstance(value, tuple) and value[0] == "formula":
        return TableCell(formula=value[1], **extra)
    if value is None:
        return TableCell(**extra)
    if isinstance(value, datetime):
        cell = TableCell(valuetype="date", datevalue=value.strftime("%Y-%m-%dT%H:%M:%S"), **extra)
    elif isinstance(value, date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat(), **extra)
    elif isinstance(value, int | float):
        cell = TableCell(valuetype="float", value=value, **extra)
    else:
        cell = TableCell(valuetype="string", **extra)
    cell.addElement(P(text=str(value)))
    return cell


def docx(
    tables: Sequence[Sequence[Sequence[str]]],
    *,
    above: Sequence[str] = ("УТВЕРЖДАЮ", "Директор МАОУ СОШ № 7", "План мероприятий"),
    merges: Sequence[tuple[int, int, int, int, int]] = (),
) -> bytes:
    """A Word document: paragraphs `above`, then the tables; `merges` are
    (table, row1, col1, row2, col2) ranges merged the way Word merges them."""
    document = Document()
    for line in above:
        document.add_paragraph(line)
    made = []
    for rows in tables:
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text:
                    table.cell(r, c).text = text
        made.append(table)
        document.add_paragraph("")
    for t, r1, c1, r2, c2 in merges:
        made[t].cell(r1, c1).merge(made[t].cell(r2, c2))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()

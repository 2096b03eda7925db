"""The plan as an OpenDocument spreadsheet (.ods, LibreOffice's own format), through odfpy.

One sheet "План" with the same columns and values as the xlsx export (dates as date cells,
everything else as text or numbers), so the file reads back through the importer. Styling
(fills, widths) is left to LibreOffice; cancelled events follow the xlsx rules.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from bot.core.text import clean_text
from bot.exports.model import PlanRow, active
from bot.exports.texts import Labels, load_labels
from bot.exports.xlsx import PLAN_COLUMNS, CellValue, plan_values


def plan_to_ods(
    rows: Sequence[PlanRow],
    tz: ZoneInfo,
    *,
    labels: Labels | None = None,
    include_cancelled: bool = False,
) -> bytes:
    """The .ods file as bytes; cancelled events only with `include_cancelled` (plus a
    status column saying so)."""
    labels = labels or load_labels()
    if not include_cancelled:
        rows = active(rows)
    columns = PLAN_COLUMNS + (("status",) if include_cancelled else ())
    doc = OpenDocumentSpreadsheet()
    sheet = Table(name=labels.text("sheets", "plan"))
    sheet.addElement(_row([labels.text("plan_columns", c) for c in columns]))
    for row in rows:
        values = plan_values(row, tz, labels)
        if include_cancelled:
            values.append(labels.text("status", "cancelled") if row.cancelled else None)
        sheet.addElement(_row(values))
    doc.spreadsheet.addElement(sheet)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


def _row(values: Sequence[CellValue]) -> TableRow:
    row = TableRow()
    for value in values:
        row.addElement(_cell(value))
    return row


def _cell(value: CellValue) -> TableCell:
    if value is None:
        return TableCell()
    if isinstance(value, date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat())
        shown = value.strftime("%d.%m.%Y")
    elif isinstance(value, int | float):
        cell = TableCell(valuetype="float", value=value)
        shown = str(value)
    else:
        shown = clean_text(value)
        cell = TableCell(valuetype="string")
    for line in shown.split("\n"):
        cell.addElement(P(text=line))
    return cell

"""The plan as an Excel workbook: sheet "План" (one row per event) and "Партнёры" (summary).

Clashing rows are filled in a warning colour and name their clashes; a column names what the
school calendar says (day off, vacation, lessons), in its own colour; text that a spreadsheet
could take for a formula (= + - @, or a leading tab: OWASP «CSV Injection») is stored as a
text cell with Excel's quote prefix, so that neither opening the file nor editing the cell
makes it live, and control characters (which openpyxl refuses) are dropped. Cancelled
events are left out unless asked for; then they are struck through and a "Статус" column
says «отменено», so an import never brings them back.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from bot.core.models import Event
from bot.core.reports import figures
from bot.core.text import clean_text
from bot.exports.model import PlanRow, active
from bot.exports.texts import (
    Labels,
    audience_text,
    calendar_text,
    clash_text,
    load_labels,
    text_zone_note,
    time_text,
    weekday_name,
)

CLASH_FILL = PatternFill(fill_type="solid", start_color="FFFFC7CE", end_color="FFFFC7CE")
CALENDAR_FILL = PatternFill(fill_type="solid", start_color="FFFFEB9C", end_color="FFFFEB9C")
CANCELLED_FONT = Font(strike=True, color="FF808080")
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
DATE_FORMAT = "DD.MM.YYYY"
RATING_FORMAT = "0.0"
# what makes a spreadsheet read a typed text as a formula (OWASP «CSV Injection»: = + - @,
# tab and carriage return; a carriage return never reaches a cell: bot.core.text.clean_text)
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
MIN_WIDTH, MAX_WIDTH = 6, 60
PLAN_COLUMNS = (
    "date",
    "weekday",
    "time",
    "title",
    "organiser",
    "audience",
    "venue",
    "signups",
    "rating",
    "clashes",
    "school_calendar",
    "agreed",  # the curator's agreement (walk t, #16): its day, or «ждёт согласования»
    "description",
)
# «Ответили», «Были», NPS: the chat's «итоги» per organiser (bot.core.reports.figures)
PARTNER_COLUMNS = (
    "organiser",
    "events",
    "clashing",
    "signups",
    "rating",
    "responses",
    "attended",
    "nps",
)

CellValue = str | int | float | date | None


def plan_to_xlsx(
    rows: Sequence[PlanRow],
    tz: ZoneInfo,
    *,
    labels: Labels | None = None,
    include_cancelled: bool = False,
) -> bytes:
    """The workbook as bytes, ready to be sent as a document or written to a file.

    Cancelled events are left out unless `include_cancelled` (then a status column is added).
    """
    labels = labels or load_labels()
    if not include_cancelled:
        rows = active(rows)
    wb = Workbook()
    plan = wb.active
    assert plan is not None
    plan.title = labels.text("sheets", "plan")
    _fill_plan(plan, rows, tz, labels, with_status=include_cancelled)
    _fill_partners(wb.create_sheet(labels.text("sheets", "partners")), rows, labels)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _fill_plan(
    ws: Worksheet, rows: Sequence[PlanRow], tz: ZoneInfo, labels: Labels, *, with_status: bool
) -> None:
    columns = PLAN_COLUMNS + (("status",) if with_status else ())
    whole = _whole_polls(rows)
    _header(
        ws,
        [
            labels.text("whole_poll_columns", c)
            if whole and c == "rating"
            else labels.text("plan_columns", c)
            for c in columns
        ],
    )
    for number, row in enumerate(rows, start=2):
        values = plan_values(row, tz, labels)
        if with_status:
            values.append(labels.text("status", "cancelled") if row.cancelled else None)
        cells = _write_row(ws, number, values)
        _style_plan_row(cells, row)
    wrapped = ("clashes", "school_calendar", "description")
    _finish(ws, wrap_columns={PLAN_COLUMNS.index(c) + 1 for c in wrapped})


def plan_values(row: PlanRow, tz: ZoneInfo, labels: Labels) -> list[CellValue]:
    """One plan row's cells in the sheet's column order: day, weekday, time (school local, from
    `tz`), title, organiser, classes, place, sign-ups, rating, clashes, calendar warnings and the
    rest, texts from `labels`."""
    event = row.event
    day = event.start.astimezone(tz).date()
    return [
        day,
        weekday_name(labels, day),
        time_text(labels, event.start, event.end, event.all_day, event.end_given, tz),
        event.title,
        row.organiser,
        audience_text(labels, event.audience),
        event.venue,
        row.signups,
        row.rating,
        clash_text(labels, row.clashes, tz) or None,
        calendar_text(labels, row.calendar) or None,
        agreed_cell(labels, event, tz) if row.agreement_shown else None,
        description_text(labels, row, tz),
    ]


def agreed_cell(labels: Labels, event: Event, tz: ZoneInfo) -> CellValue:
    """The «Согласовано» cell: the school-local day the curator agreed `event`, or the
    waiting label (walk 2026-12-02t, #16)."""
    if event.agreed_at is None:
        return labels.text("agreement", "waiting")
    return event.agreed_at.astimezone(tz).date()


def description_text(labels: Labels, row: PlanRow, tz: ZoneInfo | None = None) -> str | None:
    """The event's text as sent, marked as written before a move when the event has been
    moved since (its day or time there is the old one), and as written on another clock
    when its writer's zone is not the plan's `tz` (texts.text_zone_note)."""
    text = row.event.details.description
    note = text_zone_note(labels, row.event, tz) if text and tz is not None else None
    if text and note:
        text = f"{note}\n{text}"
    if text and row.text_before_move:
        return labels.text("plan_cells", "description_before_move", text=text)
    return text


def _style_plan_row(cells: list[Cell], row: PlanRow) -> None:
    cells[0].number_format = DATE_FORMAT
    if row.agreement_shown and row.event.agreed_at is not None:
        cells[PLAN_COLUMNS.index("agreed")].number_format = DATE_FORMAT
    cells[PLAN_COLUMNS.index("rating")].number_format = RATING_FORMAT
    for cell in cells:
        cell.alignment = TOP
        if row.has_clash:
            cell.fill = CLASH_FILL
        if row.cancelled:
            cell.font = CANCELLED_FONT
    if row.calendar:
        cells[PLAN_COLUMNS.index("school_calendar")].fill = CALENDAR_FILL


@dataclass
class _PartnerTotals:
    events: int = 0
    clashing: int = 0
    signups: int | None = None
    rating_sum: float = 0.0
    rated: int = 0

    shown: list[PlanRow] = field(default_factory=list)  # rows whose figures are shown

    def add(self, row: PlanRow) -> None:
        self.events += 1
        self.clashing += row.has_clash
        if row.signups is not None:
            self.signups = (self.signups or 0) + row.signups
            self.shown.append(row)
        if row.rating is not None:
            self.rating_sum += row.rating
            self.rated += 1

    @property
    def rating(self) -> float | None:
        return round(self.rating_sum / self.rated, 2) if self.rated else None

    def poll(self) -> list[CellValue]:
        """«Ответили», «Были», NPS of the shown rows, as «итоги» counts them (students'
        answers; «Меня не было» not among «Были» nor in the NPS); blank when none is shown."""
        if not self.shown:
            return [None, None, None]
        found = figures(
            [r.event for r in self.shown], {}, [a for r in self.shown for a in r.answers]
        )
        return [found.responses, found.attended, found.nps]


def partner_summary(rows: Iterable[PlanRow]) -> dict[str, _PartnerTotals]:
    """Totals per organiser name, in order of first appearance."""
    totals: dict[str, _PartnerTotals] = {}
    for row in rows:
        if not row.cancelled:
            totals.setdefault(row.organiser, _PartnerTotals()).add(row)
    return totals


def _whole_polls(rows: Sequence[PlanRow]) -> bool:
    """Whether a file's «Записались» counts one class on some events while its ratings and
    poll answers are the whole events' (PlanRow.counted_class: a class teacher's file) — its
    headers then say «по всем ответившим» (newcomer walk 2026-12-03ad, AD4)."""
    return any(row.counted_class is not None for row in rows)


def _partner_header(column: str, labels: Labels, whole: bool) -> str:
    """A «Партнёры» column's title, the poll ones said whole where `whole` (_whole_polls)."""
    if whole and column == "rating":
        return labels.text("whole_poll_columns", "partner_rating")
    if whole and column in ("responses", "attended", "nps"):
        return labels.text("whole_poll_columns", column)
    return labels.text("partner_columns", column)


def _fill_partners(ws: Worksheet, rows: Sequence[PlanRow], labels: Labels) -> None:
    whole = _whole_polls(rows)
    _header(ws, [_partner_header(c, labels, whole) for c in PARTNER_COLUMNS])
    summary = partner_summary(rows)
    for number, name in enumerate(sorted(summary, key=str.casefold), start=2):
        t = summary[name]
        values: list[CellValue] = [name, t.events, t.clashing, t.signups, t.rating]
        cells = _write_row(ws, number, [*values, *t.poll()])
        cells[PARTNER_COLUMNS.index("rating")].number_format = "0.00"
        if t.clashing:
            cells[2].fill = CLASH_FILL
    _finish(ws, wrap_columns=set())


def _header(ws: Worksheet, titles: list[str]) -> None:
    for cell in _write_row(ws, 1, list(titles)):
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL


def _write_row(ws: Worksheet, row: int, values: list[CellValue]) -> list[Cell]:
    """Write one row, storing every string as text (never a formula)."""
    cells = []
    for column, raw in enumerate(values, start=1):
        value = clean_text(raw) if isinstance(raw, str) else raw
        cell = ws.cell(row=row, column=column, value=value)
        if isinstance(value, str):
            cell.data_type = "s"
            if value.startswith(FORMULA_LEADS):
                cell.quotePrefix = True
        cells.append(cell)
    return cells


def _finish(ws: Worksheet, wrap_columns: set[int]) -> None:
    """Frozen header, auto-filter over the data, widths fitted to the longest line; printed
    landscape, all columns on one page's width, the header row on every page (a deputy
    head prints the plan: newcomer walk 57)."""
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    ws.page_setup.orientation = "landscape"
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.print_title_rows = "1:1"
    for idx, width in enumerate(_widths(ws), start=1):
        ws.column_dimensions[get_column_letter(idx)].width = width
        if idx in wrap_columns:
            for (cell,) in ws.iter_rows(min_row=2, min_col=idx, max_col=idx):
                cell.alignment = WRAP


def _widths(ws: Worksheet) -> list[float]:
    widths = [0] * ws.max_column
    for row in ws.iter_rows():
        for i, cell in enumerate(row):
            if isinstance(cell, Cell):
                widths[i] = max(widths[i], _display_length(cell))
    return [min(MAX_WIDTH, max(MIN_WIDTH, w + 2)) for w in widths]


def _display_length(cell: Cell) -> int:
    value = cell.value
    if value is None:
        return 0
    if cell.number_format == DATE_FORMAT:
        return len(DATE_FORMAT)
    text = value if isinstance(value, str) else str(value)
    return max(len(line) for line in text.splitlines()) if text else 0

"""One entry point for the CLI and the transports: a format and rows in, a named file out."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.exports.ics import plan_to_ics
from bot.exports.model import PlanRow, active
from bot.exports.ods import plan_to_ods
from bot.exports.pdf import week_start, week_to_pdf
from bot.exports.texts import Labels, load_labels
from bot.exports.xlsx import plan_to_xlsx


class ExportFormat(enum.StrEnum):
    """The file formats the plan exports to: xlsx, ics (calendar), pdf (the week grid), ods."""

    XLSX = "xlsx"
    ICS = "ics"
    PDF = "pdf"
    ODS = "ods"


CONTENT_TYPES = {
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ExportFormat.ICS: "text/calendar; charset=utf-8",
    ExportFormat.PDF: "application/pdf",
    ExportFormat.ODS: "application/vnd.oasis.opendocument.spreadsheet",
}


@dataclass(frozen=True, slots=True)
class ExportFile:
    """An exported file: its name (ASCII), MIME type and bytes."""

    filename: str  # ASCII, safe for VK's docs upload and for `-o` defaults
    content_type: str
    data: bytes


def export_file(
    fmt: ExportFormat,
    rows: Sequence[PlanRow],
    tz: ZoneInfo,
    *,
    first_day: date,
    last_day: date | None,
    generated_at: datetime,
    school_name: str,
    calendar_name: str | None = None,
    labels: Labels | None = None,
    include_cancelled: bool = False,
    school: str | None = None,
) -> ExportFile:
    """The plan for [first_day, last_day] (inclusive) as a file; PDF prints first_day's week.

    `rows` must already be narrowed to the period (and to a partner or class if wanted).
    Cancelled events are left out of xlsx, ods and pdf unless `include_cancelled`; the
    calendar (ics) always keeps them as STATUS:CANCELLED so subscribers drop them.
    `school` is the school's key in a city deployment (the calendar's UIDs carry it).
    """
    labels = labels or load_labels()
    if fmt is ExportFormat.XLSX:
        data = plan_to_xlsx(rows, tz, labels=labels, include_cancelled=include_cancelled)
    elif fmt is ExportFormat.ODS:
        data = plan_to_ods(rows, tz, labels=labels, include_cancelled=include_cancelled)
    elif fmt is ExportFormat.ICS:
        name = calendar_name or school_name
        data = plan_to_ics(rows, tz, name, generated_at=generated_at, labels=labels, school=school)
    else:
        first_day = week_start(first_day)
        last_day = None
        shown = rows if include_cancelled else active(rows)
        data = week_to_pdf(shown, first_day, tz, school_name, labels=labels)
    return ExportFile(export_filename(fmt, first_day, last_day), CONTENT_TYPES[fmt], data)


def export_filename(fmt: ExportFormat, first_day: date, last_day: date | None) -> str:
    """ "plan-2026-12-01--2026-12-31.xlsx", "week-2026-12-07.pdf" (the week from that Monday)."""
    period = first_day.isoformat()
    if last_day is not None and last_day != first_day:
        period += f"--{last_day.isoformat()}"
    prefix = "week" if fmt is ExportFormat.PDF else "plan"
    return f"{prefix}-{period}.{fmt.value}"

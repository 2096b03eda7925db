"""The single entry point the CLI and the VK upload call."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.exports.files import ExportFormat, export_file, export_filename
from bot.exports.samples import demo_week

TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))


def test_xlsx_file() -> None:
    rows = demo_week(TZ, date(2026, 12, 7)).rows()
    first, last = DECEMBER
    xlsx = export_file(
        ExportFormat.XLSX, rows, TZ, first_day=first, last_day=last, generated_at=NOW,
        school_name="Школа № 7",
    )  # fmt: skip
    assert xlsx.filename == "plan-2026-12-01--2026-12-31.xlsx"
    assert xlsx.data.startswith(b"PK")
    assert xlsx.content_type.endswith("spreadsheetml.sheet")


def test_ics_file_named_after_the_feed() -> None:
    rows = demo_week(TZ, date(2026, 12, 7)).rows()
    ics = export_file(
        ExportFormat.ICS, rows, TZ, first_day=DECEMBER[0], last_day=None, generated_at=NOW,
        school_name="Школа № 7", calendar_name="КГТУ",
    )  # fmt: skip
    assert ics.filename == "plan-2026-12-01.ics"
    assert "X-WR-CALNAME:КГТУ" in ics.data.decode()
    assert ics.content_type.startswith("text/calendar")


def test_filenames_are_ascii() -> None:
    assert export_filename(ExportFormat.PDF, date(2026, 12, 7), None) == "week-2026-12-07.pdf"
    assert export_filename(ExportFormat.ICS, date(2026, 12, 7), date(2026, 12, 7)).isascii()

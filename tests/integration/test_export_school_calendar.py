"""The school calendar's warnings in the printable week (PDF) and the iCalendar feed (issue 12).

The warnings come from the real checks (the `holidays` package's Russian calendar and the
school's own vacation), are put on PlanRows as `collect_rows` does, then read back from the
PDF with pypdf and from the feed with icalendar.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from pypdf import PdfReader

from bot.core.calendar_checks import calendar_warnings
from bot.core.models import Audience, Event, NewEvent, OrgKind
from bot.core.school_calendar import SchoolCalendar, Vacation
from bot.core.school_settings import save_school_calendar
from bot.exports.files import ExportFormat
from bot.exports.ics import event_uid, plan_to_ics
from bot.exports.model import PlanRow, build_rows
from bot.exports.pdf import week_to_html, week_to_pdf
from bot.exports.samples import ORGS
from bot.plan_files import export_plan
from bot.storage import open_store

TZ = ZoneInfo("Europe/Kaliningrad")
NOW = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
# The school's own winter vacation, longer than the public New Year days.
SCHOOL_YEAR = SchoolCalendar(
    vacations=(Vacation(date(2026, 12, 29), date(2027, 1, 11), by_school=True),)
)


def _event(event_id: int, title: str, start: datetime, hours: int = 1) -> Event:
    return Event(
        event_id, title, 2, start, start + timedelta(hours=hours),
        audience=Audience(grades=frozenset({9, 10})),
    )  # fmt: skip


def _at(y: int, m: int, d: int, hh: int) -> datetime:
    return datetime(y, m, d, hh, tzinfo=TZ)


HOLIDAY = _event(1, "Квиз по истории", _at(2026, 11, 4, 12))  # День народного единства
ORDINARY = _event(2, "Лекция о профессиях", _at(2026, 11, 5, 15))  # a school day
WINTER = _event(3, "Ёлка для девятых", _at(2026, 12, 29, 11))  # the school's winter vacation
EVENTS = [HOLIDAY, ORDINARY, WINTER]


def _rows() -> list[PlanRow]:
    flagged = {e.id: calendar_warnings(e, SCHOOL_YEAR, TZ) for e in EVENTS}
    return build_rows(EVENTS, dict(ORGS), calendar={k: v for k, v in flagged.items() if v})


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_the_checks_flag_what_the_tests_rely_on() -> None:
    rows = {r.event.id: r for r in _rows()}
    assert [w.reason for w in rows[1].calendar] == ["День народного единства"]
    assert [w.reason for w in rows[3].calendar] == ["winter"]
    assert rows[2].calendar == ()


def test_pdf_names_the_holiday_under_its_event() -> None:
    text = _pdf_text(week_to_pdf(_rows(), date(2026, 11, 4), TZ, "Школа"))
    assert "Квиз по истории" in text
    assert "Учебный календарь: 04.11: нерабочий день — День народного единства" in text
    assert text.index("Квиз по истории") < text.index("нерабочий день")
    assert text.count("Учебный календарь") == 1  # the lecture on 5 November has none


def test_pdf_names_the_winter_vacation() -> None:
    text = _pdf_text(week_to_pdf(_rows(), date(2026, 12, 29), TZ, "Школа"))
    assert "Ёлка для девятых" in text
    assert "Учебный календарь: 29.12: зимние каникулы" in text


def test_html_marks_flagged_cards_and_day_headers() -> None:
    html = week_to_html(_rows(), date(2026, 11, 2), TZ, "Школа")
    assert html.count("school-calendar") == 2  # the style rule and the holiday's card
    assert html.count('class="calendar-mark"') == 1
    assert html.count('class="day-mark"') == 1  # only Wednesday 4 November
    wednesday = html.index("4 ноября")
    assert html.index("выходной", wednesday) < html.index("5 ноября")
    winter = week_to_html(_rows(), date(2026, 12, 28), TZ, "Школа")
    assert winter.count('<span class="day-mark">каникулы</span>') == 1  # the flagged 29.12


def test_html_without_warnings_has_no_calendar_marks() -> None:
    rows = build_rows([ORDINARY], dict(ORGS))
    html = week_to_html(rows, date(2026, 11, 2), TZ, "Школа")
    assert 'class="calendar-mark"' not in html
    assert 'class="day-mark"' not in html


def _feed() -> dict[str, str]:
    cal = Calendar.from_ical(plan_to_ics(_rows(), TZ, "План", generated_at=NOW))
    return {str(ve["uid"]): str(ve["description"]) for ve in cal.walk("VEVENT")}


def test_ics_description_carries_the_warnings() -> None:
    feed = _feed()
    holiday = feed[event_uid(1)]
    assert "Учебный календарь:\n04.11: нерабочий день — День народного единства" in holiday
    assert holiday.startswith("Организатор: ")  # the warning follows the usual lines
    assert "Учебный календарь:\n29.12: зимние каникулы" in feed[event_uid(3)]
    assert "Учебный календарь" not in feed[event_uid(2)]


def test_ics_uids_do_not_depend_on_the_warnings() -> None:
    plain = Calendar.from_ical(plan_to_ics(build_rows(EVENTS, dict(ORGS)), TZ, "План",
                                           generated_at=NOW))  # fmt: skip
    flagged = Calendar.from_ical(plan_to_ics(_rows(), TZ, "План", generated_at=NOW))
    uids = [str(ve["uid"]) for ve in plain.walk("VEVENT")]
    assert uids == [str(ve["uid"]) for ve in flagged.walk("VEVENT")]
    assert uids == [event_uid(1), event_uid(2), event_uid(3)]


async def test_exports_from_the_store_carry_the_saved_calendar(tmp_path: Path) -> None:
    """End to end: events and the school's vacation saved in a real store, then
    export_plan (what the chat and the CLI call) for the week PDF and the feed."""
    store = await open_store(tmp_path / "plan.db", TZ)
    try:
        kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
        await save_school_calendar(store, SCHOOL_YEAR)
        await store.add_events(
            [NewEvent(e.title, kgtu.id, e.start, e.end, audience=e.audience) for e in EVENTS],
            None,
        )
        made = {
            fmt: await export_plan(
                store, TZ, fmt, first, last, now=NOW.astimezone(TZ), school_name="Школа"
            )
            for fmt, first, last in (
                (ExportFormat.PDF, date(2026, 12, 28), None),
                (ExportFormat.ICS, date(2026, 11, 1), date(2027, 1, 31)),
            )
        }
    finally:
        await store.close()
    text = _pdf_text(made[ExportFormat.PDF].data)
    assert "Учебный календарь: 29.12: зимние каникулы" in text
    cal = Calendar.from_ical(made[ExportFormat.ICS].data)
    notes = {str(ve["summary"]): str(ve["description"]) for ve in cal.walk("VEVENT")}
    assert "04.11: нерабочий день — День народного единства" in notes["Квиз по истории"]
    assert "29.12: зимние каникулы" in notes["Ёлка для девятых"]
    assert "Учебный календарь" not in notes["Лекция о профессиях"]

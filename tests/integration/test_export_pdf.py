"""The printable week: the HTML from the template and the PDF WeasyPrint makes of it."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from bot.core.models import Event
from bot.exports.files import ExportFormat, export_file
from bot.exports.pdf import PALETTE, organiser_colour, week_start, week_to_html, week_to_pdf
from bot.exports.samples import demo_week

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = date(2026, 12, 7)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_pdf_has_the_week_titles_and_header() -> None:
    plan = demo_week(TZ, MONDAY)
    pdf = week_to_pdf(plan.rows(), date(2026, 12, 10), TZ, "МАОУ СОШ № 7")
    assert pdf.startswith(b"%PDF-")
    text = _text(pdf)
    for title in ("Экскурсия в музей", "День открытых дверей", "Олимпиада по физике", "Субботник"):
        assert title in text
    assert "Профессия инженер" in text
    assert "МАОУ СОШ № 7" in text
    assert "7 декабря — 13 декабря 2026" in text
    assert "Понедельник" in text
    assert "Воскресенье" in text
    assert "Накладка" in text


def test_html_days_cards_colours_and_clashes() -> None:
    plan = demo_week(TZ, MONDAY)
    html = week_to_html(plan.rows(), MONDAY, TZ, "Школа")
    assert html.count("<td>") == 7
    assert html.count('class="card') == 8  # the two-day open day shows on both days
    assert html.count('class="card clash"') == 2
    assert 'class="card cancelled"' in html
    assert organiser_colour(2).fill in html
    assert "&#34;http://evil&#34;" in html or "&quot;http://evil&quot;" in html  # escaped


def test_events_outside_the_week_are_left_out() -> None:
    plan = demo_week(TZ, MONDAY)
    html = week_to_html(plan.rows(), date(2026, 12, 14), TZ, "Школа")
    assert 'class="card' not in html


def test_colours_are_stable_per_organisation() -> None:
    assert organiser_colour(3) == organiser_colour(3)
    assert organiser_colour(3) == organiser_colour(3 + len(PALETTE))
    assert organiser_colour(2) != organiser_colour(3)
    assert week_start(date(2026, 12, 13)) == MONDAY


def test_pdf_through_the_file_entry_point() -> None:
    rows = demo_week(TZ, MONDAY).rows()
    pdf = export_file(
        ExportFormat.PDF, rows, TZ, first_day=date(2026, 12, 9), last_day=None,
        generated_at=datetime(2026, 12, 1, tzinfo=UTC), school_name="Школа",
    )  # fmt: skip
    assert pdf.filename == "week-2026-12-07.pdf"
    assert pdf.content_type == "application/pdf"
    assert "Субботник" in _text(pdf.data)


def test_an_evening_event_past_midnight_is_printed_on_its_own_day_only() -> None:
    """Newcomer walk 2026-12-01f, #8: «Концерт 9 декабря в 23:30» (23:30–00:30) was printed
    under Wednesday and again under Thursday as «23:30 Концерт». An event shorter than a day
    belongs to the day it starts on (the school's «вечер 9 декабря»); a timed event of
    several days (a camp from Monday 09:00 to Wednesday 18:00) still shows on each day."""
    plan = demo_week(TZ, MONDAY)
    wed, thu = datetime(2026, 12, 9, 23, 30, tzinfo=TZ), datetime(2026, 12, 10, 0, 30, tzinfo=TZ)
    camp = (datetime(2026, 12, 7, 9, 0, tzinfo=TZ), datetime(2026, 12, 9, 18, 0, tzinfo=TZ))
    plan.events += [
        Event(20, "Ночной концерт", 2, wed, thu),
        Event(21, "Выездной лагерь", 2, *camp),
    ]
    html = week_to_html(plan.rows(), MONDAY, TZ, "Школа")
    assert html.count("Ночной концерт") == 1
    assert html.count("Выездной лагерь") == 3

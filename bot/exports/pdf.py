"""A printable week for the notice board: HTML from locales/<lang>/export/week.html.j2, then PDF.

Days Monday to Sunday are columns; events are cards coloured by organiser (the colour
follows the organisation id, so a partner keeps its colour from week to week); clashing
cards are outlined and name what they clash with. An event the school calendar objects to
(day off, vacation, lessons) carries its warning lines under it in a colour of their own,
and a day some flagged event shows to be a day off or in a vacation says so in its header.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import jinja2

from bot.core.models import CalendarWarning, CalendarWarningKind, Event
from bot.core.text import clean_optional, clean_text
from bot.exports.model import PlanRow, local_days, sort_rows
from bot.exports.texts import (
    Labels,
    audience_text,
    calendar_text,
    fmt_date,
    load_labels,
    short_clash_text,
    time_text,
)

TEMPLATE = "week.html.j2"


@dataclass(frozen=True, slots=True)
class Colour:
    """A week-grid box's colours: fill and edge (CSS colour strings)."""

    fill: str
    edge: str


# Light fills with a darker edge in the same hue; distinct in print and in greyscale order.
PALETTE: tuple[Colour, ...] = (
    Colour("#dbeafe", "#1d4ed8"),
    Colour("#dcfce7", "#15803d"),
    Colour("#fef3c7", "#b45309"),
    Colour("#fce7f3", "#be185d"),
    Colour("#ede9fe", "#6d28d9"),
    Colour("#cffafe", "#0e7490"),
    Colour("#ffedd5", "#c2410c"),
    Colour("#e0e7ff", "#4338ca"),
    Colour("#ecfccb", "#4d7c0f"),
    Colour("#f5f5f4", "#57534e"),
)


def organiser_colour(organisation_id: int) -> Colour:
    """The stable colour of an organisation."""
    return PALETTE[organisation_id % len(PALETTE)]


def week_start(day: date) -> date:
    """The Monday of the week containing `day`."""
    return day - timedelta(days=day.weekday())


def week_to_html(
    rows: Sequence[PlanRow],
    monday: date,
    tz: ZoneInfo,
    school_name: str,
    *,
    labels: Labels | None = None,
) -> str:
    """The week starting on `monday` (any day is moved back to its Monday) as an HTML page."""
    labels = labels or load_labels()
    monday = week_start(monday)
    context = _context(rows, monday, tz, school_name, labels)
    return _environment(labels).get_template(TEMPLATE).render(**context)


class ExportUnavailable(RuntimeError):
    """A file format this server cannot make at all (its library or the system libraries it
    loads are missing); args[0] is the format ("pdf")."""

    @property
    def fmt(self) -> str:
        """The format that cannot be made here (args[0], e.g. "pdf")."""
        return str(self.args[0])


def week_to_pdf(
    rows: Sequence[PlanRow],
    monday: date,
    tz: ZoneInfo,
    school_name: str,
    *,
    labels: Labels | None = None,
) -> bytes:
    """The same page as PDF (WeasyPrint; needs pango on the machine). Raises
    ExportUnavailable when WeasyPrint or its native libraries cannot be loaded here (a retry
    will not help; another format will)."""
    try:
        from weasyprint import HTML  # imported late: it loads native libraries
    except (ImportError, OSError) as error:
        raise ExportUnavailable("pdf") from error

    html = week_to_html(rows, monday, tz, school_name, labels=labels)
    pdf = HTML(string=html).write_pdf()
    assert isinstance(pdf, bytes)
    return pdf


def _environment(labels: Labels) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(labels.folder),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _context(
    rows: Sequence[PlanRow], monday: date, tz: ZoneInfo, school: str, labels: Labels
) -> dict[str, Any]:
    days = [monday + timedelta(days=n) for n in range(7)]
    cards: dict[date, list[dict[str, Any]]] = {day: [] for day in days}
    legend: dict[int, dict[str, Any]] = {}
    for row in sort_rows(rows):
        event = row.event
        for day in printed_days(event, tz):
            if day in cards:
                cards[day].append(_card(row, tz, labels))
                legend.setdefault(
                    event.organisation_id,
                    {"name": row.organiser, "colour": organiser_colour(event.organisation_id)},
                )
    return {
        "school": school,
        "title": labels.text("week", "title"),
        "week_label": _week_label(days[0], days[-1], labels),
        "days": [_day(day, cards[day], labels, _day_marks(rows, day, labels)) for day in days],
        "clash_mark": labels.text("week", "clash_mark"),
        "calendar_mark": labels.text("week", "calendar_mark"),
        "no_events": labels.text("week", "no_events"),
        "legend_title": labels.text("week", "legend"),
        "legend": sorted(legend.values(), key=lambda item: str(item["name"]).casefold()),
    }


def printed_days(event: Event, tz: ZoneInfo) -> list[date]:
    """The days of the printed week an event's card appears under (local days in `tz`): an
    all-day event or a timed one of a day or more on every day it covers (a camp from Monday
    09:00 to Wednesday 18:00: three cards); a shorter one only on the day it starts, also
    when it ends after midnight («Концерт 9 декабря в 23:30» is the evening of the 9th, not
    a second card on the 10th: newcomer walk 2026-12-01f, #8)."""
    if not event.all_day and event.end - event.start < timedelta(days=1):
        return [event.start.astimezone(tz).date()]
    return local_days(event.start, event.end, event.all_day, tz)


def _week_label(first: date, last: date, labels: Labels) -> str:
    """ "7 декабря — 13 декабря 2026"; a week across New Year gives both years."""
    first_format = "first_date_format" if first.year == last.year else "last_date_format"
    return labels.text(
        "week",
        "dates",
        first=fmt_date(labels, first, "week", first_format),
        last=fmt_date(labels, last, "week", "last_date_format"),
    )


def _day(
    day: date, cards: list[dict[str, Any]], labels: Labels, marks: list[str]
) -> dict[str, Any]:
    return {
        "name": fmt_date(labels, day, "week", "day_heading_format"),
        "date": fmt_date(labels, day, "week", "day_date_format"),
        "weekend": day.weekday() >= 5,
        "marks": marks,
        "cards": cards,
    }


_DAY_MARKS = (
    (CalendarWarningKind.DAY_OFF, "day_off_mark"),
    (CalendarWarningKind.VACATION, "vacation_mark"),
)


def _day_marks(rows: Sequence[PlanRow], day: date, labels: Labels) -> list[str]:
    """ "выходной" / "каникулы" for a day that a row's calendar warning covers.

    Only days some event of the plan is flagged on are known here (the rows carry the
    warnings, not the whole school calendar); a vacation for some grades only is left out.
    """
    found = [w for row in rows for w in row.calendar if _covers(w, day)]
    return [
        labels.text("week", key)
        for kind, key in _DAY_MARKS
        if any(w.kind is kind and not (kind is CalendarWarningKind.VACATION and w.grades)
               for w in found)
    ]  # fmt: skip


def _covers(warning: CalendarWarning, day: date) -> bool:
    return warning.first <= day <= warning.last


def _card(row: PlanRow, tz: ZoneInfo, labels: Labels) -> dict[str, Any]:
    event = row.event
    return {
        "time": time_text(labels, event.start, event.end, event.all_day, event.end_given, tz),
        "title": clean_text(event.title),
        "organiser": clean_text(row.organiser),
        "audience": audience_text(labels, event.audience),
        "venue": clean_optional(event.venue),
        "colour": organiser_colour(event.organisation_id),
        "clash": short_clash_text(labels, row.clashes),
        "calendar": calendar_text(labels, row.calendar).splitlines(),
        "cancelled": row.cancelled,
    }

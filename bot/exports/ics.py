"""The plan as an iCalendar feed (RFC 5545) for Google, Yandex and Apple calendars.

Each event keeps one UID for life, so a subscribed calendar updates it in place; SEQUENCE
grows with `updated_at`; cancelled events stay in the feed with STATUS:CANCELLED so that
calendars remove them. Timed events carry the school's TZID and a matching VTIMEZONE.
An event the school calendar objects to (day off, vacation, lessons) says why in its
DESCRIPTION (RFC 5545 §3.8.1.5), after its clashes; the UID is untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Timezone, vDuration
from icalendar import Event as VEvent

from bot.core.models import EventStatus
from bot.core.text import clean_text
from bot.exports.model import PlanRow, active, between, for_audience, for_organisation
from bot.exports.texts import (
    Labels,
    ages_text,
    audience_text,
    calendar_text,
    clash_text,
    full_date,
    load_labels,
    text_zone_note,
)

__all__ = [
    "active",
    "between",
    "event_uid",
    "for_audience",
    "for_organisation",
    "plan_to_ics",
]

PRODID = "-//Soglasovano//School plan//RU"
UID_DOMAIN = "soglasovano"
SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
SEQUENCE_MAX = 2**31 - 1  # RFC 5545 §3.3.8 INTEGER
REFRESH = timedelta(hours=1)
_STATUS = {
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.DRAFT: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def event_uid(event_id: int, school: str | None = None) -> str:
    """The UID an event keeps in every feed and export: «event-7@soglasovano» for a single
    school, «event-7@g32.soglasovano» for school `g32` of a city deployment, whose schools
    number their events independently. RFC 5545 §3.8.4.7: the UID is "a persistent,
    globally unique identifier"; two schools' calendars imported into one calendar app must
    never merge their events 7 (newcomer walk 2026-12-01f, #5). A single school's UIDs are
    unchanged, so calendars already subscribed keep updating their events in place."""
    host = f"{school}.{UID_DOMAIN}" if school else UID_DOMAIN
    return f"event-{event_id}@{host}"


def plan_to_ics(
    rows: Sequence[PlanRow],
    tz: ZoneInfo,
    calendar_name: str,
    *,
    generated_at: datetime,
    labels: Labels | None = None,
    school: str | None = None,
) -> bytes:
    """A VCALENDAR with one VEVENT per row; `generated_at` (aware) is the DTSTAMP; `school`
    is the school's key in a city deployment (it scopes the UIDs, see `event_uid`)."""
    if generated_at.tzinfo is None:
        raise ValueError("generated_at must be an aware datetime")
    labels = labels or load_labels()
    cal = _calendar(calendar_name, tz)
    if rows:
        cal.add_component(_timezone(rows, tz))
    for row in rows:
        cal.add_component(_vevent(row, tz, generated_at, labels, school))
    return bytes(cal.to_ical())


def _calendar(name: str, tz: ZoneInfo) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", tz.key)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    return cal


def _timezone(rows: Sequence[PlanRow], tz: ZoneInfo) -> Timezone:
    """VTIMEZONE covering the plan's years (from_tzinfo is slow over wide spans)."""
    years = [row.event.start.astimezone(tz).year for row in rows]
    component = Timezone.from_tzinfo(
        tz, tzid=tz.key, first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 2, 1, 1)
    )
    component.pop("COMMENT", None)  # the library's English note on the span; no reader needs it
    return component


def _vevent(
    row: PlanRow, tz: ZoneInfo, generated_at: datetime, labels: Labels, school: str | None
) -> VEvent:
    event = row.event
    ve = VEvent()
    ve.add("uid", event_uid(event.id, school))
    ve.add("dtstamp", generated_at.astimezone(UTC))  # with METHOD: when the feed was made
    if event.all_day:
        ve.add("dtstart", event.start.astimezone(tz).date())
        ve.add("dtend", _all_day_end(event.start, event.end, tz))
    else:
        ve.add("dtstart", event.start.astimezone(tz))
        ve.add("dtend", event.end.astimezone(tz))
    ve.add("summary", clean_text(event.title))  # RFC 5545 §3.3.11: no CONTROL in TEXT
    if event.venue:
        ve.add("location", clean_text(event.venue))
    ve.add("description", clean_text(_description(row, tz, labels)))
    if event.details.online_url:
        ve.add("url", clean_text(event.details.online_url))  # RFC 5545 §3.8.4.6
    ve.add("status", _status(row))
    ve.add("sequence", sequence(event.updated_at))
    if event.created_at is not None:
        ve.add("created", event.created_at.astimezone(UTC))
    if event.updated_at is not None:
        ve.add("last-modified", event.updated_at.astimezone(UTC))
    if row.has_clash:
        ve.add("categories", [labels.text("plan_columns", "clashes")])
    return ve


def _status(row: PlanRow) -> str:
    """RFC 5545 §3.8.1.11's STATUS: an event still waiting for the curator's agreement is
    TENTATIVE where the reader may see the agreement (newcomer walk 57: the curator's
    calendar showed every partner's event as CONFIRMED); else as its status."""
    event = row.event
    if event.status is EventStatus.CONFIRMED and row.agreement_shown and not event.agreed:
        return "TENTATIVE"
    return _STATUS[event.status]


def _all_day_end(start: datetime, end: datetime, tz: ZoneInfo) -> date:
    """Exclusive end date; at least one day after the start."""
    first = start.astimezone(tz).date()
    return max(end.astimezone(tz).date(), first + timedelta(days=1))


def sequence(updated_at: datetime | None) -> int:
    """Seconds since 2024 of the last change: grows with every edit, fits in 32 bits (RFC
    5545's INTEGER; icalendar refuses more): from 2092 on it stays at the largest one
    (safety66: a bot on a clock past 2092 served no feed at all, a 500)."""
    if updated_at is None:
        return 0
    return min(SEQUENCE_MAX, max(0, int((updated_at - SEQUENCE_EPOCH).total_seconds())))


def _description(row: PlanRow, tz: ZoneInfo, labels: Labels) -> str:
    lines = [
        labels.text("calendar", "description_organiser", organiser=row.organiser),
        labels.text(
            "calendar", "description_audience", audience=audience_text(labels, row.event.audience)
        ),
    ]
    if row.agreement_shown and not row.event.agreed and not row.cancelled:
        lines.append(labels.text("calendar", "description_waiting"))
    if row.has_clash:
        clashes = clash_text(labels, row.clashes, tz)
        lines.append(labels.text("calendar", "description_clashes", clashes=clashes))
    if row.calendar:  # the school calendar's warnings, a kind of their own (issue 12)
        warnings = calendar_text(labels, row.calendar)
        lines.append(labels.text("calendar", "description_school_calendar", warnings=warnings))
    return "\n".join(lines + _detail_lines(row, labels, tz))


def _detail_lines(row: PlanRow, labels: Labels, tz: ZoneInfo) -> list[str]:
    """The post's deadline, ages, online link and full text (migration 0009's columns),
    the text noted as written on another clock when it was (texts.text_zone_note)."""
    details = row.event.details
    lines = []
    if details.deadline is not None:
        deadline = full_date(labels, details.deadline)
        lines.append(labels.text("calendar", "description_deadline", deadline=deadline))
    if details.ages is not None:
        ages = ages_text(labels, details.ages)
        lines.append(labels.text("calendar", "description_ages", ages=ages))
    if details.online_url:
        lines.append(labels.text("calendar", "description_online", url=details.online_url))
    if details.description:
        key = "description_text_before_move" if row.text_before_move else "description_text"
        note = text_zone_note(labels, row.event, tz)
        text = details.description if note is None else f"{note}\n{details.description}"
        lines.append(labels.text("calendar", key, text=text))
    return lines
